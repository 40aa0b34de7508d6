namespace TikTokMonetization.Projections;

/// <summary>How far a simulation has come: reported through <see cref="IProgress{T}"/> as paths complete.</summary>
/// <remarks>An immutable value type; thread-safe.</remarks>
public readonly struct SimulationProgress
{
    /// <summary>Initializes a new instance of the <see cref="SimulationProgress"/> struct.</summary>
    /// <param name="completedPaths">The paths done.</param>
    /// <param name="totalPaths">All the paths.</param>
    public SimulationProgress(int completedPaths, int totalPaths)
    {
        CompletedPaths = completedPaths;
        TotalPaths = totalPaths;
    }

    /// <summary>Gets the paths done.</summary>
    public int CompletedPaths { get; }

    /// <summary>Gets all the paths.</summary>
    public int TotalPaths { get; }

    /// <summary>Gets the share done, from 0 to 1.</summary>
    public double Fraction => TotalPaths == 0 ? 1d : (double)CompletedPaths / TotalPaths;
}
