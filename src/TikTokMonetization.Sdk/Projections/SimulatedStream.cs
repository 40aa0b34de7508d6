namespace TikTokMonetization.Projections;

/// <summary>One stream in one simulated month: the percentiles of its expected value over the paths, and how often it was eligible.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SimulatedStream
{
    internal SimulatedStream(string name, string displayName, MoneyPercentiles values, decimal eligibleProbability)
    {
        Name = name;
        DisplayName = displayName;
        Values = values;
        EligibleProbability = eligibleProbability;
    }

    /// <summary>Gets the stream's stable name.</summary>
    public string Name { get; }

    /// <summary>Gets the stream's display name.</summary>
    public string DisplayName { get; }

    /// <summary>Gets the percentiles of the stream's expected value (each path's report, expected point) over the paths.</summary>
    public MoneyPercentiles Values { get; }

    /// <summary>Gets the share of paths on which the creator was eligible for the stream in this month, from 0 to 1.</summary>
    public decimal EligibleProbability { get; }
}
