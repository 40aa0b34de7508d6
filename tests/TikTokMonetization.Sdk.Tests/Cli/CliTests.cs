using TikTokMonetization.Cli;

namespace TikTokMonetization.Tests;

/// <summary>Runs the command-line tool in-process, as a user would from a shell.</summary>
public sealed class CliTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Estimate_OnTheSampleCreator_PrintsTheReportTable()
    {
        var (exit, output, error) = Run("estimate");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("sample-mid-tier-us", output, StringComparison.Ordinal);
        Assert.Contains("LIVE gifts", output, StringComparison.Ordinal);
        Assert.Contains("661.99", output, StringComparison.Ordinal);
        Assert.Contains("source: rate card 'default'", output, StringComparison.Ordinal);
        Assert.Contains("no money per like", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_InEuros_SaysWhichRatesConverted()
    {
        var (exit, output, _) = Run("estimate", "--currency", "eur");

        Assert.Equal(0, exit);
        Assert.Contains("(EUR)", output, StringComparison.Ordinal);
        Assert.Contains("European Central Bank", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_WithAnUnknownCurrency_FailsWithTheOptionPath()
    {
        var (exit, _, error) = Run("estimate", "--currency", "ZZZ");

        Assert.Equal(1, exit);
        Assert.Contains("ReportingCurrency is 'ZZZ'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_WithAnInvalidInputFile_ReportsTheFieldAndExitsNonZero()
    {
        var path = Path.Combine(Path.GetTempPath(), $"creator-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "profile": { "followers": -5 }, "videos": { "views": 10, "qualifiedViews": 20 } }""");
        try
        {
            var (exit, _, error) = Run("estimate", "--input", path);

            Assert.Equal(1, exit);
            Assert.Contains("$.profile.followers", error, StringComparison.Ordinal);
            Assert.Contains("$.videos.qualifiedViews", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Likes_OnTheSampleCreator_PrintsTheLikesTable()
    {
        var (exit, output, error) = Run("likes", "--likes", "5000");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("What are 5,000 more likes worth", output, StringComparison.Ordinal);
        Assert.Contains("Pays per like", output, StringComparison.Ordinal);
        Assert.Contains("No stream pays per like", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Warning:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Likes_WithZeroLikes_FailsNamingTheArgument()
    {
        var (exit, _, error) = Run("likes", "--likes", "0");

        Assert.Equal(1, exit);
        Assert.Contains("additionalLikes is 0", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_WithAMissingFile_FailsCleanly()
    {
        var (exit, _, error) = Run("estimate", "--input", "/no/such/creator.json");

        Assert.Equal(1, exit);
        Assert.Contains("error:", error, StringComparison.Ordinal);
    }
}
