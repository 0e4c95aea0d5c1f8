using Sigmoid.Kernels;
using Sigmoid.Lanes;

namespace Sigmoid.Drivers;

/// <summary>An element-wise function of one argument, as the drivers need it.</summary>
internal interface IUnaryOperator
{
    /// <summary>The double result (the double contract: within 1 ULP). The scalar lanes are the specification.</summary>
    static abstract TV Invoke<TV>(TV x) where TV : struct, IDoubleLanes<TV>;

    /// <summary>A double approximation with relative error below 2^-45 (well inside
    /// <see cref="CorrectRounding.Margin"/>), with exact special values; rounded to float or Half by the driver.</summary>
    static abstract TV InvokeForNarrow<TV>(TV x) where TV : struct, IDoubleLanes<TV>;

    /// <summary>The value in double-double (≈ 2^-100 relative) for lanes too close to a rounding boundary. Only called
    /// with finite float/Half inputs.</summary>
    static abstract DoubleDouble Reference(double x);

    /// <summary>True for narrow kernels small enough that the float loop can inline four copies per turn within the
    /// JIT's inlining budget (more work in flight; σ, σ′ and SiLU); larger ones run two per turn, and each one fewer
    /// without FMA hardware, where the unfused forms are larger. (Double loops run two per turn, one without FMA or
    /// where <see cref="DoubleTwoPerTurn"/> is false.) Check with <c>scripts/check-inlining.sh</c>, which reads
    /// <c>DOTNET_JitDisasm</c> on every level: a budget overrun shows as <c>call</c>s to lane operations.</summary>
    static virtual bool FourPerTurn => false;

    /// <summary>For narrow kernels whose float loop on 128- and 256-bit vectors runs as interleaved pairs
    /// (<see cref="TwinLanes{T}"/>: each instruction for two vectors side by side, so two dependency chains advance
    /// together instead of one after the other), the pairs per turn with FMA hardware: 2 for σ, 1 for σ′, SiLU, logit,
    /// ln σ and softplus; 0 (the default) keeps separate copies. Without FMA, where the kernels are unfused and larger,
    /// the kernels of <see cref="FourPerTurn"/> run one pair and the others one copy. The kernels are bound by their
    /// chains' latency, not by their instruction count, so this gains wherever the JIT still inlines every lane
    /// operation of the pairs: 5–20% on a Zen 3 with AVX2 or 128-bit vectors (σ′ and SiLU as one pair against four
    /// separate copies: 0–19%); SiLU′ exceeds the budget as a pair, σ′ and SiLU as two. AVX-512 keeps separate copies
    /// (not measured as pairs), and so do the .NET 8 and 9 builds (<see cref="CopiesPerTurn"/>).</summary>
    static virtual int PairsPerTurn => 0;

    /// <summary>False for double kernels too large for two copies per turn within the JIT's inlining budget (softplus,
    /// ln σ and SiLU′: their second copy was left with calls to lane operations, 35% to 8× slower than one copy per
    /// turn), and for SiLU, whose two copies now fit but measured slower.</summary>
    static virtual bool DoubleTwoPerTurn => true;
}

/// <summary>An element-wise function of two arguments (no correct-rounding claim: computed in double, rounded once).</summary>
internal interface IBinaryOperator
{
    static abstract TV Invoke<TV>(TV a, TV b) where TV : struct, IDoubleLanes<TV>;

    /// <summary>False for kernels too large for two copies per turn within the JIT's inlining budget (BCE, SiLU backward): they run
    /// one per turn. Without FMA hardware every double kernel runs one per turn; the narrow float path of
    /// <see cref="HasNarrow"/> kernels runs two per turn either way, unless <see cref="NarrowTwoPerTurn"/> is false.</summary>
    static virtual bool TwoPerTurn => true;

    /// <summary>True for kernels with a <see cref="InvokeForNarrow{TV}"/> form; their float spans run it and take the
    /// double kernel only for the turns it cannot decide.</summary>
    static virtual bool HasNarrow => false;

    /// <summary>As <see cref="IUnaryOperator.PairsPerTurn"/>, for the narrow kernel with FMA hardware: 1 (one pair in
    /// place of two copies) for σ backward from the input (7–9% on AVX2); the BCE gradient measured within the noise,
    /// BCE and SiLU backward exceed the budget as pairs.</summary>
    static virtual int PairsPerTurn => 0;

    /// <summary>False for narrow kernels too large for two copies per turn within the JIT's inlining budget (SiLU
    /// backward without FMA hardware, where its multiply-adds are unfused): they run one per turn.</summary>
    static virtual bool NarrowTwoPerTurn => true;

    /// <summary>For float spans: a double approximation with relative error below 2^-44, or, in lanes where no such bound
    /// holds (special values, ranges the narrow kernel does not cover), <see cref="Undecided"/>. Where the driver's
    /// bracket decides the rounding, the float is the rounding of the double kernel's result too (that result is
    /// within 2^-52 of the exact one, inside the bracket), so float spans give the same bits as before, faster.</summary>
    static virtual TV InvokeForNarrow<TV>(TV a, TV b) where TV : struct, IDoubleLanes<TV> => TV.Create(Undecided);

    /// <summary>1 + 2^-24, the midpoint between the floats 1 and 1 + 2^-23: a bracket around it never decides.</summary>
    public const double Undecided = 1.0000000596046448;
}
