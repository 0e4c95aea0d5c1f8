using Sigmoid.Web;

return await LiveLabServer.RunProgramAsync(args, Console.Out, Console.Error);
