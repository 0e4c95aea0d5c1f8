namespace Sigmoid.Lab.Sheet;

/// <summary>
/// A binary floating-point format (<c>float</c> or <c>double</c>) as seen from the sheet's computations: every
/// value is carried as a <see cref="double"/> that is exactly representable in the format, the library is evaluated
/// in the format itself, and arithmetic is rounded to the format after each operation.
/// </summary>
/// <remarks>
/// Rounding a double result of one +, −, × or ÷ on two floats to float gives the correctly rounded float result
/// (53 ≥ 2·24 + 2 bits, so double rounding is innocuous), which is why <see cref="Sub"/>, <see cref="Mul"/> and
/// <see cref="Div"/> may compute in double and then <see cref="Round"/>.
/// </remarks>
public abstract class NumberFormat
{
    /// <summary>IEEE binary32, the C# <c>float</c>.</summary>
    public static readonly NumberFormat Float = new FloatFormat();

    /// <summary>IEEE binary64, the C# <c>double</c>.</summary>
    public static readonly NumberFormat Double = new DoubleFormat();

    /// <summary>The formats the lab knows, by command-line name.</summary>
    public static IReadOnlyList<NumberFormat> All { get; } = [Float, Double];

    /// <summary>The format called <paramref name="name"/> (<c>float</c> or <c>double</c>), or null.</summary>
    public static NumberFormat? Parse(string? name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    /// <summary>Command-line and JSON name: <c>float</c> or <c>double</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The largest finite value.</summary>
    public abstract double MaxValue { get; }

    /// <summary>Machine epsilon: the gap between 1 and the next larger value.</summary>
    public abstract double Epsilon { get; }

    /// <summary>The nearest value of this format to <paramref name="x"/> (round to nearest, ties to even).</summary>
    public abstract double Round(double x);

    /// <summary><see cref="Logistic"/>.Sigmoid evaluated in this format.</summary>
    public abstract double Sigmoid(double t);

    /// <summary><see cref="Logistic"/>.SigmoidDerivative evaluated in this format.</summary>
    public abstract double SigmoidDerivative(double t);

    /// <summary><see cref="Logistic"/>.Logit evaluated in this format.</summary>
    public abstract double Logit(double p);

    /// <summary><see cref="Logistic"/>.LogSigmoid evaluated in this format.</summary>
    public abstract double LogSigmoid(double t);

    /// <summary>The raw IEEE bit pattern of <paramref name="x"/> (a value of this format), zero-extended.</summary>
    public abstract ulong Bits(double x);

    /// <summary>The value whose bit pattern is <paramref name="bits"/>.</summary>
    public abstract double FromBits(ulong bits);

    /// <summary>The bit pattern as hexadecimal text, 8 digits for float and 16 for double (e.g. <c>0x41851592</c>).</summary>
    public abstract string HexBits(double x);

    /// <summary>Shortest text that reads back as the same value of this format (invariant culture).</summary>
    public abstract string Format(double x);

    /// <summary>
    /// Position of <paramref name="x"/> on the format's number line: consecutive values have consecutive ordinals,
    /// +0 and −0 share ordinal 0, negative values have negative ordinals. NaN is not allowed.
    /// </summary>
    public abstract long Ordinal(double x);

    /// <summary>How many representable steps separate <paramref name="a"/> and <paramref name="b"/> (0 when equal).</summary>
    public double UlpDistance(double a, double b) => Math.Abs((double)((Int128)Ordinal(a) - Ordinal(b)));

    /// <summary>The next representable value above <paramref name="x"/>.</summary>
    public abstract double NextUp(double x);

    /// <summary>The next representable value below <paramref name="x"/>.</summary>
    public abstract double NextDown(double x);

    /// <summary><paramref name="a"/> − <paramref name="b"/> rounded to this format.</summary>
    public double Sub(double a, double b) => Round(a - b);

    /// <summary><paramref name="a"/> + <paramref name="b"/> rounded to this format.</summary>
    public double Add(double a, double b) => Round(a + b);

    /// <summary><paramref name="a"/> × <paramref name="b"/> rounded to this format.</summary>
    public double Mul(double a, double b) => Round(a * b);

    /// <summary><paramref name="a"/> ÷ <paramref name="b"/> rounded to this format.</summary>
    public double Div(double a, double b) => Round(a / b);

    /// <inheritdoc/>
    public override string ToString() => Name;

    private sealed class FloatFormat : NumberFormat
    {
        public override string Name => "float";
        public override double MaxValue => float.MaxValue;
        public override double Epsilon => Math.ScaleB(1.0, -23);
        public override double Round(double x) => (float)x;
        public override double Sigmoid(double t) => Logistic.Sigmoid((float)t);
        public override double SigmoidDerivative(double t) => Logistic.SigmoidDerivative((float)t);
        public override double Logit(double p) => Logistic.Logit((float)p);
        public override double LogSigmoid(double t) => Logistic.LogSigmoid((float)t);
        public override ulong Bits(double x) => BitConverter.SingleToUInt32Bits((float)x);
        public override double FromBits(ulong bits) => BitConverter.UInt32BitsToSingle(checked((uint)bits));
        public override string HexBits(double x) => $"0x{Bits(x):X8}";
        public override string Format(double x) => ((float)x).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        public override long Ordinal(double x)
        {
            if (double.IsNaN(x)) throw new ArgumentException("NaN has no position on the number line.", nameof(x));
            int bits = BitConverter.SingleToInt32Bits((float)x);
            return bits >= 0 ? bits : -(long)(bits & int.MaxValue);
        }
        public override double NextUp(double x) => float.BitIncrement((float)x);
        public override double NextDown(double x) => float.BitDecrement((float)x);
    }

    private sealed class DoubleFormat : NumberFormat
    {
        public override string Name => "double";
        public override double MaxValue => double.MaxValue;
        public override double Epsilon => Math.ScaleB(1.0, -52);
        public override double Round(double x) => x;
        public override double Sigmoid(double t) => Logistic.Sigmoid(t);
        public override double SigmoidDerivative(double t) => Logistic.SigmoidDerivative(t);
        public override double Logit(double p) => Logistic.Logit(p);
        public override double LogSigmoid(double t) => Logistic.LogSigmoid(t);
        public override ulong Bits(double x) => BitConverter.DoubleToUInt64Bits(x);
        public override double FromBits(ulong bits) => BitConverter.UInt64BitsToDouble(bits);
        public override string HexBits(double x) => $"0x{Bits(x):X16}";
        public override string Format(double x) => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        public override long Ordinal(double x)
        {
            if (double.IsNaN(x)) throw new ArgumentException("NaN has no position on the number line.", nameof(x));
            long bits = BitConverter.DoubleToInt64Bits(x);
            return bits >= 0 ? bits : -(bits & long.MaxValue);
        }
        public override double NextUp(double x) => Math.BitIncrement(x);
        public override double NextDown(double x) => Math.BitDecrement(x);
    }
}
