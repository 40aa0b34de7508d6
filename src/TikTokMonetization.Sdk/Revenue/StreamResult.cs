namespace TikTokMonetization.Revenue;

/// <summary>One stream's line in a <see cref="RevenueReport"/>: the model's estimate, its range in the reporting currency, and its share of the expected total.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class StreamResult
{
    private readonly RevenueReport _report;

    internal StreamResult(RevenueEstimate estimate, MoneyRange range, RevenueReport report)
    {
        Estimate = estimate;
        Range = range;
        _report = report;
    }

    /// <summary>Gets the stream's stable name (the model's <see cref="IRevenueModel.Name"/>).</summary>
    public string Name => Estimate.Stream;

    /// <summary>Gets the stream's display name.</summary>
    public string DisplayName => Estimate.DisplayName;

    /// <summary>Gets the model's estimate, in the model's own currency, with eligibility, breakdown and likes impact.</summary>
    public RevenueEstimate Estimate { get; }

    /// <summary>Gets the range converted to the reporting currency and rounded to its minor unit; the report's total is the exact sum of these.</summary>
    public MoneyRange Range { get; }

    /// <summary>Gets this stream's share of the report's expected total, from 0 to 1 (0 when the total is zero).</summary>
    public decimal ShareOfExpected => _report.ShareOf(Range.Expected.Amount);

    /// <summary>Gets a value indicating whether the creator is eligible for the stream.</summary>
    public bool IsEligible => Estimate.IsEligible;

    /// <summary>Formats as <c>display name: range (share)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FormattableString.Invariant($"{DisplayName}: {Range} ({ShareOfExpected:P1})");
}

