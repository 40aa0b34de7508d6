using System.Globalization;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Cli;

/// <summary>Writes a <see cref="RevenueReport"/> as plain-text tables.</summary>
internal static class ReportWriter
{
    public static void Write(RevenueReport report, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine($"Revenue estimate for {report.CreatorId ?? "creator"} over {report.PeriodDays} days ({report.Currency.Code})");
        output.WriteLine();
        var rows = new List<string[]> { new[] { "Stream", "Eligible", "Low", "Expected", "High", "Share" } };
        foreach (var s in report.Streams)
        {
            rows.Add(new[]
            {
                s.DisplayName,
                s.IsEligible ? "yes" : "no",
                s.Range.Low.Amount.ToString("N2", inv),
                s.Range.Expected.Amount.ToString("N2", inv),
                s.Range.High.Amount.ToString("N2", inv),
                s.ShareOfExpected.ToString("P1", inv),
            });
        }

        rows.Add(new[]
        {
            "Total",
            string.Empty,
            report.Total.Low.Amount.ToString("N2", inv),
            report.Total.Expected.Amount.ToString("N2", inv),
            report.Total.High.Amount.ToString("N2", inv),
            report.ConcentrationIndex is { } hhi ? "HHI " + hhi.ToString("0.00", inv) : "HHI n/a",
        });
        TableWriter.Write(rows, output);

        foreach (var s in report.Streams)
        {
            output.WriteLine();
            output.WriteLine($"{s.DisplayName}: how it was reached");
            foreach (var line in s.Estimate.Breakdown)
            {
                output.WriteLine($"  {line.Label}: {Format(line.Quantity)} {line.QuantityUnit} × {Format(line.Rate)} {line.RateUnit} = {Format(line.Amount)} {line.AmountUnit}");
                output.WriteLine($"      source: {line.Source}");
            }

            output.WriteLine($"  Likes: {(s.Estimate.Likes.PaysPerLike ? "paid per like" : "no money per like")}; influence {s.Estimate.Likes.Influence}. {s.Estimate.Likes.Explanation}");
        }

        var ineligible = report.IneligibleStreams.ToList();
        if (ineligible.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Not eligible:");
            foreach (var s in ineligible)
            {
                foreach (var rule in s.Estimate.Eligibility.UnmetRules)
                {
                    output.WriteLine($"  {s.DisplayName}: {rule.Reason}");
                }
            }
        }

        if (report.ExchangeRatesSource is not null)
        {
            output.WriteLine();
            output.WriteLine($"Converted with {report.ExchangeRatesSource}.");
        }
    }

    private static string Format(ValueRange range)
    {
        var inv = CultureInfo.InvariantCulture;
        return range.IsExact
            ? range.Expected.ToString("#,0.####", inv)
            : $"{range.Low.ToString("#,0.####", inv)}..{range.High.ToString("#,0.####", inv)} (exp. {range.Expected.ToString("#,0.####", inv)})";
    }
}
