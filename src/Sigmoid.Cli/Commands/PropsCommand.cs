using System.CommandLine;
using Sigmoid.Lab.Progress;
using Sigmoid.Lab.Sheet;
using Spectre.Console;

namespace Sigmoid.Cli.Commands;

/// <summary>
/// <c>sigmoid props [--type float|double] [--json]</c>: the answers to parts а–е and и of the sheet computed on the
/// library — a table in a terminal, plain aligned text when redirected, or the <c>sigmoid-props/1</c> JSON.
/// </summary>
public sealed class PropsCommand : ILabCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        var type = new Option<string>("--type")
        {
            Description = "Number format to compute in: float or double.",
            DefaultValueFactory = _ => "float",
        };
        type.AcceptOnlyFromAmong("float", "double");
        var json = new Option<bool>("--json")
        {
            Description = "Print the sigmoid-props/1 JSON document instead of the table (schema: README, section 'The lab').",
        };
        var command = new Command("props",
            "Parts а–е and и of the sheet, computed on the library: σ at ±1…±∞ and the exact thresholds where σ rounds " +
            "to 1 and 0 (bisection over bit patterns), σ(−t) vs 1−σ(t) in ULPs, σ′ vs σ(1−σ), σ(0) and σ′(0), the " +
            "logit round trip, [ln σ]′ vs σ(−t), and the maximum of σ′ with 0.25ⁿ. --json writes schema sigmoid-props/1: " +
            "{schema, type, grid, limits (а), symmetry (б), derivative (в), atZero (г), logit (д), logDerivative (е), " +
            "maxDerivative (и)}; numbers are exact values of the chosen format, ±∞ are the strings \"Infinity\"/\"-Infinity\".")
        {
            type, json,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var format = NumberFormat.Parse(parse.GetValue(type))!;
            var props = SheetProperties.Compute(format);
            if (parse.GetValue(json))
            {
                output.WriteLine(PropsJson.Serialize(props));
                return 0;
            }
            var rows = PropsTable.Rows(props);
            if (Terminal.IsInteractive(output)) WriteSpectreTable(props, rows);
            else WritePlainTable(output, props, rows);
            return 0;
        });
        return command;
    }

    private static void WriteSpectreTable(SheetProps props, IReadOnlyList<PropsRow> rows)
    {
        var table = new Table().Title($"σ(t) = 1/(1+e^-t) computed in {props.Type}").Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("part").NoWrap()).AddColumn(new TableColumn("quantity").NoWrap())
            .AddColumn(new TableColumn("value").RightAligned().NoWrap()).AddColumn("note");
        string? last = null;
        foreach (var r in rows)
        {
            if (last is not null && r.Part != last) table.AddEmptyRow();
            last = r.Part;
            table.AddRow(Markup.Escape(r.Part), Markup.Escape(r.Quantity), $"[bold]{Markup.Escape(r.Value)}[/]",
                $"[grey]{Markup.Escape(r.Note)}[/]");
        }
        AnsiConsole.Write(table);
    }

    private static void WritePlainTable(TextWriter output, SheetProps props, IReadOnlyList<PropsRow> rows)
    {
        output.WriteLine($"σ(t) = 1/(1+e^-t) computed in {props.Type}");
        int q = rows.Max(r => r.Quantity.Length), v = rows.Max(r => r.Value.Length);
        foreach (var r in rows)
            output.WriteLine($"{r.Part}  {r.Quantity.PadRight(q)}  {r.Value.PadLeft(v)}  {r.Note}".TrimEnd());
    }
}
