namespace Sigmoid;

/// <summary>
/// How a loss over a batch is reduced, as PyTorch's <c>reduction</c> argument: one loss per element, their sum, or
/// their mean over the number of elements.
/// </summary>
public enum LossReduction
{
    /// <summary>No reduction: one loss per element (PyTorch <c>reduction='none'</c>).</summary>
    None,

    /// <summary>The sum of the element losses (PyTorch <c>reduction='sum'</c>); 0 for an empty batch.</summary>
    Sum,

    /// <summary>The sum divided by the number of elements — not by the sum of the weights (PyTorch
    /// <c>reduction='mean'</c>, the default there); NaN for an empty batch, as in PyTorch.</summary>
    Mean,
}
