using System.Text.Json;
using TikTokMonetization.Cli;
using static TikTokMonetization.Tests.CliRunner;

namespace TikTokMonetization.Tests;

/// <summary>The <c>likes</c> command: what more likes are worth, stream by stream.</summary>
public sealed class LikesCommandTests
{
    [Fact]
    public void Likes_OnTheSampleCreator_PrintsTheLikesTable()
    {
        var (exit, output, error) = Run("likes", "--likes", "5000");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("What are 5,000 more likes worth to sample-mid-tier-us? (USD)", output, StringComparison.Ordinal);
        Assert.Matches(@"│ LIVE gifts\s+│ no\s+│ direct\s+│ reach, LIVE retention\s+│", output);
        Assert.Matches(@"│ Brand deals\s+│ no\s+│ indirect\s+│ reach, engagement pricing │", output);
        Assert.Contains("No stream pays per like", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Warning:", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void Likes_WithFewerThanOneLike_IsAUsageError(string likes)
    {
        var (exit, output, error) = Run("likes", "--likes", likes);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"error: --likes is {likes}; it must be 1 or more.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Likes_WithANonNumber_IsAUsageErrorNotACrash()
    {
        var (exit, _, error) = Run("likes", "--likes", "many");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("'many'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Likes_AsJson_SaysNoStreamPaysPerLike()
    {
        var (exit, output, _) = Run("likes", "--sample", "likes-only", "--format", "json");

        Assert.Equal(ExitCodes.Success, exit);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal("likes", root.GetProperty("command").GetString());
        Assert.Equal("sample-likes-only", root.GetProperty("creatorId").GetString());
        Assert.Equal(1000, root.GetProperty("additionalLikes").GetInt64());
        Assert.Equal(0m, root.GetProperty("totalDirectRevenue").GetProperty("amount").GetDecimal());
        Assert.All(root.GetProperty("streams").EnumerateArray(), s => Assert.False(s.GetProperty("declared").GetProperty("paysPerLike").GetBoolean()));
    }
}
