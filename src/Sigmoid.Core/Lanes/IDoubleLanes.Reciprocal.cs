namespace Sigmoid.Lanes;

internal partial interface IDoubleLanes<TSelf>
{
    /// <summary>
    /// 1/d for finite d with 1 ≤ |d| ≤ 2^1000, to a relative error below 2^-50 — <b>not</b> the same bits on every path:
    /// on 512-bit lanes of processors other than AMD's the 14-bit reciprocal estimate (AVX-512) refined by two Newton
    /// steps (<see cref="WideQuotient"/>), elsewhere (narrower lanes on AVX-512 machines too) the correctly rounded
    /// quotient. Only for kernels whose result is rounded to float or Half after the midpoint
    /// test, where an error this small cannot change the rounded result; never for the double contract.
    /// </summary>
    static abstract TSelf ReciprocalForNarrow(TSelf d);

    /// <summary>
    /// n/d for finite d with 1 ≤ |d| ≤ 2^1000 and |n/d| finite, to a relative error below 2^-50 — <b>not</b> the same
    /// bits on every path: n·<see cref="ReciprocalForNarrow"/>(d) on 512-bit lanes of processors other than AMD's, the
    /// correctly rounded quotient elsewhere. Only for kernels whose result is rounded to float or Half after the
    /// midpoint test.
    /// </summary>
    static abstract TSelf DivideForNarrow(TSelf n, TSelf d);
}
