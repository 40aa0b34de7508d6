using System.Diagnostics;
using static TikTokMonetization.Tests.CliRunner;

namespace TikTokMonetization.Tests;

/// <summary>
/// The simulation's progress bar, through a real pseudo-terminal (<c>script</c> from util-linux, in every Debian
/// install): drawn on standard error when it is a terminal, and absent when standard error is redirected, even while
/// standard output is still the terminal.
/// </summary>
public sealed class TerminalProgressTests
{
    private const string Project = "project --months 6 --paths 6000 --views-growth 1%..4%..8%";

    [Fact]
    public void OnATerminal_TheSimulationShowsAProgressBar_AndThenTheTable()
    {
        var captured = InTerminal(Project);

        Assert.Contains("Simulating 6,000 paths", captured, StringComparison.Ordinal);
        Assert.Contains("P10", captured, StringComparison.Ordinal);
        Assert.Contains("not a forecast", captured, StringComparison.Ordinal);
    }

    [Fact]
    public void WithStandardErrorRedirected_NoProgressBarIsDrawn_EvenOnATerminal()
    {
        using var directory = new TempDirectory();
        var errors = Path.Combine(directory.Path, "stderr.txt");

        var captured = InTerminal($"{Project} 2>'{errors}'");

        Assert.Contains("P10", captured, StringComparison.Ordinal);
        Assert.DoesNotContain("Simulating", captured, StringComparison.Ordinal);
        Assert.Equal(string.Empty, File.ReadAllText(errors));
    }

    [Fact]
    public void OnATerminal_ReplayingALargeFileShowsAProgressBar_AndWrapsAtTheTerminalsWidth()
    {
        using var directory = new TempDirectory();
        var session = LargeSession(directory);

        var captured = InTerminal($"live replay '{session}' --top 3", columns: 70);

        Assert.Contains("Replaying", captured, StringComparison.Ordinal); // the description; its line count shows from the first 2,000 lines
        Assert.Contains("\u2501", captured, StringComparison.Ordinal); // the bar itself; the bytes and rate columns beside it depend on the width and on timing
        Assert.Contains("Coins per minute (UTC)", captured, StringComparison.Ordinal);
        var report = captured[captured.IndexOf("LIVE replay of", StringComparison.Ordinal)..];
        Assert.All(report.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => !l.Contains('\u001b', StringComparison.Ordinal)), l => Assert.True(l.Length <= 70, $"{l.Length} columns: {l}"));
    }

    [Fact]
    public void ReplayingALargeFile_WithStandardErrorRedirected_DrawsNoBar()
    {
        using var directory = new TempDirectory();
        var session = LargeSession(directory);
        var errors = Path.Combine(directory.Path, "stderr.txt");

        var captured = InTerminal($"live replay '{session}' --top 3 2>'{errors}'");

        Assert.Contains("LIVE replay of", captured, StringComparison.Ordinal);
        Assert.DoesNotContain("Replaying", captured, StringComparison.Ordinal);
        Assert.Equal(string.Empty, File.ReadAllText(errors));
    }

    // 9,000 one-gift streaks of a Rose, about 1.9 MB: above the bar's 1 MB threshold.
    private static string LargeSession(TempDirectory directory)
    {
        var lines = Enumerable.Range(0, 9_000).Select(i => FormattableString.Invariant(
            $$"""{"type":"gift","time":"2025-03-01T20:{{i / 600 % 60:00}}:{{i / 10 % 60:00}}Z","giftId":5655,"giftName":"Rose","giftType":1,"coins":1,"senderId":"{{1000 + (i % 50)}}","senderName":"user{{i % 50}}","groupId":"{{i}}","repeatCount":1,"repeatEnd":true}"""));
        return directory.Write("session.jsonl", string.Join('\n', lines) + "\n");
    }

    /// <summary>Runs the tool under <c>script</c>, whose pseudo-terminal is the tool's standard output and error, and returns what the terminal received.</summary>
    private static string InTerminal(string arguments, int? columns = null)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "tiktok-monetization.dll");
        var start = new ProcessStartInfo("script")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var size = columns is { } c ? FormattableString.Invariant($"stty cols {c} rows 50; ") : string.Empty;
        foreach (var argument in new[] { "-qec", $"{size}dotnet '{tool}' {arguments}", "/dev/null" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TERM"] = "xterm-256color";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("script (util-linux) did not start; install bsdutils.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the tool did not finish within two minutes");
        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}: {error.Result}");
        return output.Result;
    }
}
