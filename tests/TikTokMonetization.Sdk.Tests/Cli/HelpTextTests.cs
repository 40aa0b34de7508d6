namespace TikTokMonetization.Tests;

/// <summary>Every command's help says each default once and shows its examples once, in the Examples section.</summary>
public sealed class HelpTextTests
{
    [Theory]
    [InlineData("estimate")]
    [InlineData("eligibility")]
    [InlineData("likes")]
    [InlineData("project")]
    [InlineData("goal")]
    [InlineData("sample")]
    [InlineData("live", "replay")]
    public void Help_SaysEachDefaultOnce_AndHasOneExamplesSection(params string[] command)
    {
        var help = CliRunner.Run([.. command, "--help"]).Output;
        var options = help.Split('\n').Select(l => l.Trim()).ToList();

        Assert.DoesNotContain(options, l => l.Contains("Default:", StringComparison.Ordinal) && l.Contains("[default:", StringComparison.Ordinal));
        Assert.Single(options, l => l == "Examples:");
        Assert.DoesNotContain(options, l => l.StartsWith("Example:", StringComparison.Ordinal));
        // Option values are named for what they hold, not repeated option names (<goal-cash> for --goal-cash).
        Assert.DoesNotMatch(@"--(?<name>[a-z-]+) <\k<name>>", help);
    }
}
