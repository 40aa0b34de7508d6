using TikTokMonetization.Creators;
using TikTokMonetization.Likes;

namespace TikTokMonetization.Cli;

/// <summary>The <c>likes --format json</c> document: what more likes are worth, stream by stream. Money is rounded to 4 decimal places and multipliers to 6.</summary>
internal sealed record LikesDocument(
    int SchemaVersion,
    string Command,
    string? CreatorId,
    string Currency,
    long AdditionalLikes,
    long VideoLikesAdded,
    long LiveLikesAdded,
    ReachJson Reach,
    MoneyJson TotalDirectRevenue,
    MoneyJson MarginalValuePer1000Likes,
    MoneyRangeJson TotalChange,
    IReadOnlyList<LikesStreamJson> Streams)
{
    /// <summary>Decimal places of the document's amounts: the values are small and unrounded, so cents would hide them.</summary>
    public const int AmountDecimals = 4;

    /// <summary>Decimal places of the reach multipliers.</summary>
    public const int MultiplierDecimals = 6;

    public static LikesDocument From(CreatorSnapshot snapshot, LikesAnalysis analysis) => new(
        CliJson.SchemaVersion,
        "likes",
        snapshot.CreatorId,
        analysis.Currency.Code,
        analysis.AdditionalLikes,
        analysis.VideoLikesAdded,
        analysis.LiveLikesAdded,
        new ReachJson(decimal.Round(analysis.Reach.ViewsMultiplier, MultiplierDecimals), decimal.Round(analysis.Reach.LiveViewersMultiplier, MultiplierDecimals), analysis.Reach.Explanation),
        MoneyJson.From(analysis.TotalDirectRevenue, AmountDecimals),
        MoneyJson.From(analysis.MarginalValuePer1000Likes, AmountDecimals),
        MoneyRangeJson.From(analysis.TotalChange, AmountDecimals),
        analysis.Streams.Select(LikesStreamJson.From).ToList());
}

/// <summary>How the reach model responded to the added likes.</summary>
internal sealed record ReachJson(decimal ViewsMultiplier, decimal LiveViewersMultiplier, string Explanation);

/// <summary>One stream's value of more likes: declared influence, measured channels and the change in money.</summary>
internal sealed record LikesStreamJson(
    string Name,
    string DisplayName,
    LikesImpactJson Declared,
    string MeasuredInfluence,
    IReadOnlyList<string> MeasuredChannels,
    MoneyJson DirectRevenue,
    MoneyJson RetentionChange,
    MoneyJson EngagementPricingChange,
    MoneyJson VisibilityChange,
    MoneyRangeJson Change,
    MoneyJson MarginalValuePer1000Likes,
    bool AgreesWithDeclaration,
    IReadOnlyList<string> Disagreements)
{
    public static LikesStreamJson From(LikesStreamValue s) => new(
        s.Name,
        s.DisplayName,
        LikesImpactJson.From(s.Declared),
        LikesImpactJson.Name(s.MeasuredInfluence),
        LikesImpactJson.Names(s.MeasuredChannels),
        MoneyJson.From(s.DirectRevenue, LikesDocument.AmountDecimals),
        MoneyJson.From(s.RetentionChange, LikesDocument.AmountDecimals),
        MoneyJson.From(s.EngagementPricingChange, LikesDocument.AmountDecimals),
        MoneyJson.From(s.VisibilityChange, LikesDocument.AmountDecimals),
        MoneyRangeJson.From(s.Change, LikesDocument.AmountDecimals),
        MoneyJson.From(s.MarginalValuePer1000Likes, LikesDocument.AmountDecimals),
        s.AgreesWithDeclaration,
        s.Disagreements);
}
