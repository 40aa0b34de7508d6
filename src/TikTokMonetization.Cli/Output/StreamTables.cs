using Spectre.Console;
using Spectre.Console.Rendering;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Cli;

/// <summary>The tables every view draws for one stream: its eligibility rules and the steps from inputs to money.</summary>
internal static class StreamTables
{
    private static readonly Style Met = new(Color.Green);
    private static readonly Style Unmet = new(Color.Red);

    /// <summary>Returns a yes/no cell, green or red on a terminal.</summary>
    public static Text YesNo(bool value) => new(value ? "yes" : "no", value ? Met : Unmet);

    /// <summary>Returns the table of every rule: what is required, what the creator has, how far short, and whether it is met.</summary>
    public static IRenderable Rules(Eligibility eligibility)
    {
        if (eligibility.Rules.Count == 0)
        {
            return new Text("No eligibility rules: every creator qualifies." + Environment.NewLine);
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Requirement")
            .AddColumn("Has")
            .AddColumn(new TableColumn("Short by").RightAligned())
            .AddColumn("Met");
        foreach (var rule in eligibility.Rules)
        {
            table.AddRow(
                new Text(rule.Description),
                new Text(rule.ActualText),
                new Text(!rule.IsMet && rule.Shortfall is { } shortfall ? Formats.Number(shortfall) : string.Empty),
                YesNo(rule.IsMet));
        }

        return table;
    }

    /// <summary>Returns the breakdown: each step's calculation and a reference to its source.</summary>
    public static IRenderable Steps(IReadOnlyList<BreakdownLine> breakdown, SourceNotes notes, MidpointRounding rounding = MidpointRounding.ToEven)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Step")
            .AddColumn("Calculation")
            .AddColumn(new TableColumn("Source").NoWrap());
        foreach (var line in breakdown)
        {
            table.AddRow(new Text(line.Label), new Text(StepText.Write(line, rounding)), new Text(notes.Cite(line.Source)));
        }

        return table;
    }
}
