using TikTokMonetization.Likes;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Cli;

/// <summary>An amount of money: <c>{ "amount": 12.34, "currency": "USD" }</c>.</summary>
internal sealed record MoneyJson(decimal Amount, string Currency)
{
    public static MoneyJson From(Money money) => new(money.Amount, money.Currency.Code);

    /// <summary>Rounds to a fixed number of decimal places, for the likes analysis's small, unrounded marginal values.</summary>
    public static MoneyJson From(Money money, int decimals) => new(decimal.Round(money.Amount, decimals), money.Currency.Code);
}

/// <summary>A range of money: <c>{ "low": 1, "expected": 2, "high": 3, "currency": "USD" }</c>.</summary>
internal sealed record MoneyRangeJson(decimal Low, decimal Expected, decimal High, string Currency)
{
    public static MoneyRangeJson From(MoneyRange range) => new(range.Low.Amount, range.Expected.Amount, range.High.Amount, range.Currency.Code);

    /// <summary>Rounds each point to a fixed number of decimal places.</summary>
    public static MoneyRangeJson From(MoneyRange range, int decimals) =>
        new(decimal.Round(range.Low.Amount, decimals), decimal.Round(range.Expected.Amount, decimals), decimal.Round(range.High.Amount, decimals), range.Currency.Code);
}

/// <summary>A range of plain numbers whose unit a sibling field names: <c>{ "low": 1, "expected": 2, "high": 3 }</c>.</summary>
internal sealed record ValueRangeJson(decimal Low, decimal Expected, decimal High)
{
    public static ValueRangeJson From(ValueRange range) => new(range.Low, range.Expected, range.High);
}

/// <summary>One eligibility rule as evaluated for the creator.</summary>
internal sealed record RuleJson(string Id, string Description, bool Met, decimal? Threshold, decimal? Actual, decimal? Shortfall, string Unit, string ActualText, string Reason)
{
    public static IReadOnlyList<RuleJson> From(Eligibility eligibility) =>
        eligibility.Rules.Select(r => new RuleJson(r.Id, r.Description, r.IsMet, r.Threshold, r.Actual, r.Shortfall, r.Unit, r.ActualText, r.Reason)).ToList();
}

/// <summary>One step of a breakdown: quantity × rate = amount, with the source of the rate.</summary>
internal sealed record StepJson(string Label, ValueRangeJson Quantity, string QuantityUnit, ValueRangeJson Rate, string RateUnit, ValueRangeJson Amount, string AmountUnit, string Source)
{
    public static IReadOnlyList<StepJson> From(IReadOnlyList<BreakdownLine> breakdown) =>
        breakdown.Select(l => new StepJson(l.Label, ValueRangeJson.From(l.Quantity), l.QuantityUnit, ValueRangeJson.From(l.Rate), l.RateUnit, ValueRangeJson.From(l.Amount), l.AmountUnit, l.Source)).ToList();
}

/// <summary>How likes bear on a stream, as the model declares it.</summary>
internal sealed record LikesImpactJson(bool PaysPerLike, string Influence, IReadOnlyList<string> Channels, string Explanation)
{
    public static LikesImpactJson From(LikesImpact likes) => new(likes.PaysPerLike, Name(likes.Influence), Names(likes.Channels), likes.Explanation);

    /// <summary>Returns an influence as <c>none</c>, <c>indirect</c> or <c>direct</c>.</summary>
    public static string Name(LikesInfluence influence) => CamelCase(influence.ToString());

    /// <summary>Returns the channels as a list such as <c>["visibility", "engagementPricing"]</c>; empty for none.</summary>
    public static IReadOnlyList<string> Names(LikesChannels channels) =>
        Enum.GetValues<LikesChannels>().Where(c => c != LikesChannels.None && channels.HasFlag(c)).Select(c => CamelCase(c.ToString())).ToList();

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
