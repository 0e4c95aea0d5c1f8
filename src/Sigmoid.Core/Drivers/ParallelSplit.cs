namespace Sigmoid.Drivers;

/// <summary>
/// Splits a long span into chunks run on the thread pool. Every kernel is element-wise and the same bits come out
/// of every lane width and position, so the split changes no result. Chunk starts are multiples of 64 elements.
/// </summary>
internal static unsafe class ParallelSplit
{
    /// <summary>The default of <see cref="Logistic.ParallelThreshold"/>, chosen by <c>sigmoid bench --parallel-threshold</c>
    /// (see its remarks for the measurement).</summary>
    public const int DefaultThreshold = 1 << 15;

    private static int threshold = DefaultThreshold;

    /// <summary>Spans shorter than this run on the calling thread.</summary>
    public static int Threshold
    {
        get => Volatile.Read(ref threshold);
        set => Volatile.Write(ref threshold, value);
    }

    public static bool ShouldSplit(int length) => length >= Threshold && Logistic.MaxDegreeOfParallelism > 1;

    private static (int Chunks, int ChunkLength) Plan(int length)
    {
        int degree = Math.Min(Logistic.MaxDegreeOfParallelism, Environment.ProcessorCount * 4);
        int chunkLength = (int)(((long)length + degree - 1) / degree + 63) & ~63;
        return ((length + chunkLength - 1) / chunkLength, chunkLength);
    }

    public static void Run<T>(ReadOnlySpan<T> x, Span<T> destination, delegate*<ref T, ref T, int, void> serial) where T : unmanaged
    {
        int n = x.Length;
        (int chunks, int chunkLength) = Plan(n);
        fixed (T* px = x, pd = destination)
        {
            nint src = (nint)px, dst = (nint)pd, fn = (nint)serial;
            Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = Logistic.MaxDegreeOfParallelism }, c =>
            {
                int start = c * chunkLength;
                int count = Math.Min(chunkLength, n - start);
                ((delegate*<ref T, ref T, int, void>)fn)(ref ((T*)src)[start], ref ((T*)dst)[start], count);
            });
        }
    }

    public static void Run<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> destination, delegate*<ref T, ref T, ref T, int, void> serial) where T : unmanaged
    {
        int n = a.Length;
        (int chunks, int chunkLength) = Plan(n);
        fixed (T* pa = a, pb = b, pd = destination)
        {
            nint na = (nint)pa, nb = (nint)pb, nd = (nint)pd, fn = (nint)serial;
            Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = Logistic.MaxDegreeOfParallelism }, c =>
            {
                int start = c * chunkLength;
                int count = Math.Min(chunkLength, n - start);
                ((delegate*<ref T, ref T, ref T, int, void>)fn)(ref ((T*)na)[start], ref ((T*)nb)[start], ref ((T*)nd)[start], count);
            });
        }
    }
}
