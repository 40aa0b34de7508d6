using TikTokMonetization.Revenue;

namespace TikTokMonetization.Likes;

/// <summary>
/// What additional likes are worth to one revenue stream: the direct revenue from likes alone (zero for every built-in
/// stream), the change in the stream's estimate and the channel it came through, and whether the model's declared
/// <see cref="LikesImpact"/> agrees with what was measured.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class LikesStreamValue
{
    internal LikesStreamValue(
        string name,
        string displayName,
        LikesImpact declared,
        Money directRevenue,
        MoneyRange change,
        Money retentionChange,
        Money engagementPricingChange,
        Money visibilityChange,
        Money marginalValuePer1000Likes,
        IReadOnlyList<string> disagreements)
    {
        Name = name;
        DisplayName = displayName;
        Declared = declared;
        DirectRevenue = directRevenue;
        Change = change;
        RetentionChange = retentionChange;
        EngagementPricingChange = engagementPricingChange;
        VisibilityChange = visibilityChange;
        MarginalValuePer1000Likes = marginalValuePer1000Likes;
        Disagreements = disagreements;
    }

    /// <summary>Gets the stream's stable name.</summary>
    public string Name { get; }

    /// <summary>Gets the stream's display name.</summary>
    public string DisplayName { get; }

    /// <summary>Gets how the model says likes bear on its stream.</summary>
    public LikesImpact Declared { get; }

    /// <summary>Gets the revenue the additional likes earn with no other activity at all (the same creator with likes and nothing else). Zero for every built-in stream.</summary>
    public Money DirectRevenue { get; }

    /// <summary>Gets the change in the stream's estimate (low, expected, high) when the likes are added and reach responds.</summary>
    public MoneyRange Change { get; }

    /// <summary>Gets the part of the expected change that came from the LIVE likes alone (viewer retention), with reach held fixed.</summary>
    public Money RetentionChange { get; }

    /// <summary>Gets the part of the expected change that came from the video likes alone (engagement-priced rates), with reach held fixed.</summary>
    public Money EngagementPricingChange { get; }

    /// <summary>Gets the part of the expected change that came from the reach response (visibility).</summary>
    public Money VisibilityChange { get; }

    /// <summary>Gets the expected change per 1,000 additional likes.</summary>
    public Money MarginalValuePer1000Likes { get; }

    /// <summary>Gets the channels through which the estimate measurably moved.</summary>
    public LikesChannels MeasuredChannels =>
        (RetentionChange.IsZero ? LikesChannels.None : LikesChannels.LiveRetention)
        | (EngagementPricingChange.IsZero ? LikesChannels.None : LikesChannels.EngagementPricing)
        | (VisibilityChange.IsZero ? LikesChannels.None : LikesChannels.Visibility);

    /// <summary>
    /// Gets the influence measured for this creator: <see cref="LikesInfluence.Direct"/> when the LIVE likes themselves
    /// moved the estimate, <see cref="LikesInfluence.Indirect"/> when only engagement-priced rates or reach did, and
    /// <see cref="LikesInfluence.None"/> when nothing moved.
    /// </summary>
    public LikesInfluence MeasuredInfluence =>
        !RetentionChange.IsZero ? LikesInfluence.Direct
        : !EngagementPricingChange.IsZero || !VisibilityChange.IsZero ? LikesInfluence.Indirect
        : LikesInfluence.None;

    /// <summary>Gets every way the measurement contradicts the model's declaration; empty when they agree. The analysis reports a contradiction instead of hiding it.</summary>
    public IReadOnlyList<string> Disagreements { get; }

    /// <summary>Gets a value indicating whether the measurement agrees with the declaration.</summary>
    public bool AgreesWithDeclaration => Disagreements.Count == 0;

    /// <summary>Formats as <c>display name: marginal value per 1,000 likes (influence)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{DisplayName}: {MarginalValuePer1000Likes} per 1,000 likes ({MeasuredInfluence})";
}
