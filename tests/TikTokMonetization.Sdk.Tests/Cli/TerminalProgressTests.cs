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

    /// <summary>Runs the tool under <c>script</c>, whose pseudo-terminal is the tool's standard output and error, and returns what the terminal received.</summary>
    private static string InTerminal(string arguments)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "tiktok-monetization.dll");
        var start = new ProcessStartInfo("script")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-qec", $"dotnet '{tool}' {arguments}", "/dev/null" })
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
