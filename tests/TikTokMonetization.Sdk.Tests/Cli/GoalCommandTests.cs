using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Cli;
using TikTokMonetization.Creators;
using TikTokMonetization.Projections;
using static TikTokMonetization.Tests.CliRunner;

namespace TikTokMonetization.Tests;

/// <summary>The <c>goal</c> command: goal-seek on each lever, as the SDK's projector answers it.</summary>
public sealed class GoalCommandTests
{
    [Fact]
    public void Goal_Json_GivesTheProjectorsAnswerForEveryLever()
    {
        var (exit, output, error) = Run("goal", "--target", "5000", "--format", "json");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        var services = new ServiceCollection();
        services.AddTikTokMonetization().AddBuiltInModels().AddProjections();
        using var provider = services.BuildServiceProvider();
        var projector = provider.GetRequiredService<IRevenueProjector>();
        var levers = JsonDocument.Parse(output).RootElement.GetProperty("levers");
        Assert.Equal(["views", "followers", "live-hours", "average-viewers"], levers.EnumerateArray().Select(l => l.GetProperty("lever").GetString()));
        foreach (var lever in levers.EnumerateArray())
        {
            var name = lever.GetProperty("lever").GetString();
            var expected = projector.SeekGoal(SampleCreators.MidTierUs, Money.Usd(5000m), new[] { GoalLever.Views, GoalLever.Followers, GoalLever.LiveHours, GoalLever.AverageViewers }.Single(l => l.Name == name));
            Assert.Equal(expected.IsReachable, lever.GetProperty("reachable").GetBoolean());
            if (expected.Value is { } value)
            {
                Assert.Equal(value, lever.GetProperty("needed").GetDecimal());
                Assert.True(lever.GetProperty("expectedTotal").GetProperty("amount").GetDecimal() >= 5000m);
            }
            else
            {
                Assert.Equal(expected.Reason, lever.GetProperty("reason").GetString());
            }
        }
    }

    [Fact]
    public void Goal_Table_ShowsNowNeededAndTheIncrease()
    {
        var (exit, output, error) = Run("goal", "--target", "5000", "--lever", "views");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("What reaches 5,000.00 USD of expected income a period (30 days) for sample-mid-tier-us?", output, StringComparison.Ordinal);
        Assert.Matches(@"│ views\s+│\s+[\d,]+ │\s+[\d,]+ │\s+\+[\d,]+ \([\d.]+ %\) │\s+5,0\d\d\.\d\d │", output);
        Assert.DoesNotContain("followers", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "goal" }, "Option '--target' is required.")]
    [InlineData(new[] { "goal", "--target", "0" }, "--target is 0; it must be a positive amount of money.")]
    [InlineData(new[] { "goal", "--target", "100", "--lever", "likes" }, "likes")]
    public void Goal_BadOption_IsAUsageError(string[] args, string message)
    {
        var (exit, output, error) = Run(args);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
