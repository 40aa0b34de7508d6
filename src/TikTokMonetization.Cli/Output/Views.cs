using Spectre.Console;

namespace TikTokMonetization.Cli;

/// <summary>Small pieces every view shares: wrapped text, section headings, the disclaimer.</summary>
internal static class Views
{
    public const string Disclaimer =
        "Unofficial: not affiliated with TikTok. TikTok publishes no fixed rates; every default is third-party data with its source above. Change any of them with --config.";

    /// <summary>Writes a paragraph as plain text (never markup), wrapped at the console's width.</summary>
    public static void Say(IAnsiConsole console, string text)
    {
        console.Write(new Text(text));
        console.WriteLine();
    }

    /// <summary>Writes a blank line and a left-aligned rule with the title.</summary>
    public static void Heading(IAnsiConsole console, string title)
    {
        console.WriteLine();
        console.Write(new Rule(Markup.Escape(title)).LeftJustified());
    }
}
