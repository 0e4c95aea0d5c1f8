namespace Sigmoid.Drivers;

/// <summary>
/// Splits a long span into chunks run on the thread pool, only inside <see cref="Use"/>: the generic overloads that
/// take <see cref="ParallelSpanOptions"/> open such a scope for their call, every other call runs on the calling
/// thread. Every kernel is element-wise and the same bits come out of every lane width and position, so the split
/// changes no result. Chunk starts are multiples of 64 elements.
/// </summary>
internal static unsafe class ParallelSplit
{
    /// <summary>The options of the call running on this thread; null (serial) outside <see cref="Use"/>. The pool
    /// threads that run the chunks never see them, so a chunk is never split again.</summary>
    [ThreadStatic] private static ParallelSpanOptions? current;

    /// <summary>Lets the span calls made on this thread until <see cref="Scope.Dispose"/> split as
    /// <paramref name="options"/> allows.</summary>
    public static Scope Use(ParallelSpanOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var saved = current;
        current = options;
        return new Scope(saved);
    }

    /// <summary>Restores the options in force before <see cref="Use"/>.</summary>
    public readonly struct Scope(ParallelSpanOptions? saved) : IDisposable
    {
        public void Dispose() => current = saved;
    }

    public static bool ShouldSplit(int length) =>
        current is { } options && options.MaxDegreeOfParallelism > 1 && length >= options.MinimumLength;

    private static int Degree => current!.MaxDegreeOfParallelism;

    /// <summary>Runs <paramref name="chunk"/>(start, count) for consecutive chunks of 0 … <paramref name="length"/> − 1,
    /// a multiple of 64 elements long but the last, at most <see cref="ParallelSpanOptions.MaxDegreeOfParallelism"/> at once.</summary>
    private static void ForEachChunk(int length, Action<int, int> chunk)
    {
        int degree = Math.Min(Degree, Environment.ProcessorCount * 4);
        int chunkLength = (int)(((long)length + degree - 1) / degree + 63) & ~63;
        int chunks = (length + chunkLength - 1) / chunkLength;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = Degree }, c =>
        {
            int start = c * chunkLength;
            chunk(start, Math.Min(chunkLength, length - start));
        });
    }

    public static void Run<T>(ReadOnlySpan<T> x, Span<T> destination, delegate*<ref T, ref T, int, void> serial) where T : unmanaged
    {
        fixed (T* px = x, pd = destination)
        {
            nint src = (nint)px, dst = (nint)pd, fn = (nint)serial;
            ForEachChunk(x.Length, (start, count) =>
                ((delegate*<ref T, ref T, int, void>)fn)(ref ((T*)src)[start], ref ((T*)dst)[start], count));
        }
    }

    /// <summary>One input and one scalar parameter (softplus's β, logit's ε), passed to every chunk.</summary>
    public static void Run<T>(ReadOnlySpan<T> x, T parameter, Span<T> destination, delegate*<ref T, ref T, int, T, void> serial) where T : unmanaged
    {
        fixed (T* px = x, pd = destination)
        {
            nint src = (nint)px, dst = (nint)pd, fn = (nint)serial;
            ForEachChunk(x.Length, (start, count) =>
                ((delegate*<ref T, ref T, int, T, void>)fn)(ref ((T*)src)[start], ref ((T*)dst)[start], count, parameter));
        }
    }

    public static void Run<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> destination, delegate*<ref T, ref T, ref T, int, void> serial) where T : unmanaged
    {
        fixed (T* pa = a, pb = b, pd = destination)
        {
            nint na = (nint)pa, nb = (nint)pb, nd = (nint)pd, fn = (nint)serial;
            ForEachChunk(a.Length, (start, count) =>
                ((delegate*<ref T, ref T, ref T, int, void>)fn)(ref ((T*)na)[start], ref ((T*)nb)[start], ref ((T*)nd)[start], count));
        }
    }
}
