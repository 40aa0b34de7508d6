using TikTokMonetization.Cli;

namespace TikTokMonetization.Tests;

/// <summary>Runs <c>live replay</c> in-process on the sample session, as a user would from a shell.</summary>
public sealed class LiveReplayTests
{
    private static string SamplePath => Path.Combine(AppContext.BaseDirectory, "TestData", "live", "sample-session.jsonl");

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Replay_PrintsTotalsLeaderboardAndDataQuality()
    {
        var (exit, output, error) = Run("live", "replay", SamplePath);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Observed 2025-03-01 20:00:00Z to 2025-03-01 20:06:00Z (6.0 minutes), 33 events; 2 malformed line(s) skipped.", output, StringComparison.Ordinal);
        Assert.Matches(@"Total\s+30,525\s+30,525\s+152\.62", output);
        Assert.Contains("Co-host 7002 (kept apart): 3 coins", output, StringComparison.Ordinal);
        Assert.Matches(@"1\. ben\s+11\s+0\s+30,299", output);
        Assert.True(output.IndexOf("1. ben", StringComparison.Ordinal) < output.IndexOf("2. ana", StringComparison.Ordinal));
        Assert.Matches(@"Lion\s+6369\s+29,999\s+catalog", output);
        Assert.Matches(@"Mystery Box\s+999001\s+\?\s+unknown", output);
        Assert.Contains("Counted since connected", output, StringComparison.Ordinal);
        Assert.Contains("1 streak(s) closed by timeout", output, StringComparison.Ordinal);
        Assert.Contains("2 gift(s) have no price", output, StringComparison.Ordinal);
        Assert.Contains("2 duplicate and 1 out-of-order gift frame(s) ignored", output, StringComparison.Ordinal);
        Assert.Contains("skipped sample-session.jsonl: line 21:", output, StringComparison.Ordinal);
        Assert.Contains("skipped sample-session.jsonl: line 24: 'senderId' is missing", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_WithTopAndAGoal_ListsFewerGiftersAndTheProgress()
    {
        var (exit, output, _) = Run("live", "replay", SamplePath, "--top", "2", "--goal-diamonds", "50000");

        Assert.Equal(0, exit);
        Assert.Contains("Top gifters (2 of 4)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("3. cara", output, StringComparison.Ordinal);
        Assert.Contains("Goal 'diamond goal': 30,525 of 50,000 diamonds", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_OfAMissingFile_FailsWithAnError()
    {
        var (exit, _, error) = Run("live", "replay", Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.jsonl"));

        Assert.Equal(1, exit);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_WithAnUnknownRateCard_FailsWithTheOptionPath()
    {
        var (exit, _, error) = Run("live", "replay", SamplePath, "--rate-card", "nope");

        Assert.Equal(1, exit);
        Assert.Contains("LiveLedger:RateCard is 'nope'", error, StringComparison.Ordinal);
    }
}
