using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// The LIVE gifts model beyond its headline numbers: the breakdown's words and arithmetic line by line (estimated coins
/// with an agency share, observed coins for an ineligible creator, no viewer-hours), the retention factor at its edges
/// (no viewer-hours, likes per viewer-hour beyond decimal's comfort), the texts, the null checks and the registration.
/// </summary>
public sealed class LiveGiftsEdgeTests
{
    private const string Card = "[rate card 'default' (2025-02-10): 1 diamond per coin (gift diamond_count equals its coin price in TikTok LIVE client libraries); US$0.005 per diamond (creator guides' and calculators' consensus before 10 Feb 2025; TikTok, Sep 2023: creators keep 50% of virtual-item revenue after fees)]";
    private const string ViewerHoursSource = "[snapshot (Live.Hours × Live.AverageConcurrentViewers)]";
    private const string CoinsSource = "[default, derived from calculatecreator.com LIVE earnings benchmarks (2026): creator US$ per hour ÷ average viewers ÷ US$0.005 per diamond]";
    private const string RetentionSource = "[SDK assumption: LIVE likes raise retention, 1 + max uplift × x / (x + half point), x = likes per viewer-hour; likes themselves earn no diamonds]";

    private static CreatorSnapshot Creator(double hours = 10, double viewers = 100, long likes = 0, Coins? coins = null, long followers = 5_000, string region = "US") => new()
    {
        Profile = new CreatorProfile { Followers = followers, Age = 25, Region = region, AccountKind = AccountKind.Personal, InGoodStanding = true },
        Live = new LiveStats { Sessions = 1, Hours = hours, AverageConcurrentViewers = viewers, Likes = likes, CoinsGifted = coins },
    };

    private static string[] Lines(RevenueEstimate estimate) => estimate.Breakdown.Select(l => l.ToString()).ToArray();

    [Fact]
    public void Breakdown_OfEstimatedCoins_WithAnAgencyShare_ReadsLineByLine()
    {
        var estimate = TestServices.LiveGifts(o => o.AgencyShare = 0.10m).Estimate(Creator(likes: 20_000));

        Assert.Equal(
            [
                "LIVE viewer-hours: 10 hours × 100 average concurrent viewers = 1000 viewer-hours " + ViewerHoursSource,
                "Coins gifted (estimated): 1000 viewer-hours × 10..150 (expected 50) coins per viewer-hour = 10000..150000 (expected 50000) coins " + CoinsSource,
                "Retention from LIVE likes: 10000..150000 (expected 50000) coins × 1.05 × retention factor = 10500.00..157500.00 (expected 52500.00) coins " + RetentionSource,
                "Diamonds collected: 10500.00..157500.00 (expected 52500.00) coins × 1 diamonds per coin = 10500.00..157500.00 (expected 52500.00) diamonds " + Card,
                "LIVE rewards (cash): 10500.00..157500.00 (expected 52500.00) diamonds × 0.005 USD per diamond = 52.50000..787.50000 (expected 262.50000) USD " + Card,
                "Agency share: 52.50000..787.50000 (expected 262.50000) USD × -0.10 share = -78.7500000..-5.2500000 (expected -26.2500000) USD [configured agency share (LiveGifts:AgencyShare)]",
            ],
            Lines(estimate));
        Assert.Equal(new MoneyRange(new ValueRange(47.25m, 236.25m, 708.75m), Currency.Usd), estimate.Range);
        Assert.Equal(
            "Likes earn no diamonds; LIVE likes count only as a sign of an engaged audience that stays longer, which raises expected gifting (bounded by LiveGifts:MaximumRetentionUplift), and engagement brings more viewers to the LIVE.",
            estimate.Likes.Explanation);
    }

    [Fact]
    public void Breakdown_OfObservedCoins_ForAnIneligibleCreator_EndsWithTheLineThatPaysNothing()
    {
        var estimate = TestServices.LiveGifts().Estimate(Creator(coins: new Coins(1_000), followers: 999));

        Assert.Equal(
            [
                "Coins gifted (observed): 1000 coins × 1 coin per coin = 1000 coins [observed (snapshot Live.CoinsGifted)]",
                "Diamonds collected: 1000 coins × 1 diamonds per coin = 1000 diamonds " + Card,
                "LIVE rewards (cash): 1000 diamonds × 0.005 USD per diamond = 5.000 USD " + Card,
                "Not eligible: 5.000 USD × 0 paid = 0 USD [not eligible: the stream pays 0 (see eligibility)]",
            ],
            Lines(estimate));
    }

    [Fact]
    public void Retention_WithoutViewerHours_IsOne_EvenWithLikes_AndNoAgencyLineAtAShareOfZero()
    {
        var lines = Lines(TestServices.LiveGifts().Estimate(Creator(hours: 0, viewers: 0, likes: 5_000)));

        Assert.Equal("Retention from LIVE likes: 0 coins × 1 × retention factor = 0 coins " + RetentionSource, lines[2]);
        Assert.Equal(5, lines.Length);

        // Viewer-hours without likes: the factor is exactly 1 as well, not 1 plus a zero of some scale.
        Assert.Contains(" coins × 1 × retention factor = ", Lines(TestServices.LiveGifts().Estimate(Creator(likes: 0)))[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Retention_AtMoreThan10To28LikesPerViewerHour_SaturatesAtTheCap_WithoutOverflow()
    {
        // 10^-20 viewer-hours and 10^9 likes: 10^29 likes per viewer-hour, past what decimal can add the half point to.
        var estimate = TestServices.LiveGifts().Estimate(Creator(hours: 1e-10, viewers: 1e-10, likes: 1_000_000_000));

        Assert.StartsWith("Retention from LIVE likes: 0.00000000000000000010..0.00000000000000000150 (expected 0.00000000000000000050) coins × 1.1 × retention factor = 0.000000000000000000110..0.000000000000000001650 (expected 0.000000000000000000550) coins", Lines(estimate)[2], StringComparison.Ordinal);
        Assert.Equal(0.00000000000000000000275m, estimate.Range.Expected.Amount);
    }

    [Fact]
    public void ARegionRestriction_NamesTheProgram()
    {
        var estimate = TestServices.LiveGifts(o => o.AvailableRegions = ["US"]).Estimate(Creator(region: "CA"));

        Assert.Contains(estimate.Eligibility.UnmetRules, r => r.Description == "a region where LIVE gifts is available: US");
    }

    [Fact]
    public void EveryEntryPoint_RefusesANullSnapshot_NamingIt()
    {
        var model = TestServices.LiveGifts();

        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => ((IExpectedRevenueModel)model).EstimateExpected(null!)).ParamName);
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => ((IEligibilityRevenueModel)model).IsEligible(null!)).ParamName);
    }

    [Fact]
    public void Options_TheLargestHalfPoint_IsAllowed()
    {
        var model = TestServices.LiveGifts(o => o.LikesPerViewerHourAtHalfUplift = 1_000_000m);

        Assert.True(model.Estimate(Creator(likes: 10)).IsEligible);
    }

    [Fact]
    public void AddLiveGifts_FromConfiguration_BindsTheSection_AndNullArgumentsAreNamed()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["LiveGifts:AgencyShare"] = "0.5" })
            .Build();
        var services = new ServiceCollection();
        services.AddTikTokMonetization().AddLiveGifts(configuration.GetSection("LiveGifts"));
        using var provider = services.BuildServiceProvider();

        Assert.Equal(Money.Usd(2.50m), provider.Model("live-gifts").Estimate(Creator(coins: new Coins(1_000))).Range.Expected);

        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => LiveGiftsBuilderExtensions.AddLiveGifts(null!)).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => LiveGiftsBuilderExtensions.AddLiveGifts(null!, configuration)).ParamName);
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddTikTokMonetization().AddLiveGifts((IConfiguration)null!)).ParamName);
    }
}
