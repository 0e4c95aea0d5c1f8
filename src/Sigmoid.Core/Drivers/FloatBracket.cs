using System.Runtime.CompilerServices;
using Sigmoid.Kernels;
using Sigmoid.Lanes;

namespace Sigmoid.Drivers;

/// <summary>
/// The float main loops' store: a turn's double results are rounded to float and stored only when the rounding
/// bracket (<see cref="CorrectRounding.BracketUp"/>, <see cref="CorrectRounding.BracketDown"/>) decides every lane;
/// otherwise nothing is stored, the loop ends, and its driver finishes that turn with the fix-up, its inputs intact
/// even in place.
/// </summary>
internal static class FloatBracket
{
    /// <summary>Stores r (one vector) at <paramref name="destination"/> when every lane's rounding is decided.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryStore<TV>(TV r, ref float destination) where TV : struct, IDoubleLanes<TV>
    {
        TV up = r * TV.Create(CorrectRounding.BracketUp);
        if (!TV.NarrowsSame(up, r * TV.Create(CorrectRounding.BracketDown))) return false;
        TV.StoreNarrowing(up, ref destination);
        return true;
    }

    /// <summary>Stores r0 and r1 (two vectors) at <paramref name="destination"/> when every lane's rounding is decided.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryStore<TV>(TV r0, TV r1, ref float destination) where TV : struct, IDoubleLanes<TV>
    {
        TV up = TV.Create(CorrectRounding.BracketUp), down = TV.Create(CorrectRounding.BracketDown);
        TV u0 = r0 * up, u1 = r1 * up;
        if (!TV.NarrowsSame(u0, r0 * down, u1, r1 * down)) return false;
        TV.StoreNarrowing(u0, ref destination);
        TV.StoreNarrowing(u1, ref Unsafe.Add(ref destination, TV.Count));
        return true;
    }

    /// <summary>Stores r0 … r3 (four vectors) at <paramref name="destination"/> when every lane's rounding is decided.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryStore<TV>(TV r0, TV r1, TV r2, TV r3, ref float destination) where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count;
        TV up = TV.Create(CorrectRounding.BracketUp), down = TV.Create(CorrectRounding.BracketDown);
        TV u0 = r0 * up, u1 = r1 * up, u2 = r2 * up, u3 = r3 * up;
        if (!(TV.NarrowsSame(u0, r0 * down, u1, r1 * down) && TV.NarrowsSame(u2, r2 * down, u3, r3 * down)))
            return false;
        TV.StoreNarrowing(u0, ref destination);
        TV.StoreNarrowing(u1, ref Unsafe.Add(ref destination, w));
        TV.StoreNarrowing(u2, ref Unsafe.Add(ref destination, 2 * w));
        TV.StoreNarrowing(u3, ref Unsafe.Add(ref destination, 3 * w));
        return true;
    }
}
