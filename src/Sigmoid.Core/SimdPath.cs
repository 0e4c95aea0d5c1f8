namespace Sigmoid;

/// <summary>Which instruction width the span drivers use. <see cref="Auto"/> picks the widest the hardware accelerates.</summary>
internal enum SimdPath
{
    Auto,
    Scalar,
    Vector128,
    Vector256,
    Vector512,
}

/// <summary>
/// Test hook: forces the span drivers of the current thread onto one path, so that tests can prove every path gives
/// the same bits. A forced path the hardware cannot run falls back to the next narrower one.
/// </summary>
internal static class SimdPathOverride
{
    [ThreadStatic] internal static SimdPath Forced;
}
