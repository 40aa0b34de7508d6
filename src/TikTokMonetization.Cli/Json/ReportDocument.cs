using TikTokMonetization.Revenue;

namespace TikTokMonetization.Cli;

/// <summary>The <c>estimate --format json</c> document: the whole report.</summary>
internal sealed record ReportDocument(
    int SchemaVersion,
    string Command,
    string? CreatorId,
    int PeriodDays,
    string Currency,
    MoneyRangeJson Total,
    decimal? ConcentrationIndex,
    ExchangeRatesJson? ExchangeRates,
    IReadOnlyList<StreamJson> Streams)
{
    public static ReportDocument From(RevenueReport report) => new(
        CliJson.SchemaVersion,
        "estimate",
        report.CreatorId,
        report.PeriodDays,
        report.Currency.Code,
        MoneyRangeJson.From(report.Total),
        report.ConcentrationIndex is { } hhi ? decimal.Round(hhi, 4) : null,
        report.ExchangeRatesSource is { } source ? new ExchangeRatesJson(source, report.ExchangeRatesAsOf is { } asOf ? Formats.Date(asOf) : null) : null,
        report.Streams.Select(StreamJson.From).ToList());
}

/// <summary>One stream of the report.</summary>
internal sealed record StreamJson(
    string Name,
    string DisplayName,
    bool Eligible,
    MoneyRangeJson Range,
    decimal ShareOfExpected,
    MoneyRangeJson ModelRange,
    IReadOnlyList<RuleJson> EligibilityRules,
    IReadOnlyList<StepJson> Breakdown,
    LikesImpactJson Likes)
{
    public static StreamJson From(StreamResult stream) => new(
        stream.Name,
        stream.DisplayName,
        stream.IsEligible,
        MoneyRangeJson.From(stream.Range),
        decimal.Round(stream.ShareOfExpected, 4),
        MoneyRangeJson.From(stream.Estimate.Range),
        RuleJson.From(stream.Estimate.Eligibility),
        StepJson.From(stream.Estimate.Breakdown),
        LikesImpactJson.From(stream.Estimate.Likes));
}

/// <summary>The exchange-rate table a report converted with.</summary>
internal sealed record ExchangeRatesJson(string Source, string? AsOf);
