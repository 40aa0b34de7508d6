namespace TikTokMonetization.Tests;

/// <summary>
/// A value that does not parse is a usage error that names the option and says what it takes, in a user's words: never
/// a .NET type name (<c>System.Nullable`1[System.Int32]</c>), never a stack trace, even when the command's own
/// cross-option checks would read it.
/// </summary>
public sealed class UnparseableValueTests
{
    [Theory]
    [InlineData("--months", "a whole number, such as 12", "project", "--months", "abc")]
    [InlineData("--months", "a whole number, such as 12", "project", "--months", "abc", "--goal-month", "3", "--goal", "100")]
    [InlineData("--paths", "a whole number, such as 12", "project", "--paths", "x", "--goal", "5")]
    [InlineData("--goal", "a number, such as 2000 or 12.5", "project", "--goal", "x")]
    [InlineData("--goal-month", "a whole number, such as 12", "project", "--goal", "100", "--goal-month", "june")]
    [InlineData("--top", "a whole number, such as 12", "live", "replay", "session.jsonl", "--top", "1.5")]
    [InlineData("--goal-cash", "a number, such as 2000 or 12.5", "live", "replay", "session.jsonl", "--goal-cash", "abc")]
    [InlineData("--likes", "a whole number, such as 12", "likes", "--likes", "many")]
    [InlineData("--target", "a number, such as 2000 or 12.5", "goal", "--target", "lots")]
    public void AnUnparseableValue_IsAUsageErrorNamingTheOption_InUsersWords(string option, string expected, params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(2, result.Exit);
        Assert.Equal(string.Empty, result.Output);
        Assert.StartsWith($"error: {option} is '", result.Error, StringComparison.Ordinal);
        Assert.Contains($"; it must be {expected}.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n'), l => l.StartsWith("error:", StringComparison.Ordinal));
    }
}
