using System.Globalization;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Cli;

/// <summary>Writes a <see cref="LikesAnalysis"/> as the likes table.</summary>
internal static class LikesWriter
{
    public static void Write(CreatorSnapshot snapshot, LikesAnalysis analysis, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine($"What are {analysis.AdditionalLikes.ToString("N0", inv)} more likes worth to {snapshot.CreatorId ?? "this creator"}? ({analysis.Currency.Code})");
        output.WriteLine($"Added {analysis.VideoLikesAdded.ToString("N0", inv)} to videos and {analysis.LiveLikesAdded.ToString("N0", inv)} to LIVE; reach: {analysis.Reach}");
        output.WriteLine();
        var rows = new List<string[]> { new[] { "Stream", "Pays per like", "Influenced by likes", "Through", "Per 1,000 likes", "Change (low..high)" } };
        foreach (var s in analysis.Streams)
        {
            rows.Add(new[]
            {
                s.DisplayName,
                s.DirectRevenue.IsZero && !s.Declared.PaysPerLike ? "no" : "yes",
                s.Declared.Influence switch { LikesInfluence.Direct => "yes", LikesInfluence.Indirect => "indirectly", _ => "no" },
                s.MeasuredChannels == LikesChannels.None ? "-" : s.MeasuredChannels.ToString(),
                Round(s.MarginalValuePer1000Likes, inv),
                $"{Round(s.Change.Low, inv)}..{Round(s.Change.High, inv)}",
            });
        }

        rows.Add(new[] { "Total", analysis.TotalDirectRevenue.IsZero ? "no" : "yes", string.Empty, string.Empty, Round(analysis.MarginalValuePer1000Likes, inv), $"{Round(analysis.TotalChange.Low, inv)}..{Round(analysis.TotalChange.High, inv)}" });
        TableWriter.Write(rows, output);
        output.WriteLine();
        output.WriteLine("No stream pays per like. Likes are worth money only indirectly: LIVE retention, engagement-priced rates, and reach.");
        foreach (var s in analysis.Streams)
        {
            output.WriteLine($"  {s.DisplayName}: {s.Declared.Explanation}");
        }

        foreach (var s in analysis.Disagreements)
        {
            output.WriteLine();
            output.WriteLine($"Warning: {s.DisplayName} {string.Join("; ", s.Disagreements)}.");
        }
    }

    private static string Round(Money money, IFormatProvider inv) => decimal.Round(money.Amount, money.Currency.MinorUnits, MidpointRounding.ToEven).ToString("N2", inv);
}
