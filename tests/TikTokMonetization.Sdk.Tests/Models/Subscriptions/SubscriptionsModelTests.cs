using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.Subscriptions;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

public sealed class SubscriptionsModelTests
{
    internal static IRevenueModel Model(Action<SubscriptionsOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddTikTokMonetization().AddSubscriptions(configure);
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider.Model("subscriptions");
    }

    private static CreatorSnapshot Creator(long followers = 20_000, long views = 150_000, int liveSessions = 0, long subscribers = 100, Money? price = null, string region = "US", int age = 25, int periodDays = 30) => new()
    {
        PeriodDays = periodDays,
        Profile = new CreatorProfile { Followers = followers, Age = age, Region = region },
        Videos = new ShortVideoStats { VideosPosted = 10, Views = views },
        Live = new LiveStats { Sessions = liveSessions, Hours = liveSessions, AverageConcurrentViewers = 10 },
        Subscriptions = new SubscriptionInputs { Subscribers = subscribers, MonthlyPrice = price },
    };

    [Fact]
    public void HundredSubscribersAtFourNinetyNine_KeepSeventyPercent_WithTheFeeAmbiguityInTheRange()
    {
        // Gross 100 × 4.99 × 1 month = 499.00.
        // Low: 499 × (1 − 0.30 fees) × 0.70 = 244.51; expected: 499 × 1 × 0.70 = 349.30; high: 499 × 1 × 0.90 = 449.10.
        var estimate = Model().Estimate(Creator(price: Money.Usd(4.99m)));

        Assert.True(estimate.Eligibility.IsEligible);
        Assert.Equal(Money.Usd(244.51m), estimate.Range.Low);
        Assert.Equal(Money.Usd(349.30m), estimate.Range.Expected);
        Assert.Equal(Money.Usd(449.10m), estimate.Range.High);
        Assert.Equal("observed (snapshot Subscriptions.MonthlyPrice)", estimate.Breakdown.Single(l => l.Label == "Subscription revenue").Source);
    }

    [Fact]
    public void AnObservedPriceInEuros_IsCountedInEuros_AndTheEngineConvertsIt()
    {
        // The arithmetic of the US$4.99 test, in euros: 244.51 / 349.30 / 449.10 EUR.
        var creator = Creator(price: new Money(4.99m, Currency.Eur));
        var model = Model();
        var estimate = model.Estimate(creator);

        Assert.Equal(new Money(244.51m, Currency.Eur), estimate.Range.Low);
        Assert.Equal(new Money(349.30m, Currency.Eur), estimate.Range.Expected);
        Assert.Equal(new Money(449.10m, Currency.Eur), estimate.Range.High);
        Assert.Equal(new Money(349.30m, Currency.Eur), ((IExpectedRevenueModel)model).EstimateExpected(creator));
        Assert.Equal("EUR per month", estimate.Breakdown.Single(l => l.Label == "Subscription revenue").RateUnit);
        Assert.All(estimate.Breakdown, l => Assert.DoesNotContain("USD", l.ToString(), StringComparison.Ordinal));

        // In a US-dollar report, at the default ECB table's 1.1419 USD per EUR: 279.205969, 398.86567 and 512.82729, to the cent.
        using var provider = TestServices.With(b => b.AddSubscriptions());
        var report = provider.GetRequiredService<IRevenueEngine>().Estimate(creator);
        Assert.Equal(new MoneyRange(new ValueRange(279.21m, 398.87m, 512.83m), Currency.Usd), report["subscriptions"].Range);
        Assert.NotNull(report.ExchangeRatesSource);
    }

    [Fact]
    public void AnIneligibleCreatorWithAPriceInPounds_GetsZeroInPounds()
    {
        var creator = Creator(followers: 10, price: new Money(3.99m, Currency.Gbp));
        var model = Model();

        Assert.Equal(MoneyRange.Zero(Currency.Gbp), model.Estimate(creator).Range);
        Assert.Equal(Money.Zero(Currency.Gbp), ((IExpectedRevenueModel)model).EstimateExpected(creator));
    }

    [Fact]
    public void WithoutAnObservedPrice_TheDocumentedPriceRangeApplies()
    {
        // 10 subscribers, 2 months (60 days): 20 subscriber-months × 2.99 / 4.99 / 5.99 = 59.80 / 99.80 / 119.80.
        // Net: 59.80 × 0.70 × 0.70 = 29.302; 99.80 × 0.70 = 69.86; 119.80 × 0.90 = 107.82.
        var estimate = Model().Estimate(Creator(subscribers: 10, periodDays: 60, views: 300_000));

        Assert.Equal(Money.Usd(29.302m), estimate.Range.Low);
        Assert.Equal(Money.Usd(69.86m), estimate.Range.Expected);
        Assert.Equal(Money.Usd(107.82m), estimate.Range.High);
        Assert.Contains("Tubefilter", estimate.Breakdown.Single(l => l.Label == "Creator share").Source, StringComparison.Ordinal);
    }

    [Fact]
    public void NonLiveCreator_NeedsTenThousandFollowersAndAHundredThousandViews()
    {
        var estimate = Model().Estimate(Creator(followers: 7_700, views: 99_999));

        Assert.False(estimate.Eligibility.IsEligible);
        Assert.Equal(MoneyRange.Zero(Currency.Usd), estimate.Range);
        var unmet = estimate.Eligibility.UnmetRules.ToDictionary(r => r.Id);
        Assert.StartsWith("needs 2,300 more followers", unmet["min-followers"].Reason, StringComparison.Ordinal);
        Assert.StartsWith("needs 1 more view", unmet["min-views-30d"].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void LiveCreator_IsEligibleFromOneThousandFollowers_WithoutAViewsMinimum()
    {
        var estimate = Model().Estimate(Creator(followers: 1_000, views: 0, liveSessions: 4));

        Assert.True(estimate.Eligibility.IsEligible);
        Assert.Equal("min-followers-live", estimate.Eligibility.Rules[1].Id);
    }

    [Theory]
    [InlineData("US", 17, false)]
    [InlineData("KR", 18, false)]
    [InlineData("KR", 19, true)]
    [InlineData("CA", 30, false)]
    public void AgeAndRegion_FollowTheProgramRules(string region, int age, bool eligible) =>
        Assert.Equal(eligible, Model().Estimate(Creator(region: region, age: age)).Eligibility.IsEligible);

    [Fact]
    public void NoSubscriptionFacts_PayNothing()
    {
        var snapshot = Creator() with { Subscriptions = null };

        Assert.Equal(MoneyRange.Zero(Currency.Usd), Model().Estimate(snapshot).Range);
    }

    [Fact]
    public void AddSubscriptions_Twice_RegistersOnce_AndInvalidOptionsFailAtStart()
    {
        var services = new ServiceCollection();
        services.AddTikTokMonetization().AddSubscriptions().AddSubscriptions(o =>
        {
            o.CreatorShare = new(0.9m, 0.7m, 1.2m);
            o.LiveMinimumFollowers = 20_000;
            o.AvailableRegions = ["U"];
        });
        using var provider = services.BuildServiceProvider();

        Assert.Single(provider.GetServices<IRevenueModel>());
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(ex.Failures, f => f.Contains("TikTokMonetization:Subscriptions:CreatorShare is Low 0.9, Expected 0.7, High 1.2", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("TikTokMonetization:Subscriptions:CreatorShare:High is 1.2; it must be at most 1", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("LiveMinimumFollowers is 20000", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("AvailableRegions:0 is 'U'", StringComparison.Ordinal));
    }
}
