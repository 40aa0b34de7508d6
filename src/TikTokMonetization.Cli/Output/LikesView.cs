using Spectre.Console;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Cli;

/// <summary>Draws a <see cref="LikesAnalysis"/>: per stream, whether it pays per like, how likes influence it, and what more likes are worth.</summary>
internal static class LikesView
{
    public static void Write(IAnsiConsole console, CreatorSnapshot snapshot, LikesAnalysis analysis)
    {
        Views.Say(console, $"What are {Formats.Count(analysis.AdditionalLikes)} more likes worth to {snapshot.CreatorId ?? "this creator"}? ({analysis.Currency.Code})");
        Views.Say(console, $"Added {Formats.Count(analysis.VideoLikesAdded)} to videos and {Formats.Count(analysis.LiveLikesAdded)} to LIVE; reach: {analysis.Reach}");
        console.WriteLine();

        var table = new Table().Border(TableBorder.Rounded).ShowFooters()
            .AddColumn(new TableColumn("Stream").Footer("Total"))
            .AddColumn(new TableColumn("Pays per like").Footer(analysis.TotalDirectRevenue.IsZero ? "no" : "yes"))
            .AddColumn("Influence")
            .AddColumn("Through")
            .AddColumn(new TableColumn("Per 1,000 likes").RightAligned().Footer(Round(analysis.MarginalValuePer1000Likes)))
            .AddColumn(new TableColumn("Change").RightAligned().Footer($"{Round(analysis.TotalChange.Low)}..{Round(analysis.TotalChange.High)}"));
        foreach (var s in analysis.Streams)
        {
            table.AddRow(
                new Text(s.DisplayName),
                new Text(s.DirectRevenue.IsZero && !s.Declared.PaysPerLike ? "no" : "yes"),
                new Text(Influence(s.Declared.Influence)),
                new Text(Channels(s.MeasuredChannels)),
                new Text(Round(s.MarginalValuePer1000Likes)),
                new Text($"{Round(s.Change.Low)}..{Round(s.Change.High)}"));
        }

        console.Write(table);
        Views.Say(console, "Change: how much the stream's income moves with the added likes (low..high). Per 1,000 likes: the expected change, scaled to 1,000 likes.");
        console.WriteLine();
        Views.Say(console, Summary);
        var explanations = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        foreach (var s in analysis.Streams)
        {
            explanations.AddRow(new Text(s.DisplayName + ":"), new Text(s.Declared.Explanation));
        }

        console.Write(explanations);
        foreach (var s in analysis.Disagreements)
        {
            console.WriteLine();
            Views.Say(console, $"Warning: {s.DisplayName} {string.Join("; ", s.Disagreements)}.");
        }
    }

    /// <summary>How likes bear on income, in the words the README and docs/likes.md use.</summary>
    internal const string Summary =
        "No stream pays per like: a like is never money by itself. Likes move income only through LIVE retention (a direct " +
        "influence: LIVE likes keep an audience watching longer, which raises expected gifting), engagement-priced rates and " +
        "reach (indirect influences).";

    /// <summary>The declared influence in the words of <see cref="LikesInfluence"/>: direct, indirect or none.</summary>
    internal static string Influence(LikesInfluence influence) => influence switch
    {
        LikesInfluence.Direct => "direct",
        LikesInfluence.Indirect => "indirect",
        _ => "none",
    };

    // The channels in the words the explanations use ("reach" is LikesChannels.Visibility).
    internal static string Channels(LikesChannels channels)
    {
        var names = new List<string>();
        if (channels.HasFlag(LikesChannels.Visibility))
        {
            names.Add("reach");
        }

        if (channels.HasFlag(LikesChannels.EngagementPricing))
        {
            names.Add("engagement pricing");
        }

        if (channels.HasFlag(LikesChannels.LiveRetention))
        {
            names.Add("LIVE retention");
        }

        return names.Count == 0 ? "-" : string.Join(", ", names);
    }

    private static string Round(Money money) => Formats.Amount(money.Round(MidpointRounding.ToEven));
}
