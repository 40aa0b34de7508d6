using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.BrandDeals;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>Builds the brand-deals model the way an application would, and the creators its tests share.</summary>
internal static class BrandDealsTestServices
{
    public static IRevenueModel Model(Action<BrandDealsOptions>? configure = null, Action<RevenueEngineOptions>? engine = null)
    {
        var services = new ServiceCollection();
        var builder = engine is null ? services.AddTikTokMonetization() : services.AddTikTokMonetization(engine);
        builder.AddBrandDeals(configure);
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider.Model("brand-deals");
    }

    /// <summary>
    /// 40,000 followers (Micro tier), 10 videos, 300,000 views, 9,000 likes + 600 comments + 400 shares = 10,000
    /// interactions: 1,000 per video, 30,000 views per video, engagement rate by followers 1,000 / 40,000 = 2.5%.
    /// </summary>
    public static CreatorSnapshot Creator(
        long followers = 40_000,
        int? age = 25,
        string? region = "US",
        int videos = 10,
        long views = 300_000,
        long likes = 9_000,
        long comments = 600,
        long shares = 400,
        BrandDealInputs? deals = null,
        bool standing = true,
        int periodDays = 30) => new()
        {
            PeriodDays = periodDays,
            Profile = new CreatorProfile { Followers = followers, Age = age, Region = region, InGoodStanding = standing },
            Videos = new ShortVideoStats { VideosPosted = videos, Views = views, Likes = likes, Comments = comments, Shares = shares, Saves = 50_000 },
            BrandDeals = deals,
        };

    public static ValueRange Amounts(this RevenueEstimate estimate) => estimate.Range.Amounts;

    public static BreakdownLine Line(this RevenueEstimate estimate, string label) => Assert.Single(estimate.Breakdown, l => l.Label == label);
}
