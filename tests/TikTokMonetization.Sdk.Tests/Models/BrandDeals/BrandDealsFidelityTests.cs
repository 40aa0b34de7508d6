using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.BrandDeals;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;
using TikTokMonetization.Serialization;

namespace TikTokMonetization.Tests;

/// <summary>The engagement rate as an input, engagement bands, a niche premium table and add-ons as separate options (issue 16).</summary>
public sealed class BrandDealsFidelityTests
{
    private static RangeOptions Exactly(decimal value) => new(value, value, value);

    private static decimal Fast(IRevenueModel model, CreatorSnapshot snapshot) => ((IExpectedRevenueModel)model).EstimateExpected(snapshot).Amount;

    /// <summary>Bands at callculator.cc's edges (below 1% low, 1-3% average, 3-6% good, 6%+ above); the multipliers are the test's own.</summary>
    internal static List<BrandDealEngagementBandOptions> Bands() =>
    [
        new(0m, 0.8m),
        new(0.01m, 1.0m),
        new(0.03m, 1.3m),
        new(0.06m, 1.6m),
    ];

    [Fact]
    public void WorkedExample_Limecalculator_EngagementWeightedCost_IsTheRateTimesFollowersTimesCpmPerThousand()
    {
        // limecalculator.com (domain facts §4.4): cost = ER × followers × CPM / 1000. 4% of 100,000 followers = 4,000
        // engagements per post; a US$20 CPM is US$0.02 per engagement: 4,000 × 0.02 = US$80 a post, one post a month.
        var model = BrandDealsTestServices.Model(o =>
        {
            o.Methods = BrandDealPricingMethods.PerEngagement;
            o.CostPerEngagement = Exactly(0.02m);
        });
        var creator = BrandDealsTestServices.Creator(followers: 100_000, deals: new BrandDealInputs { EngagementRateByFollowers = 0.04 });

        var estimate = model.Estimate(creator);

        Assert.Equal(ValueRange.Exactly(80m), estimate.Amounts());
        Assert.Equal(80m, Fast(model, creator));
        var line = estimate.Line("Interactions per video from the engagement rate by followers");
        Assert.Equal((0.04m, 100_000m, 4_000m), (line.Quantity.Expected, line.Rate.Expected, line.Amount.Expected));
        Assert.Contains("from the snapshot's engagement rate", estimate.Line("Method: per expected engagement").QuantityUnit, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkedExample_CalculateCreator_AViewsBasedRate_IsTakenOnViewsPerVideo()
    {
        // calculatecreator.com states engagement by views (2023: 3.1% for 20K-100K followers). Median 50,000 views per
        // video × 3.1% = 1,550 engagements × US$0.125 = US$193.75 a post.
        var model = BrandDealsTestServices.Model(o =>
        {
            o.Methods = BrandDealPricingMethods.PerEngagement;
            o.CostPerEngagement = Exactly(0.125m);
        });
        var creator = BrandDealsTestServices.Creator(deals: new BrandDealInputs { EngagementRateByViews = 0.031, MedianViewsPerVideo = 50_000 });

        var estimate = model.Estimate(creator);

        Assert.Equal(193.75m, estimate.Range.Expected.Amount);
        var line = estimate.Line("Interactions per video from the engagement rate by views");
        Assert.Equal((0.031m, 50_000m, 1_550m, "views per video (median)"), (line.Quantity.Expected, line.Rate.Expected, line.Amount.Expected, line.RateUnit));
    }

    [Fact]
    public void WorkedExample_EngagementBands_ScaleThePerThousandFollowersAndTierMethods()
    {
        // 40,000 followers at a stated 4.5% (callculator.cc's "good" band, 3-6%): multiplier 1.3 here.
        // Per 1,000 followers: 40 × 1.3 × US$10 = 520. Micro tier (sponsorrate: 75 / 212.5 / 350) × 1.3 = 97.5 / 276.25 / 455.
        var model = BrandDealsTestServices.Model(o =>
        {
            o.Methods = BrandDealPricingMethods.PerThousandFollowers | BrandDealPricingMethods.FollowerTiers;
            o.RatePerThousandFollowers = Exactly(10m);
            o.EngagementBands = Bands();
        });
        var creator = BrandDealsTestServices.Creator(deals: new BrandDealInputs { EngagementRateByFollowers = 0.045 });

        var estimate = model.Estimate(creator);

        Assert.Equal(1.3m, estimate.Line("Engagement band multiplier").Amount.Expected);
        Assert.Equal(ValueRange.Exactly(520m), estimate.Line("Method: per 1,000 followers").Amount);
        var tier = estimate.Line("Method: follower tier 'Micro'");
        Assert.Equal((1.3m, new ValueRange(97.5m, 276.25m, 455m)), (tier.Quantity.Expected, tier.Amount));
        Assert.Equal(new ValueRange(97.5m, (520m + 276.25m) / 2m, 520m), estimate.Amounts());
        Assert.Equal(estimate.Range.Expected.Amount, Fast(model, creator));
    }

    [Fact]
    public void WithoutBands_TheTierMethodHasNoMultiplier_AndTheContinuousOneApplies()
    {
        var estimate = BrandDealsTestServices.Model().Estimate(BrandDealsTestServices.Creator());

        Assert.Equal(1m, estimate.Line("Method: follower tier 'Micro'").Quantity.Expected);
        Assert.DoesNotContain(estimate.Breakdown, l => l.Label == "Engagement band multiplier");
    }

    [Fact]
    public void WorkedExample_NichePremium_RaisesTheMethodsPrice_NotAnObservedOne()
    {
        // A 50% premium for a 'finance' niche (iidb.com prices finance highest of its niches, domain facts §4.4):
        // 1,000 interactions per video × US$0.10 = 100 × 1.5 = US$150.
        var model = BrandDealsTestServices.Model(o =>
        {
            o.Methods = BrandDealPricingMethods.PerEngagement;
            o.CostPerEngagement = Exactly(0.10m);
            o.NichePremiums["finance"] = 0.5m;
        });
        var creator = BrandDealsTestServices.Creator() with { Profile = BrandDealsTestServices.Creator().Profile with { Niche = "Finance" } };

        var estimate = model.Estimate(creator);
        var observed = model.Estimate(creator with { BrandDeals = new BrandDealInputs { ObservedPricePerPost = Money.Usd(300m) } });

        Assert.Equal(150m, estimate.Range.Expected.Amount);
        Assert.Equal(150m, Fast(model, creator));
        Assert.Equal((100m, 1.5m, 150m), (estimate.Line("Niche premium 'Finance'").Quantity.Expected, estimate.Line("Niche premium 'Finance'").Rate.Expected, estimate.Line("Niche premium 'Finance'").Amount.Expected));
        Assert.Equal(ValueRange.Exactly(300m), observed.Amounts());
    }

    [Fact]
    public void WorkedExample_Stackmatix_PaidUsageAndExclusivity_AreSeparateAddOns_EachWithItsRange()
    {
        // stackmatix.com (2026): paid-usage rights +50-200%, category exclusivity +20-50%, each a premium on the fee.
        // A US$1,000 post: 1,000 × (1 + 0.5 + 0.2) = 1,700; × (1 + 1 + 0.35) = 2,350; × (1 + 2 + 0.5) = 3,500.
        var model = BrandDealsTestServices.Model(o =>
        {
            o.UsageRightsPremium = new RangeOptions(0.5m, 1m, 2m);
            o.ExclusivityPremium = new RangeOptions(0.2m, 0.35m, 0.5m);
        });
        var creator = BrandDealsTestServices.Creator(deals: new BrandDealInputs { ObservedPricePerPost = Money.Usd(1_000m), SponsoredPostsPerPeriod = 1 });

        var estimate = model.Estimate(creator);

        Assert.Equal(new ValueRange(1_700m, 2_350m, 3_500m), estimate.Amounts());
        Assert.Equal(2_350m, Fast(model, creator));
        Assert.Equal(new ValueRange(500m, 1_000m, 2_000m), estimate.Line("Add-on: paid usage rights").Amount);
        Assert.Equal(new ValueRange(200m, 350m, 500m), estimate.Line("Add-on: exclusivity").Amount);
        Assert.DoesNotContain(estimate.Breakdown, l => l.Label is "Usage rights" or "Add-on: whitelisting");
        Assert.Equal(new ValueRange(1_700m, 2_350m, 3_500m), estimate.Line("Price per post with add-ons").Amount);
    }

    [Fact]
    public void Options_BandsAndPremiums_NameEveryProblem()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization().AddBrandDeals(o =>
        {
            o.EngagementBands = [new(0.01m, 1.2m), new(0.03m, 1.1m), new(0.03m, 1.5m), new(-1m, 200m)];
            o.NichePremiums["finance"] = -0.5m;
            o.UsageRightsPremium = new RangeOptions(1m, 2m, 3m);
            o.ExclusivityPremium = new RangeOptions(0.5m, 1m, 1.5m);
        }));

        var failures = TestServices.StartupFailures(provider);

        const string P = "TikTokMonetization:BrandDeals";
        Assert.Contains(failures, f => f.Contains(P + ":EngagementBands:1 starts at a higher rate than band 0 but has a lower multiplier (1.1 < 1.2)", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(P + ":EngagementBands:2:MinimumEngagementRate is 0.03, the same as band 1", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(P + ":EngagementBands:3:MinimumEngagementRate is -1; it must be from 0 to 100", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(P + ":EngagementBands:3:Multiplier is 200; it must be from 0 to 100", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(P + ":EngagementBands has no band with MinimumEngagementRate 0", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(P + ":NichePremiums:finance is -0.5; it must be from 0 to 4", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(P + ": the premiums add up to 4.5", StringComparison.Ordinal));
    }

    [Fact]
    public void Snapshot_OneEngagementRate_InItsRange()
    {
        var both = BrandDealsTestServices.Creator(deals: new BrandDealInputs { EngagementRateByFollowers = 0.05, EngagementRateByViews = 0.03 }).Validate();
        var beyond = BrandDealsTestServices.Creator(deals: new BrandDealInputs { EngagementRateByFollowers = 101 }).Validate();
        var byViews = BrandDealsTestServices.Creator(deals: new BrandDealInputs { EngagementRateByViews = 1.5 }).Validate();

        Assert.Equal("BrandDeals.EngagementRateByViews", Assert.Single(both).Path);
        Assert.Contains("one engagement rate", both[0].Allowed, StringComparison.Ordinal);
        Assert.Equal(("BrandDeals.EngagementRateByFollowers", "a finite number from 0 to 100"), (Assert.Single(beyond).Path, beyond[0].Allowed));
        Assert.Equal(("BrandDeals.EngagementRateByViews", "1.5"), (Assert.Single(byViews).Path, byViews[0].Value));
    }

    [Fact]
    public void CreatorJson_ReadsTheEngagementRates()
    {
        var snapshot = CreatorSnapshotJson.Deserialize("""{ "brandDeals": { "engagementRateByViews": 0.031 } }""");

        Assert.Equal(0.031, snapshot.BrandDeals!.EngagementRateByViews);
        Assert.Equal(snapshot, CreatorSnapshotJson.Deserialize(CreatorSnapshotJson.Serialize(snapshot)));
    }
}
