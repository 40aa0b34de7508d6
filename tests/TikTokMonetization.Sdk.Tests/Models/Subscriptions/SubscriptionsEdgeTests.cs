using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.Subscriptions;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// The subscriptions model beyond its headline numbers: the breakdown's words and arithmetic line by line (months in a
/// period that is not 30 days, an observed price, no subscription facts, the line an ineligible creator gets), the LIVE
/// path's own follower bar, the rules' texts, the option checks and the registration from configuration.
/// </summary>
public sealed class SubscriptionsEdgeTests
{
    private const string SubscribersSource = "[snapshot (Subscriptions.Subscribers) × months in the period (PeriodDays / 30)]";
    private const string PriceSource = "[default: US$2.99 (LIVE Subscription starting price, Mashable re-post, Sep 2024) to US$5.99 (\"some creators charge\"), expected US$4.99 (Twitch-comparable price creators cited at the May 2022 launch)]";
    private const string FeesSource = "[default: 0% to 30% deducted before the split; TikTok's \"after fees\" is not specified (0% for web purchases, up to 30% for app-store purchases)]";
    private const string ShareSource = "[default: 70% base creator share after fees, up to 90% with bonuses (Tubefilter, 29 Oct 2025)]";

    private static IRevenueModel Model(Action<SubscriptionsOptions>? configure = null) => SubscriptionsModelTests.Model(configure);

    private static CreatorSnapshot Creator(long followers = 20_000, long views = 300_000, int liveSessions = 0, long? subscribers = 100, Money? price = null, string region = "US", int periodDays = 30) => new()
    {
        PeriodDays = periodDays,
        Profile = new CreatorProfile { Followers = followers, Age = 25, Region = region },
        Videos = new ShortVideoStats { VideosPosted = 10, Views = views },
        Live = new LiveStats { Sessions = liveSessions, Hours = liveSessions, AverageConcurrentViewers = 10 },
        Subscriptions = subscribers is { } count ? new SubscriptionInputs { Subscribers = count, MonthlyPrice = price } : null,
    };

    private static string[] Lines(RevenueEstimate estimate) => estimate.Breakdown.Select(l => l.ToString()).ToArray();

    [Fact]
    public void Breakdown_OverSixtyDays_CountsTwoMonthsPerSubscriber_AndEachLineIsItsArithmetic()
    {
        var estimate = Model().Estimate(Creator(periodDays: 60));

        Assert.Equal(
            [
                "Subscriber-months: 100 subscribers × 2 months in the period = 200 subscriber-months " + SubscribersSource,
                "Subscription revenue: 200 subscriber-months × 2.99..5.99 (expected 4.99) USD per month = 598.00..1198.00 (expected 998.00) USD " + PriceSource,
                "After fees: 598.00..1198.00 (expected 998.00) USD × 0.70..1 (expected 1) share left after fees = 418.6000..1198.00 (expected 998.00) USD " + FeesSource,
                "Creator share: 418.6000..1198.00 (expected 998.00) USD × 0.70..0.90 (expected 0.70) creator share = 293.020000..1078.2000 (expected 698.6000) USD " + ShareSource,
            ],
            Lines(estimate));
        Assert.Equal(new MoneyRange(new ValueRange(293.02m, 698.60m, 1078.20m), Currency.Usd), estimate.Range);
    }

    [Fact]
    public void Breakdown_WithAnObservedPrice_NamesItAsObserved_InItsCurrency()
    {
        var estimate = Model().Estimate(Creator(subscribers: 40, price: new Money(3.99m, Currency.Eur), periodDays: 45));

        Assert.Equal(
            [
                "Subscriber-months: 40 subscribers × 1.5 months in the period = 60.0 subscriber-months " + SubscribersSource,
                "Subscription revenue: 60.0 subscriber-months × 3.99 EUR per month = 239.400 EUR [observed (snapshot Subscriptions.MonthlyPrice)]",
                "After fees: 239.400 EUR × 0.70..1 (expected 1) share left after fees = 167.58000..239.400 (expected 239.400) EUR " + FeesSource,
                "Creator share: 167.58000..239.400 (expected 239.400) EUR × 0.70..0.90 (expected 0.70) creator share = 117.3060000..215.46000 (expected 167.58000) EUR " + ShareSource,
            ],
            Lines(estimate));
    }

    [Fact]
    public void Breakdown_WithoutSubscriptionFacts_CountsNoSubscribers()
    {
        var lines = Lines(Model().Estimate(Creator(subscribers: null)));

        Assert.Equal("Subscriber-months: 0 subscribers × 1 months in the period = 0 subscriber-months " + SubscribersSource, lines[0]);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public void Breakdown_OfAnIneligibleCreator_EndsWithTheLineThatPaysNothing_AndOnlyThen()
    {
        var ineligible = Lines(Model().Estimate(Creator(region: "CA")));
        var eligible = Lines(Model().Estimate(Creator()));

        Assert.Equal("Not eligible: 146.510000..539.1000 (expected 349.3000) USD × 0 paid = 0 USD [not eligible: the stream pays 0 (see eligibility)]", ineligible[^1]);
        Assert.Equal(5, ineligible.Length);
        Assert.Equal(4, eligible.Length);
        Assert.DoesNotContain(eligible, l => l.StartsWith("Not eligible", StringComparison.Ordinal));
    }

    [Fact]
    public void LiveCreator_BelowTheLiveFollowerBar_IsIneligible_AndTheRulesSayWhy()
    {
        var model = Model();
        var snapshot = Creator(followers: 999, views: 0, liveSessions: 3);

        var estimate = model.Estimate(snapshot);

        Assert.False(estimate.IsEligible);
        Assert.False(((IEligibilityRevenueModel)model).IsEligible(snapshot));
        Assert.Equal(Money.Zero(Currency.Usd), ((IExpectedRevenueModel)model).EstimateExpected(snapshot));
        Assert.Equal(
            [
                "min-age | at least 18 years of age | True | meets 'at least 18 years of age' (has 25)",
                "min-followers-live | at least 1,000 followers | False | needs 1 more follower (has 999; requires at least 1,000 followers)",
                "min-views-30d | no views minimum on the LIVE path (LIVE eligibility) | True | meets 'no views minimum on the LIVE path (LIVE eligibility)' (has goes LIVE)",
                "available-region | a region where Subscription is available: BR, DE, ES, FR, GB, ID, IT, JP, KR, US | True | meets 'a region where Subscription is available: BR, DE, ES, FR, GB, ID, IT, JP, KR, US' (has US)",
                "good-standing | an account in good standing | True | meets 'an account in good standing' (has in good standing)",
            ],
            estimate.Eligibility.Rules.Select(r => $"{r.Id} | {r.Description} | {r.IsMet} | {r.Reason}"));
        Assert.Equal("Subscribers pay a monthly price; likes earn nothing here and matter only through the reach that brings new subscribers.", estimate.Likes.Explanation);
    }

    [Fact]
    public void EveryEntryPoint_RefusesANullSnapshot_NamingIt()
    {
        var model = Model();

        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => model.Estimate(null!)).ParamName);
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => ((IExpectedRevenueModel)model).EstimateExpected(null!)).ParamName);
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => ((IEligibilityRevenueModel)model).IsEligible(null!)).ParamName);
    }

    [Fact]
    public void Options_FeesAboveOneAndAnUnknownRegion_AreRefused_AndALiveBarEqualToTheOtherIsAllowed()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Model(o =>
        {
            o.FeesBeforeSplit = new(0m, 0.1m, 1.2m);
            o.AvailableRegions = ["US", "U"];
        }));
        Assert.Contains(ex.Failures, f => f.Contains("TikTokMonetization:Subscriptions:FeesBeforeSplit:High is 1.2; it must be at most 1", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.StartsWith("TikTokMonetization:Subscriptions:AvailableRegions:1 is 'U'; it must be ", StringComparison.Ordinal));

        var model = Model(o => o.LiveMinimumFollowers = o.MinimumFollowers);
        Assert.True(model.Estimate(Creator(followers: 10_000, liveSessions: 2)).IsEligible);
    }

    [Fact]
    public void Breakdown_WithFeesAtEveryPoint_ShowsTheShareLeft_AsOneMinusEachFee_InRangeOrder()
    {
        // Low income goes with high fees: the share left runs 1 - high .. 1 - low, expected 1 - expected.
        var estimate = Model(o => o.FeesBeforeSplit = new(0.05m, 0.10m, 0.30m)).Estimate(Creator());
        var afterFees = Lines(estimate)[2];

        Assert.StartsWith(
            "After fees: 299.00..599.00 (expected 499.00) USD × 0.70..0.95 (expected 0.90) share left after fees = 209.3000..569.0500 (expected 449.1000) USD ",
            afterFees,
            StringComparison.Ordinal);
        Assert.Equal(new MoneyRange(new ValueRange(146.51m, 314.37m, 512.145m), Currency.Usd), estimate.Range);
    }

    [Fact]
    public void Options_AnAgeOutOfRangeAndAnUnknownRegion_InTheAgeTable_AreRefused_NamingTheKey()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Model(o => o.MinimumAgeByRegion = new() { ["KR"] = 131, ["XYZ"] = 18 }));

        Assert.Contains("TikTokMonetization:Subscriptions:MinimumAgeByRegion:KR is 131; it must be between 0 and 130.", ex.Failures);
        Assert.Contains(ex.Failures, f => f.StartsWith("TikTokMonetization:Subscriptions:MinimumAgeByRegion:XYZ is not a region code; a key must be ", StringComparison.Ordinal));
    }

    [Fact]
    public void AddSubscriptions_FromConfiguration_BindsTheSection()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["TikTokMonetization:Subscriptions:MinimumFollowers"] = "5000" })
            .Build();
        var services = new ServiceCollection();
        services.AddTikTokMonetization().AddSubscriptions(configuration.GetSection("TikTokMonetization:Subscriptions"));
        using var provider = services.BuildServiceProvider();

        Assert.True(provider.Model("subscriptions").Estimate(Creator(followers: 6_000)).IsEligible);
    }

    [Fact]
    public void AddSubscriptions_RefusesNullArguments_NamingThem()
    {
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => SubscriptionsBuilderExtensions.AddSubscriptions(null!)).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => SubscriptionsBuilderExtensions.AddSubscriptions(null!, new ConfigurationBuilder().Build())).ParamName);
        var builder = new ServiceCollection().AddTikTokMonetization();
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() => builder.AddSubscriptions((IConfiguration)null!)).ParamName);
    }
}
