namespace Sigmoid.Web.Training;

/// <summary>
/// What the Vanishing-gradients panel trains with. The live server uses the lab's vanishing-gradient
/// experiment; tests substitute a controllable one to observe the concurrency limit and cancellation.
/// </summary>
internal interface ILiveTrainer
{
    /// <summary>Activation names the trainer accepts, as shown on the page.</summary>
    IReadOnlyList<string> Activations { get; }

    /// <summary>Dataset names the trainer accepts, as shown on the page.</summary>
    IReadOnlyList<string> Datasets { get; }

    /// <summary>
    /// Trains synchronously, calling <paramref name="onEpoch"/> after every epoch. Must stop soon after
    /// <paramref name="cancellation"/> is cancelled, by throwing <see cref="OperationCanceledException"/>.
    /// </summary>
    TrainingOutcome Train(TrainingRequest request, Action<EpochProgress> onEpoch, CancellationToken cancellation);
}

/// <summary>A validated training request from the page.</summary>
internal sealed record TrainingRequest(
    string Activation, int Depth, int Width, double LearningRate, int Epochs, string Dataset, int Seed);

/// <summary>One epoch's numbers: mean loss, accuracy in [0,1], gradient norm of each layer (layer 1 next to the input first).</summary>
internal sealed record EpochProgress(int Epoch, double Loss, double Accuracy, double[] GradNorms);

/// <summary>The end of a training that ran to completion.</summary>
internal sealed record TrainingOutcome(double[] GradNormsAtInit, double FinalLoss, double FinalAccuracy);
