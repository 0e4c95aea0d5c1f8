using System.CommandLine;
using Sigmoid.Cli;

return LabCommandLine.Run(args);
