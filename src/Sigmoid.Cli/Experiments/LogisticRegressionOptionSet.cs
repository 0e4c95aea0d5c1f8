using System.CommandLine;
using Sigmoid.Lab.Experiments;

namespace Sigmoid.Cli.Experiments;

/// <summary>Options of <c>logreg</c>: a CSV and its label column (default: the generated data of a known model),
/// standardisation and the L2 penalty.</summary>
public sealed class LogisticRegressionOptionSet : IExperimentOptions
{
    private readonly Option<FileInfo?> _csv = new("--csv") { Description = "CSV with a header row; every column but --label is a numeric feature (default: 1000 rows generated from σ(0.5 + 2·x1 − x2))." };
    private readonly Option<string?> _label = new("--label") { Description = "The label column of --csv: 0/1, or exactly two distinct numbers (smaller → 0)." };
    private readonly Option<bool> _standardize = new("--standardize") { Description = "Scale each feature to mean 0 and population standard deviation 1." };
    private readonly Option<double> _l2 = new("--l2") { Description = "λ of the penalty (λ/2)·‖w‖² added to the summed log-loss (intercept not penalised).", DefaultValueFactory = _ => 0 };

    /// <inheritdoc/>
    public string Experiment => "logreg";

    /// <inheritdoc/>
    public IReadOnlyList<Option> Options => [_csv, _label, _standardize, _l2];

    /// <inheritdoc/>
    public Func<ExperimentContext, ExperimentResult> Bind(ParseResult parse, Action<string> note)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(note);
        double lambda = parse.GetValue(_l2);
        if (!double.IsFinite(lambda) || lambda < 0) throw new ArgumentException($"--l2 must be a finite number ≥ 0, not {lambda}.");
        var file = parse.GetValue(_csv);
        var labelName = parse.GetValue(_label);
        if (file is null && labelName is not null) throw new ArgumentException("--label needs --csv FILE.");
        LabeledDataset? data = null;
        if (file is not null)
        {
            if (labelName is null) throw new ArgumentException("--csv needs --label COLUMN (the column holding the two classes).");
            data = LabeledCsv.Read(file.FullName, labelName, out var notes);
            foreach (var n in notes) note(n);
        }
        var options = new LogisticRegressionOptions { Data = data, Standardize = parse.GetValue(_standardize), L2 = lambda };
        return context => new LogisticRegressionExperiment().Run(context, options);
    }
}
