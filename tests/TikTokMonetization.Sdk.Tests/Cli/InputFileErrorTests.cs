using TikTokMonetization.Cli;
using static TikTokMonetization.Tests.CliRunner;

namespace TikTokMonetization.Tests;

/// <summary>A broken <c>--input</c> file: the message names the file, where in it, the value and what is allowed; exit code 1; nothing on standard output.</summary>
public sealed class InputFileErrorTests
{
    public static TheoryData<string> CreatorCommands => ["estimate", "eligibility", "likes"];

    [Theory]
    [MemberData(nameof(CreatorCommands))]
    public void MalformedJson_NamesTheFileLineAndPosition(string command)
    {
        var file = TestData("creators", "malformed.json");

        var (exit, output, error) = Run(command, "--input", file);

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"error: {file}: $ (line 4, position 3): '\"' is invalid after a value.", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CreatorCommands))]
    public void MisspeltField_SuggestsTheRightOne(string command)
    {
        var (exit, _, error) = Run(command, "--input", TestData("creators", "unknown-property.json"));

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("$.videos.veiws (line 5, position", error, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'views'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ValueOfTheWrongType_SaysWhatIsAllowed()
    {
        var (exit, _, error) = Run("estimate", "--input", TestData("creators", "wrong-type.json"));

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("$.videos.views (line 4, position", error, StringComparison.Ordinal);
        Assert.Contains("the value must be a whole number.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n'), l => l.Contains("whole number", StringComparison.Ordinal));
    }

    [Fact]
    public void InvalidValues_AreAllListedWithPathValueAndWhatIsAllowed()
    {
        var file = TestData("creators", "several-problems.json");

        var (exit, output, error) = Run("estimate", "--input", file);

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"error: {file}: $.periodDays is 400; it must be between 1 and 366", error, StringComparison.Ordinal);
        Assert.Contains($"error: {file}: $.profile.followers is -1; it must be zero or greater.", error, StringComparison.Ordinal);
        Assert.Contains($"error: {file}: $.profile.region is 'USA'; it must be an ISO 3166-1 alpha-2 code", error, StringComparison.Ordinal);
        Assert.Contains($"error: {file}: $.live.hours is 2; it must be 0 when Live.Sessions is 0.", error, StringComparison.Ordinal);
        Assert.True(error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length >= 8, error);
    }

    [Fact]
    public void MissingFile_SaysSo()
    {
        var (exit, _, error) = Run("estimate", "--input", "no/such/creator.json");

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Equal($"error: no/such/creator.json: no such file (--input).{Environment.NewLine}", error);
    }

    [Fact]
    public void InputAndSampleTogether_IsAUsageError()
    {
        var (exit, _, error) = Run("estimate", "--input", TestData("creators", "valid-full.json"), "--sample", "newcomer");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("--input and --sample cannot be used together", error, StringComparison.Ordinal);
    }
}
