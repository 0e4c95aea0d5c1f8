using System.Globalization;

namespace Sigmoid.Cli.Eval;

/// <summary>
/// The scalar parameter of <c>sigmoid eval</c>: <c>--beta B</c> for <c>softplus</c> (β &gt; 0, finite) and
/// <c>--eps E</c> for <c>logit</c> (ε ∈ [0, ½]), checked as the element type will hold it (a β that rounds to 0 or ∞
/// in Half is refused, not silently changed).
/// </summary>
internal static class EvalParameter
{
    /// <summary>Validates the options; false with a message saying what, where and why when they are wrong.</summary>
    public static bool TryParse(FamilyFunction function, string? beta, string? eps, string elementType,
        out double? parameter, out string? problem)
    {
        parameter = null;
        problem = null;
        if (beta is not null && eps is not null)
        {
            problem = "--beta and --eps cannot be combined: --beta belongs to softplus, --eps to logit.";
            return false;
        }
        if (beta is null && eps is null) return true;
        string option = beta is not null ? "--beta" : "--eps";
        string text = (beta ?? eps)!;
        var expected = beta is not null ? FamilyFunction.Softplus : FamilyFunction.Logit;
        if (function != expected)
        {
            problem = $"{option} applies only to {FamilyFunctions.Name(expected)}, not to {FamilyFunctions.Name(function)}.";
            return false;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            problem = $"{option}: cannot parse \"{text}\" as a number.";
            return false;
        }
        double held = elementType switch
        {
            "float" => (float)value,
            "half" => (double)(Half)value,
            _ => value,
        };
        bool valid = beta is not null ? held > 0 && !double.IsPositiveInfinity(held) : held >= 0 && held <= 0.5;
        if (!valid)
        {
            string range = beta is not null ? "a positive finite number" : "a number in [0, 0.5]";
            string rounding = held.Equals(value) ? "" : $" ({text} is {held.ToString("R", CultureInfo.InvariantCulture)} as {elementType})";
            problem = $"{option} must be {range}; got {text}{rounding}.";
            return false;
        }
        parameter = held;
        return true;
    }
}
