using TikTokMonetization.Revenue;

namespace TikTokMonetization.Projections;

/// <summary>A deterministic month-by-month projection: every month's report at expected growth, each stream at low and high growth, and the eligibility crossings.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RevenueProjection
{
    internal RevenueProjection(RevenueReport baseline, IReadOnlyList<ProjectedMonth> months, IReadOnlyList<EligibilityCrossing> crossings)
    {
        Baseline = baseline;
        Months = months;
        Crossings = crossings;
    }

    /// <summary>Gets the report of the snapshot itself (month 0), which the first month's crossings compare with.</summary>
    public RevenueReport Baseline { get; }

    /// <summary>Gets the months, from month 1.</summary>
    public IReadOnlyList<ProjectedMonth> Months { get; }

    /// <summary>Gets every change of a stream's eligibility at expected growth, in month order.</summary>
    public IReadOnlyList<EligibilityCrossing> Crossings { get; }

    /// <summary>Gets the currency of every amount.</summary>
    public Currency Currency => Baseline.Currency;
}
