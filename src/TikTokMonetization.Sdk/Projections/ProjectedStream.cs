using TikTokMonetization.Revenue;

namespace TikTokMonetization.Projections;

/// <summary>One stream in one projected month: its range at expected growth, its eligibility, and its expected value at low and high growth.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ProjectedStream
{
    internal ProjectedStream(StreamResult expected, Money atLowGrowth, Money atHighGrowth)
    {
        Name = expected.Name;
        DisplayName = expected.DisplayName;
        IsEligible = expected.IsEligible;
        Range = expected.Range;
        Result = expected;
        AtLowGrowth = atLowGrowth;
        AtHighGrowth = atHighGrowth;
    }

    /// <summary>Gets the stream's stable name.</summary>
    public string Name { get; }

    /// <summary>Gets the stream's display name.</summary>
    public string DisplayName { get; }

    /// <summary>Gets whether the creator is eligible for the stream in this month at expected growth.</summary>
    public bool IsEligible { get; }

    /// <summary>Gets the stream's low/expected/high range at expected growth: the model's own uncertainty about rates.</summary>
    public MoneyRange Range { get; }

    /// <summary>Gets the stream's full result at expected growth, with its breakdown and eligibility rules.</summary>
    public StreamResult Result { get; }

    /// <summary>Gets the stream's expected value if every driver grows at its low rate.</summary>
    public Money AtLowGrowth { get; }

    /// <summary>Gets the stream's expected value if every driver grows at its high rate.</summary>
    public Money AtHighGrowth { get; }

    /// <summary>Gets the expected value at expected growth.</summary>
    public Money AtExpectedGrowth => Range.Expected;
}
