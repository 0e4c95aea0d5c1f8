using System.Numerics;
using BenchmarkDotNet.Attributes;
using Sigmoid.Cli.Bench;
using Sigmoid.Cli.Eval;

namespace Sigmoid.Benchmarks;

/// <summary>σ'(x): library vs TensorPrimitives Sigmoid then s·(1-s) (baseline) vs the naive loop.</summary>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class SigmoidDerivativeBenchmarks<T> : UnaryBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal override FamilyFunction Function => FamilyFunction.SigmoidDerivative;
}

/// <summary>logit(p): library vs TensorPrimitives Log(p/(1-p)) (baseline) vs the naive loop vs MathNet Logit.</summary>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class LogitBenchmarks<T> : UnaryBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal override FamilyFunction Function => FamilyFunction.Logit;

    /// <summary>MathNet SpecialFunctions.Logit in a loop.</summary>
    [Benchmark]
    public void MathNet() => Peers<T>.MathNetUnary(Function, A, D);
}

/// <summary>ln σ(x): library vs TensorPrimitives Sigmoid then Log (baseline) vs the naive loop.</summary>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class LogSigmoidBenchmarks<T> : UnaryBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal override FamilyFunction Function => FamilyFunction.LogSigmoid;
}

/// <summary>softplus(x): library vs TensorPrimitives Exp then LogP1 (baseline) vs the naive loop.</summary>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class SoftplusBenchmarks<T> : UnaryBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal override FamilyFunction Function => FamilyFunction.Softplus;
}

/// <summary>BCE with logits: library vs TensorPrimitives softplus(z) - z·y from Exp, LogP1, Multiply, Subtract (baseline) vs the naive loop.</summary>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class BceWithLogitsBenchmarks<T> : BinaryBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal override FamilyFunction Function => FamilyFunction.BceWithLogits;
}

/// <summary>∂BCE/∂z = σ(z) - y: library vs TensorPrimitives Sigmoid then Subtract (baseline) vs the naive loop.</summary>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class BceGradientBenchmarks<T> : BinaryBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal override FamilyFunction Function => FamilyFunction.BceGradient;
}

/// <summary>Backward from the saved output, y·(1-y)·dy: library vs TensorPrimitives Subtract, Multiply, Multiply (baseline) vs the naive loop.</summary>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class BackwardFromOutputBenchmarks<T> : BinaryBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal override FamilyFunction Function => FamilyFunction.BackwardFromOutput;
}

/// <summary>Backward from the saved input, σ'(x)·dy: library vs TensorPrimitives Sigmoid, s·(1-s), ·dy (baseline) vs the naive loop.</summary>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class BackwardFromInputBenchmarks<T> : BinaryBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal override FamilyFunction Function => FamilyFunction.BackwardFromInput;
}

/// <summary>SiLU x·σ(x): library vs TensorPrimitives Sigmoid then Multiply (baseline) vs the naive loop x/(1+e^-x).</summary>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class SiluBenchmarks<T> : UnaryBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal override FamilyFunction Function => FamilyFunction.Silu;
}

/// <summary>silu'(x): library vs TensorPrimitives Sigmoid, then s·(1 + x·(1-s)) (baseline) vs the naive loop.</summary>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class SiluDerivativeBenchmarks<T> : UnaryBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal override FamilyFunction Function => FamilyFunction.SiluDerivative;
}

/// <summary>SiLU backward silu'(x)·dy: library vs TensorPrimitives s·(1 + x·(1-s))·dy (baseline) vs the naive loop.</summary>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class SiluBackwardBenchmarks<T> : BinaryBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal override FamilyFunction Function => FamilyFunction.SiluBackward;
}
