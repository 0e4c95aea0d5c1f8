using Sigmoid.Lab.Experiments;
using Sigmoid.Learning;

namespace Sigmoid.Web.Training;

/// <summary>
/// The live page's trainer: the lab's vanishing-gradient experiment (<see cref="VanishingTraining.Train(TrainingConfig, Action{EpochReport}?, CancellationToken)"/>)
/// with its default sample count and batch size, reporting every epoch.
/// </summary>
internal sealed class VanishingTrainer : ILiveTrainer
{
    /// <inheritdoc />
    public IReadOnlyList<string> Activations => Sigmoid.Learning.Activations.Names;

    /// <inheritdoc />
    public IReadOnlyList<string> Datasets => VanishingTraining.Datasets;

    /// <inheritdoc />
    public TrainingOutcome Train(TrainingRequest request, Action<EpochProgress> onEpoch, CancellationToken cancellation)
    {
        var config = new TrainingConfig(request.Activation, request.Depth, request.Width, request.LearningRate,
            request.Epochs, request.Dataset, request.Seed);
        var summary = VanishingTraining.Train(config,
            e => onEpoch(new EpochProgress(e.Epoch, e.Loss, e.Accuracy, e.GradNorms)), cancellation);
        return new TrainingOutcome(summary.GradNormsAtInit, summary.FinalLoss, summary.FinalAccuracy);
    }
}
