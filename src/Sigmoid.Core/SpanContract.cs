using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sigmoid;

/// <summary>The validation every span overload of <see cref="Logistic"/> performs before touching memory.</summary>
internal static class SpanContract
{
    /// <summary>Throws unless <paramref name="destination"/> can receive <paramref name="input"/>'s results.</summary>
    public static void Check<TIn, TOut>(ReadOnlySpan<TIn> input, Span<TOut> destination,
        [CallerArgumentExpression(nameof(input))] string inputName = "x",
        [CallerArgumentExpression(nameof(destination))] string destinationName = "destination")
    {
        if (destination.Length < input.Length)
            throw new ArgumentException(
                $"Destination is too short: it holds {destination.Length} elements but '{inputName}' has {input.Length}.",
                destinationName);
        CheckOverlap(input, destination, inputName, destinationName);
    }

    /// <summary>Throws unless two inputs have the same length.</summary>
    public static void CheckSameLength<T1, T2>(ReadOnlySpan<T1> first, ReadOnlySpan<T2> second,
        [CallerArgumentExpression(nameof(first))] string firstName = "first",
        [CallerArgumentExpression(nameof(second))] string secondName = "second")
    {
        if (first.Length != second.Length)
            throw new ArgumentException(
                $"'{firstName}' has {first.Length} elements but '{secondName}' has {second.Length}; they must be equally long.",
                secondName);
    }

    /// <summary>Throws if <paramref name="input"/> and <paramref name="destination"/> share memory without being the same span start.</summary>
    public static void CheckOverlap<TIn, TOut>(ReadOnlySpan<TIn> input, Span<TOut> destination, string inputName, string destinationName)
    {
        if (input.IsEmpty || destination.IsEmpty) return;
        ref byte inStart = ref Unsafe.As<TIn, byte>(ref MemoryMarshal.GetReference(input));
        ref byte outStart = ref Unsafe.As<TOut, byte>(ref MemoryMarshal.GetReference(destination));
        nint offset = Unsafe.ByteOffset(ref inStart, ref outStart); // outStart - inStart
        nint inBytes = input.Length * Unsafe.SizeOf<TIn>();
        nint outBytes = destination.Length * Unsafe.SizeOf<TOut>();
        bool overlap = offset < inBytes && -offset < outBytes;
        if (overlap && !(offset == 0 && Unsafe.SizeOf<TIn>() == Unsafe.SizeOf<TOut>()))
            throw new ArgumentException(
                $"'{inputName}' and '{destinationName}' partly overlap; pass the very same span to work in place, or separate buffers.",
                destinationName);
    }
}
