using TikTokMonetization.Cli;
using static TikTokMonetization.Tests.CliRunner;

namespace TikTokMonetization.Tests;

/// <summary>A command line that does not parse: a "Did you mean" for typos, a pointer to help, exit code 2, nothing on standard output.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("estimat", "estimate")]
    [InlineData("elegibility", "eligibility")]
    [InlineData("sampel", "sample")]
    [InlineData("lieks", "likes")]
    public void UnknownCommand_SuggestsTheClosestCommand(string typed, string meant)
    {
        var (exit, output, error) = Run(typed);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(
            $"error: unknown command '{typed}' for 'tiktok-monetization'.{Environment.NewLine}"
            + $"       Did you mean '{meant}'?{Environment.NewLine}"
            + $"Run 'tiktok-monetization --help' for the options and examples.{Environment.NewLine}",
            error);
    }

    [Theory]
    [InlineData("estimate", "--inptu", "--input")]
    [InlineData("estimate", "--curency", "--currency")]
    [InlineData("eligibility", "--fromat", "--format")]
    [InlineData("likes", "--like", "--likes")]
    [InlineData("sample", "--ouput", "--output")]
    [InlineData("estimate", "--config-file", "--config")]
    public void UnknownOption_SuggestsTheClosestOptionOfThatCommand(string command, string typed, string meant)
    {
        var (exit, output, error) = Run(command, typed, "value");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"error: unknown option '{typed}' for 'tiktok-monetization {command}'.", error, StringComparison.Ordinal);
        Assert.Contains($"Did you mean '{meant}'?", error, StringComparison.Ordinal);
        Assert.DoesNotContain("'value'", error, StringComparison.Ordinal);
        Assert.EndsWith($"Run 'tiktok-monetization {command} --help' for the options and examples.{Environment.NewLine}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCommand_FollowedByMore_IsOneProblem()
    {
        var (exit, _, error) = Run("estimat", "--input", "creator.json", "extra");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Single(error.Split(Environment.NewLine), line => line.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains("Did you mean 'estimate'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFormat_NamesTheOptionAndTheAllowedValues()
    {
        var (exit, _, error) = Run("estimate", "--format", "xml");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("error: --format: Argument 'xml' not recognized. Must be one of: 'table', 'json'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCurrencyCode_IsAUsageError()
    {
        var (exit, _, error) = Run("estimate", "--currency", "ZZZ");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("error: --currency 'ZZZ' is not an ISO 4217 code the SDK knows", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnexpectedArgument_IsReported()
    {
        var (exit, _, error) = Run("estimate", "creator.json");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("error: unexpected argument 'creator.json' for 'tiktok-monetization estimate'.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void NoArguments_ShowsTheHelp()
    {
        var (exit, output, error) = Run();

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("estimate", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("estimate", "-f", "JSON")]
    [InlineData("estimate", "--format", "Json")]
    [InlineData("likes", "--sample", "Likes-Only")]
    [InlineData("goal", "--target", "3000", "--lever", "VIEWS")]
    public void NamedValues_AreMatchedIgnoringCase_AsCurrencyCodesAre(params string[] args)
    {
        var (exit, output, error) = Run(args);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.NotEqual(string.Empty, output);
    }

    [Fact]
    public void NamedValues_IgnoringCase_GiveWhatTheListedSpellingGives()
    {
        Assert.Equal(Run("estimate", "--sample", "newcomer", "--format", "json").Output, Run("estimate", "--sample", "NEWCOMER", "-f", "JSON").Output);
    }
}
