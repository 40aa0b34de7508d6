using Spectre.Console;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Cli;

/// <summary>Draws what each program requires and what the creator is missing: an overview, then every rule of every stream.</summary>
internal static class EligibilityView
{
    public static void Write(IAnsiConsole console, RevenueReport report)
    {
        var eligible = report.Streams.Count(s => s.IsEligible);
        Views.Say(console, $"Eligibility for {report.CreatorId ?? "the creator"}: {eligible} of {report.Streams.Count} streams eligible");
        console.WriteLine();

        var overview = new Table().Border(TableBorder.Rounded)
            .AddColumn("Stream")
            .AddColumn("Eligible")
            .AddColumn(new TableColumn("Rules met").RightAligned())
            .AddColumn("What is missing");
        foreach (var stream in report.Streams)
        {
            var rules = stream.Estimate.Eligibility.Rules;
            var missing = stream.Estimate.Eligibility.UnmetRules.Select(r => r.Reason).ToList();
            overview.AddRow(
                new Text(stream.DisplayName),
                StreamTables.YesNo(stream.IsEligible),
                new Text($"{rules.Count(r => r.IsMet)} of {rules.Count}"),
                new Text(missing.Count == 0 ? "nothing" : string.Join(Environment.NewLine, missing)));
        }

        console.Write(overview);
        foreach (var stream in report.Streams)
        {
            Views.Heading(console, stream.DisplayName);
            console.Write(StreamTables.Rules(stream.Estimate.Eligibility));
        }

        console.WriteLine();
        Views.Say(console, "Thresholds are TikTok's published requirements where there are any (see docs/models); change them with --config.");
    }
}
