using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TikTokMonetization.Likes;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// A canonical text of everything a report, a likes analysis or a batch holds, with every decimal at its full scale:
/// two texts are equal exactly when the SDK gave the same numbers, lines and rules. The labels are ours, not the
/// property names, so that a rename in the SDK does not move the text.
/// </summary>
internal static class GoldenText
{
    public static void Report(StringBuilder text, RevenueReport report)
    {
        text.Append(Inv($"report creator={report.CreatorId ?? "-"} days={report.PeriodDays} currency={report.Currency.Code}\n"));
        text.Append(Inv($"  total {Range(report.Total)}\n"));
        text.Append(Inv($"  hhi {Dec(report.ConcentrationIndex)} rates {report.ExchangeRatesSource ?? "-"} as-of {report.ExchangeRatesAsOf?.ToString("O", CultureInfo.InvariantCulture) ?? "-"}\n"));
        foreach (var stream in report.Streams)
        {
            text.Append(Inv($"  stream {stream.Name} '{stream.DisplayName}' eligible={stream.IsEligible} share={stream.ShareOfExpected}\n"));
            text.Append(Inv($"    range {Range(stream.Range)}\n"));
            Estimate(text, stream.Estimate, "    ");
        }

        text.Append("  ineligible ").Append(string.Join(",", report.IneligibleStreams.Select(s => s.Name))).Append('\n');
    }

    public static void Estimate(StringBuilder text, RevenueEstimate estimate, string indent)
    {
        text.Append(Inv($"{indent}model {estimate.Stream} '{estimate.DisplayName}' {Range(estimate.Range)}\n"));
        text.Append(Inv($"{indent}eligible={estimate.Eligibility.IsEligible}\n"));
        foreach (var rule in estimate.Eligibility.Rules)
        {
            text.Append(Inv($"{indent}  rule {rule.Id} met={rule.IsMet} threshold={Dec(rule.Threshold)} actual={Dec(rule.Actual)} shortfall={Dec(rule.Shortfall)} unit='{rule.Unit}' actual-text='{rule.ActualText}'\n"));
            text.Append(Inv($"{indent}    description '{rule.Description}' reason '{rule.Reason}'\n"));
        }

        foreach (var line in estimate.Breakdown)
        {
            text.Append(Inv($"{indent}  line '{line.Label}' quantity {Values(line.Quantity)} '{line.QuantityUnit}' rate {Values(line.Rate)} '{line.RateUnit}' amount {Values(line.Amount)} '{line.AmountUnit}' source '{line.Source}'\n"));
            text.Append(Inv($"{indent}    text '{line}'\n"));
        }

        var likes = estimate.Likes;
        text.Append(Inv($"{indent}likes pays-per-like={likes.PaysPerLike} influence={likes.Influence} channels={likes.Channels} '{likes.Explanation}'\n"));
    }

    public static void Likes(StringBuilder text, LikesAnalysis analysis)
    {
        text.Append(Inv($"likes +{analysis.AdditionalLikes} video+{analysis.VideoLikesAdded} live+{analysis.LiveLikesAdded} currency={analysis.Currency.Code}\n"));
        text.Append(Inv($"  change {Range(analysis.TotalChange)} direct {Amount(analysis.TotalDirectRevenue)} per-1000 {Amount(analysis.MarginalValuePer1000Likes)}\n"));
        text.Append(Inv($"  reach {analysis.Reach}\n"));
        foreach (var s in analysis.Streams)
        {
            text.Append(Inv($"  stream {s.Name} '{s.DisplayName}' change {Range(s.Change)} direct {Amount(s.DirectRevenue)} retention {Amount(s.RetentionChange)} engagement {Amount(s.EngagementPricingChange)} visibility {Amount(s.VisibilityChange)} per-1000 {Amount(s.MarginalValuePer1000Likes)}\n"));
            text.Append(Inv($"    measured {s.MeasuredInfluence}/{s.MeasuredChannels} declared {s.Declared.Influence}/{s.Declared.Channels} agrees={s.AgreesWithDeclaration} {string.Join(" | ", s.Disagreements)}\n"));
        }
    }

    /// <summary>The SHA-256 of a text, in lower-case hex: a short stand-in for a dump too long to keep in full.</summary>
    public static string Hash(string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

    public static string Range(MoneyRange range) => Inv($"{range.Currency.Code} {Values(range.Amounts)}");

    public static string Values(ValueRange range) => Inv($"[{range.Low} {range.Expected} {range.High}]");

    public static string Amount(Money money) => Inv($"{money.Amount} {money.Currency.Code}");

    public static string Dec(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    public static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
