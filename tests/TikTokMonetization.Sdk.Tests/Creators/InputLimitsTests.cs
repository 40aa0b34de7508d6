using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>Values beyond the documented input limits, out-of-domain codes and unconvertible money are refused before any model prices them.</summary>
public sealed class InputLimitsTests
{
    private static readonly CreatorSnapshot Valid = SampleCreators.MidTierUs;

    private static IRevenueEngine Engine(ServiceProvider provider) => provider.GetRequiredService<IRevenueEngine>();

    [Theory]
    [InlineData("UK", "GB")]
    [InlineData("EL", "GR")]
    [InlineData("uk", "GB")]
    public void Region_CommonMistake_IsRefusedWithTheIsoCodeSuggested(string region, string meant)
    {
        var problem = Assert.Single((Valid with { Profile = Valid.Profile with { Region = region } }).Validate());

        Assert.Equal("Profile.Region", problem.Path);
        Assert.Contains($"did you mean '{meant}'?", problem.Allowed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ZZ")]
    [InlineData("XK")]
    [InlineData("EU")]
    public void Region_TwoLettersNotAssigned_IsRefused(string region) =>
        Assert.Contains(
            (Valid with { Profile = Valid.Profile with { AudienceRegion = region } }).Validate(),
            p => p.Path == "Profile.AudienceRegion" && p.Allowed.Contains("assigned to a country", StringComparison.Ordinal));

    [Fact]
    public void RegionOption_CommonMistake_FailsAtStartUpWithTheSuggestion()
    {
        var ex = Record.Exception(() => TestServices.BuiltIns(b => b.AddLiveGifts(o => o.AvailableRegions = ["UK"])));

        Assert.NotNull(ex);
        Assert.Contains("did you mean 'GB'?", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MerchandiseOrderValue_NearDecimalMax_IsRefusedByTheLimit_NotAnOverflow()
    {
        using var provider = TestServices.BuiltIns();
        var snapshot = Valid with { Merchandise = new MerchandiseInputs { AverageOrderValue = Money.Usd(decimal.MaxValue), ObservedOrders = 10 } };

        var ex = Assert.Throws<InvalidCreatorSnapshotException>(() => Engine(provider).Estimate(snapshot));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal("Merchandise.AverageOrderValue", problem.Path);
        Assert.Contains("at most 1,000,000,000", problem.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_AtTheLimits_AreEstimatedWithoutOverflow()
    {
        using var provider = TestServices.BuiltIns();
        var snapshot = Valid with
        {
            Profile = Valid.Profile with { Followers = 10_000_000_000 },
            Videos = Valid.Videos with { Views = 1_000_000_000_000, QualifiedViews = 1_000_000_000_000, Likes = 2_000_000_000_000, Comments = 1_000_000_000_000, Shares = 1_000_000_000_000, Saves = 1_000_000_000_000 },
            Live = Valid.Live with { Likes = 2_000_000_000_000, NewFollowers = 10_000_000_000, CoinsGifted = new Coins(1_000_000_000_000m), AverageConcurrentViewers = 1e10, Hours = 720 },
            Merchandise = new MerchandiseInputs { AverageOrderValue = new Money(1_000_000_000m, Currency.Jpy), ObservedOrders = 1_000_000_000_000 },
            Subscriptions = new SubscriptionInputs { Subscribers = 10_000_000_000, MonthlyPrice = new Money(1_000_000_000m, Currency.FromCode("IDR")) },
            Affiliate = new AffiliateInputs { ObservedSales = new Money(1_000_000_000_000m, Currency.FromCode("IDR")), CommissionRate = 1 },
            BrandDeals = new BrandDealInputs { SponsoredPostsPerPeriod = 1_000_000, MedianViewsPerVideo = 1_000_000_000_000, ObservedPricePerPost = new Money(1_000_000_000m, Currency.FromCode("IDR")) },
        };

        var report = Engine(provider).Estimate(snapshot, Currency.FromCode("IDR"));

        Assert.True(report.Total.High.Amount > 0m);
    }

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(1_000_000_000_001)]
    public void Views_BeyondTheLimit_AreRefusedByTheEngine_NeverPriced(long views)
    {
        using var provider = TestServices.BuiltIns();
        var snapshot = Valid with { Videos = Valid.Videos with { Views = views, QualifiedViews = 0 } };

        var ex = Assert.Throws<InvalidCreatorSnapshotException>(() => Engine(provider).Estimate(snapshot));

        Assert.Contains(ex.Problems, p => p.Path == "Videos.Views" && p.Allowed.Contains("docs/input-limits.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Niche_OfFiftyMegabytes_IsRefusedAndNotEchoedWhole()
    {
        using var provider = TestServices.BuiltIns();
        var snapshot = Valid with { Profile = Valid.Profile with { Niche = new string('n', 50_000_000) } };

        var ex = Assert.Throws<InvalidCreatorSnapshotException>(() => Engine(provider).Estimate(snapshot));

        Assert.True(ex.Message.Length < 1_000, "the message echoes at most a short prefix of the value");
        Assert.Contains("50,000,000 characters", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MoneyInNoCurrency_IsRefused()
    {
        var snapshot = Valid with { Merchandise = new MerchandiseInputs { AverageOrderValue = new Money(10m, Currency.None) } };

        var problem = Assert.Single(snapshot.Validate());

        Assert.Contains("no currency", problem.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void MoneyInACurrencyWithoutARate_IsRefusedUpFront_SayingHowToAddOne()
    {
        using var provider = TestServices.BuiltIns();
        var snapshot = Valid with { Merchandise = new MerchandiseInputs { AverageOrderValue = new Money(10m, Currency.FromCode("NGN")) } };

        var ex = Assert.Throws<InvalidCreatorSnapshotException>(() => Engine(provider).Estimate(snapshot));

        var problem = Assert.Single(ex.Problems);
        Assert.Contains("TikTokMonetization:ExchangeRates:Rates:NGN", problem.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void ExchangeRates_SpanningMoreThanTheLimit_FailAtStartUp()
    {
        var ex = Record.Exception(() => TestServices.BuiltIns(engine: o => o.ExchangeRates.Rates["IDR"] = 100_000_000m));

        Assert.NotNull(ex);
        Assert.Contains("ExchangeRates:Rates spans", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportingCurrency_NoCurrency_FailsAtStartUp()
    {
        var ex = Record.Exception(() => TestServices.BuiltIns(engine: o => o.ReportingCurrency = "XXX"));

        Assert.NotNull(ex);
        Assert.Contains("'no currency'", ex.Message, StringComparison.Ordinal);
    }
}
