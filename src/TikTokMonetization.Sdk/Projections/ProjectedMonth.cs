using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Projections;

/// <summary>One month of a <see cref="RevenueProjection"/>: the grown snapshot, its full report, and each stream at low, expected and high growth.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ProjectedMonth
{
    internal ProjectedMonth(int month, DateTime? date, DriverLevels levels, CreatorSnapshot snapshot, RevenueReport report, IReadOnlyList<ProjectedStream> streams, Money totalAtLow, Money totalAtHigh, IReadOnlyList<GrowthDriver> capped)
    {
        Month = month;
        Date = date;
        Levels = levels;
        Snapshot = snapshot;
        Report = report;
        Streams = streams;
        TotalAtLowGrowth = totalAtLow;
        TotalAtHighGrowth = totalAtHigh;
        CappedDrivers = capped;
    }

    /// <summary>Gets the month's number: 1 is the first month after the snapshot.</summary>
    public int Month { get; }

    /// <summary>Gets the month's first day, when the assumptions give a start month; otherwise <see langword="null"/>.</summary>
    public DateTime? Date { get; }

    /// <summary>Gets the drivers' levels at expected growth, as multiples of the snapshot's.</summary>
    public DriverLevels Levels { get; }

    /// <summary>Gets the snapshot grown to this month at expected growth.</summary>
    public CreatorSnapshot Snapshot { get; }

    /// <summary>Gets the full report at expected growth: every stream's range, breakdown and eligibility with its reasons.</summary>
    public RevenueReport Report { get; }

    /// <summary>Gets every stream, in the report's order.</summary>
    public IReadOnlyList<ProjectedStream> Streams { get; }

    /// <summary>Gets the expected total at expected growth.</summary>
    public Money TotalAtExpectedGrowth => Report.Total.Expected;

    /// <summary>Gets the expected total if every driver grows at its low rate.</summary>
    public Money TotalAtLowGrowth { get; }

    /// <summary>Gets the expected total if every driver grows at its high rate.</summary>
    public Money TotalAtHighGrowth { get; }

    /// <summary>
    /// Gets the drivers that were stopped in this month at expected growth by <see cref="GrowthAssumptions.CeilingMultiple"/>
    /// or by the 24 hours a day of LIVE a period can hold (their own <see cref="DriverGrowth.MaxMultiple"/> is a stated
    /// assumption and is not listed).
    /// </summary>
    public IReadOnlyList<GrowthDriver> CappedDrivers { get; }
}
