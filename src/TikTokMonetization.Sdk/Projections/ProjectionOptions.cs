namespace TikTokMonetization.Projections;

/// <summary>
/// The application's default growth assumptions and simulation settings, bound from configuration (the
/// <c>Projections</c> section under <c>TikTokMonetization</c>) and validated when the application starts.
/// </summary>
/// <remarks>
/// The projector takes its assumptions and settings per call; read these through <c>IOptions&lt;ProjectionOptions&gt;</c>
/// (or <c>IOptionsMonitor</c> for reloads) to pass the configured defaults. An options class: not thread-safe while it
/// is being changed; once set up, any number of threads may read it.
/// </remarks>
public sealed class ProjectionOptions
{
    /// <summary>The configuration path the validator names in its messages.</summary>
    internal const string Path = "TikTokMonetization:Projections";

    /// <summary>Gets or sets the default growth assumptions.</summary>
    /// <value>The default value is no growth.</value>
    public GrowthAssumptions Growth { get; set; } = new();

    /// <summary>Gets or sets the default simulation settings.</summary>
    /// <value>The default value is 12 months, 10,000 paths, seed 1, percentiles 10, 50 and 90.</value>
    public SimulationSettings Simulation { get; set; } = new();
}
