using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sigmoid;

/// <summary>
/// Reinterprets a generic T as the float, double or Half it is, after a <c>typeof(T) == typeof(...)</c> check: the
/// JIT compiles one specialisation per type and drops the branches that cannot run, so the generic overloads of
/// <see cref="Logistic"/> cost what the exact overloads cost.
/// </summary>
internal static class Generic
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TExact From<T, TExact>(T value) => Unsafe.As<T, TExact>(ref value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T To<T, TExact>(TExact value) => Unsafe.As<TExact, T>(ref value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<TExact> Of<T, TExact>(ReadOnlySpan<T> span) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<T, TExact>(ref MemoryMarshal.GetReference(span)), span.Length);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Span<TExact> Of<T, TExact>(Span<T> span) =>
        MemoryMarshal.CreateSpan(ref Unsafe.As<T, TExact>(ref MemoryMarshal.GetReference(span)), span.Length);

    /// <summary>The exception every generic overload throws for a type it has no kernel for.</summary>
    public static NotSupportedException Unsupported<T>() =>
        new($"Sigmoid.Logistic computes in float, double and Half; {typeof(T).FullName} is not supported (convert to one of them).");
}
