using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.BrandDeals;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;
using static TikTokMonetization.Tests.BrandDealsTestServices;

namespace TikTokMonetization.Tests;

/// <summary>
/// The brand-deals model beyond its headline numbers: every option check's exact message and its bounds, the median of
/// three and four methods in any order, the add-ons and niche premiums at their edges, the rules' texts, and the
/// breakdown's words line by line on the paths the sample creators do not reach (one method alone, an observed price
/// with and without conversion, a stated engagement rate, bands, a creator below the smallest tier).
/// </summary>
public sealed class BrandDealsEdgeTests
{
    private const string P = "TikTokMonetization:BrandDeals";
    private const string EngagementRateSource = "[snapshot (Videos counts ÷ VideosPosted ÷ Profile.Followers; RevenueEngineOptions.EngagementInteractions)]";
    private const string ImpulzeEngagementSource = "[impulze.ai price estimator (viewed 2026): engagement rate against a 2.5% reference, clamped to 0.6-2.2; ER = interactions per video ÷ followers]";
    private const string PerFollowerSource = "[default from impulze.ai price estimator (viewed 2026): TikTok US$10 per 1,000 followers, ±15% range, × clamp(ER / 2.5%, 0.6, 2.2)]";
    private const string CpmSource = "[default from kolens.ai (2026): a good TikTok influencer CPM is US$10-20 per 1,000 views, median about US$15]";
    private const string CpeSource = "[default from brandsforcreators.com CPE calculator (viewed 2026): TikTok US$0.05-0.20 per engagement; expected is the midpoint (SDK choice)]";
    private const string TierSource = "[default tier table from sponsorrate-com.pages.dev, \"TikTok Influencer Rates in 2026\" (video rates); expected is the midpoint, Mega uses the quoted floor]";
    private const string ContentTypeSource = "[default multipliers from impulze.ai price estimator (viewed 2026): TikTok Video 1.0, Long-form 1.3, Spark Ad 1.55, Campaign 2.4]";
    private const string ObservedSource = "observed (snapshot BrandDeals.ObservedPricePerPost)";
    private const string EcbRates = "European Central Bank euro foreign exchange reference rates of 2 June 2025";
    private const string PremiumsTail = "; together they must be at most 4, a post at most five times its price (docs/input-limits.md).";

    private static string[] Lines(RevenueEstimate estimate) => estimate.Breakdown.Select(l => l.ToString()).ToArray();

    private static decimal Fast(IRevenueModel model, CreatorSnapshot snapshot) => ((IExpectedRevenueModel)model).EstimateExpected(snapshot).Amount;

    private static CreatorSnapshot WithNiche(string niche) => Creator() with { Profile = Creator().Profile with { Niche = niche } };

    /// <summary>The four lines that follow the methods for a Video deal without usage rights and the default one post per 30 days.</summary>
    private static string[] Tail(string perPost) =>
    [
        $"Price per post (methods combined): 1 sponsored post × {perPost} USD per post = {perPost} USD per post [SDK: low = lowest method low, expected = median of the methods' expected prices, high = highest method high]",
        .. AfterPerPost(perPost),
    ];

    private static string[] AfterPerPost(string perPost) =>
    [
        $"Content type 'Video': {perPost} USD per post × 1 × content-type multiplier = {perPost} USD per post {ContentTypeSource}",
        $"Usage rights: {perPost} USD per post × 1 × (1 + usage-rights premium) = {perPost} USD per post [default: no usage rights sold (premium 0)]",
        $"Sponsored posts in the period: 1 sponsored post (1 per 30 days × 30 days) × {perPost} USD per post = {perPost} USD [SDK assumption: 1 sponsored post per 30 days, prorated to the period]",
    ];

    private static List<string> Failures(Action<BrandDealsOptions> configure)
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization().AddBrandDeals(configure));
        return TestServices.StartupFailures(provider);
    }

    private static BrandDealTierOptions Tier(long minimumFollowers, decimal low, decimal expected, decimal high) => new(minimumFollowers, new RangeOptions(low, expected, high));

    [Fact]
    public void Options_NullRangesAndTables_AreRefused_NamingEachOption()
    {
        var failures = Failures(o =>
        {
            o.RatePerThousandFollowers = null!;
            o.CpmPerThousandViews = null!;
            o.CostPerEngagement = null!;
            o.UsageRightsPremium = null!;
            o.ExclusivityPremium = null!;
            o.WhitelistingPremium = null!;
            o.NichePremiums = null!;
            o.EngagementBands = null!;
            o.FollowerTiers = null!;
            o.ContentTypeMultipliers = null!;
        });

        Assert.Equal(
            [
                P + ":RatePerThousandFollowers is null; it must be a range with Low, Expected and High.",
                P + ":CpmPerThousandViews is null; it must be a range with Low, Expected and High.",
                P + ":CostPerEngagement is null; it must be a range with Low, Expected and High.",
                P + ":UsageRightsPremium is null; it must be a range with Low, Expected and High.",
                P + ":ExclusivityPremium is null; it must be a range with Low, Expected and High.",
                P + ":WhitelistingPremium is null; it must be a range with Low, Expected and High.",
                P + ":NichePremiums is null; it must be a table of niche to premium (empty for none).",
                P + ":EngagementBands is null; it must be a list of bands (empty for the continuous multiplier).",
                P + ":FollowerTiers is null; it must be a table of tiers (it may be empty when Methods leaves out FollowerTiers).",
                P + ":ContentTypeMultipliers is null; it must be a table of content types and multipliers.",
            ],
            failures);
    }

    [Fact]
    public void Options_ExclusivityAboveFour_AndWhitelistingOutOfOrder_AreRefused_NamingEach()
    {
        var failures = Failures(o =>
        {
            o.ExclusivityPremium = new RangeOptions(0m, 0m, 4.5m);
            o.WhitelistingPremium = new RangeOptions(0.3m, 0.2m, 0.25m);
        });

        Assert.Equal(
            [
                P + ":ExclusivityPremium:High is 4.5; it must be at most 4.",
                P + ":WhitelistingPremium is Low 0.3, Expected 0.2, High 0.25; it must satisfy Low <= Expected <= High.",
                P + ": the premiums add up to 4.75 (UsageRightsPremium:High 0 + ExclusivityPremium:High 4.5 + WhitelistingPremium:High 0.25 + the largest NichePremiums entry 0)" + PremiumsTail,
            ],
            failures);
    }

    [Fact]
    public void Options_PremiumsAddingUpToExactlyFour_AreAllowed_AndAHundredthMoreIsRefused()
    {
        static void Premiums(BrandDealsOptions o, decimal niche)
        {
            o.UsageRightsPremium = new RangeOptions(0m, 0.5m, 1m);
            o.ExclusivityPremium = new RangeOptions(0m, 0.5m, 1m);
            o.WhitelistingPremium = new RangeOptions(0m, 0.5m, 1.5m);
            o.NichePremiums["finance"] = niche;
        }

        Model(o => Premiums(o, 0.5m));
        var failures = Failures(o => Premiums(o, 0.51m));

        Assert.Equal(
            [P + ": the premiums add up to 4.01 (UsageRightsPremium:High 1 + ExclusivityPremium:High 1 + WhitelistingPremium:High 1.5 + the largest NichePremiums entry 0.51)" + PremiumsTail],
            failures);
    }

    [Fact]
    public void Options_NichePremiumsOfZeroAndOfFour_AreAllowed_AndFourPricesAPostAtFiveTimes()
    {
        var model = Model(o =>
        {
            o.Methods = BrandDealPricingMethods.PerEngagement;
            o.NichePremiums["general"] = 0m;
            o.NichePremiums["celebrity"] = 4m;
        });

        // 1,000 interactions per video × US$0.05 / 0.125 / 0.20 = 50 / 125 / 200, × (1 + 4) for the celebrity niche.
        Assert.Equal(new ValueRange(250m, 625m, 1_000m), model.Estimate(WithNiche("celebrity")).Amounts());
        Assert.Equal(new ValueRange(50m, 125m, 200m), model.Estimate(WithNiche("general")).Amounts());
    }

    [Fact]
    public void Options_ANicheTableWithABlankKey_IsRefused()
    {
        var failures = Failures(o => o.NichePremiums[" "] = 0.1m);

        Assert.Equal([P + ":NichePremiums has an empty key; keys are niche names such as 'finance'."], failures);
    }

    [Fact]
    public void Options_ANullEngagementBand_IsRefused_NamingItsIndex_AndTheOtherBandsAreStillChecked()
    {
        var failures = Failures(o => o.EngagementBands = [new(0m, 1m), null!, new(0.05m, 2m)]);

        Assert.Equal([P + ":EngagementBands:1 is null; it must have a MinimumEngagementRate and a Multiplier."], failures);
    }

    [Fact]
    public void Options_EngagementBandsAtTheirBounds_AreAllowed_StartAndMultiplierFromZeroToOneHundred_EqualMultipliersRising()
    {
        var model = Model(o =>
        {
            o.Methods = BrandDealPricingMethods.PerThousandFollowers;
            o.EngagementBands = [new(0m, 0m), new(0.01m, 1m), new(0.03m, 1m), new(100m, 100m)];
        });

        // ER 2.5% reaches the band from 1%: 40 thousand followers × 1 × US$8.5 / 10 / 11.5.
        Assert.Equal(new ValueRange(340m, 400m, 460m), model.Estimate(Creator()).Amounts());
        Assert.Equal(ValueRange.Exactly(0m), model.Estimate(Creator(likes: 0, comments: 0, shares: 0)).Amounts());
    }

    [Fact]
    public void Options_TwoEngagementBandsAtZero_AreRefusedOnce_AsDuplicateStarts()
    {
        var failures = Failures(o => o.EngagementBands = [new(0m, 1m), new(0m, 1m)]);

        Assert.Equal([P + ":EngagementBands:1:MinimumEngagementRate is 0, the same as band 0; each band must start at its own rate."], failures);
    }

    [Fact]
    public void Options_AHigherBandListedFirst_WithTheSmallerMultiplier_IsNamedAsTheHigherBand()
    {
        var failures = Failures(o => o.EngagementBands = [new(0m, 1m), new(0.05m, 2m), new(0.03m, 3m)]);

        Assert.Equal([P + ":EngagementBands:1 starts at a higher rate than band 2 but has a lower multiplier (2 < 3); a higher band must never lower the price."], failures);
    }

    [Fact]
    public void Options_TiersWithANullEntry_ANegativeStart_ANegativeLowOrANullPrice_AreRefused_NamingTheTier()
    {
        var failures = Failures(o => o.FollowerTiers = new()
        {
            ["Nano"] = null!,
            ["Micro"] = Tier(-1, -5m, 0m, 10m),
            ["Mid"] = new BrandDealTierOptions(50_000, null!),
        });

        Assert.Equal(
            [
                P + ":FollowerTiers:Nano is null; it must have MinimumFollowers and Price.",
                P + ":FollowerTiers:Micro:MinimumFollowers is -1; it must be zero or greater.",
                P + ":FollowerTiers:Micro:Price:Low is -5; it must be zero or greater.",
                P + ":FollowerTiers:Mid:Price is null; it must be a range with Low, Expected and High.",
            ],
            failures);
    }

    [Fact]
    public void Options_TiersAtTheSameFollowerCount_AreRefusedOnce_WithoutAlsoComparingTheirPrices()
    {
        var failures = Failures(o => o.FollowerTiers = new() { ["A"] = Tier(1_000, 10m, 20m, 30m), ["B"] = Tier(1_000, 5m, 6m, 7m) });

        Assert.Equal([P + ":FollowerTiers:B:MinimumFollowers is 1000, the same as tier 'A'; tiers must start at distinct follower counts."], failures);
    }

    [Fact]
    public void Options_ATierPricedBelowTheSmallerTier_AtLowOnly_OrAtExpectedOnly_IsRefused()
    {
        var failures = Failures(o => o.FollowerTiers = new()
        {
            ["A"] = Tier(0, 10m, 20m, 30m),
            ["B"] = Tier(100, 5m, 20m, 30m),
            ["C"] = Tier(200, 5m, 15m, 30m),
        });

        Assert.Equal(
            [
                P + ":FollowerTiers:B:Price is Low 5, Expected 20, High 30, below tier 'A' (Low 10, Expected 20, High 30) which starts at fewer followers; each point must be at least the smaller tier's.",
                P + ":FollowerTiers:C:Price is Low 5, Expected 15, High 30, below tier 'B' (Low 5, Expected 20, High 30) which starts at fewer followers; each point must be at least the smaller tier's.",
            ],
            failures);
    }

    [Fact]
    public void Options_ATierThatMatchesTheSmallerTiersLowOrExpected_IsAllowed_AndPricesByTheLargestTierReached()
    {
        var model = Model(o =>
        {
            o.Methods = BrandDealPricingMethods.FollowerTiers;
            o.FollowerTiers = new() { ["T0"] = Tier(0, 10m, 20m, 30m), ["T1"] = Tier(100, 10m, 25m, 40m), ["T2"] = Tier(200, 15m, 25m, 50m) };
        });

        Assert.Equal(new ValueRange(15m, 25m, 50m), model.Estimate(Creator()).Amounts());
    }

    [Fact]
    public void Options_AContentTypeMissingFromTheTable_IsRefused_ListingTheKeys()
    {
        var failures = Failures(o => o.ContentType = "Reel");

        Assert.Equal([P + ":ContentType is 'Reel'; it must be a key of " + P + ":ContentTypeMultipliers: Video, LongForm, SparkAd, Campaign."], failures);
    }

    [Fact]
    public void Median_OfThreeMethods_IsTheMiddleExpectedPrice_WhicheverMethodGivesIt()
    {
        // Expected prices: per 1,000 followers 400, CPM 450, per engagement 125, Micro tier 212.5.
        var withoutTiers = Model(o => o.Methods = BrandDealPricingMethods.PerThousandFollowers | BrandDealPricingMethods.ViewsCpm | BrandDealPricingMethods.PerEngagement);
        var withoutPerFollower = Model(o => o.Methods = BrandDealPricingMethods.ViewsCpm | BrandDealPricingMethods.PerEngagement | BrandDealPricingMethods.FollowerTiers);

        Assert.Equal(new ValueRange(50m, 400m, 600m), withoutTiers.Estimate(Creator()).Amounts());
        Assert.Equal(400m, Fast(withoutTiers, Creator()));
        Assert.Equal(new ValueRange(50m, 212.5m, 600m), withoutPerFollower.Estimate(Creator()).Amounts());
        Assert.Equal(212.5m, Fast(withoutPerFollower, Creator()));
    }

    [Fact]
    public void Median_OfFourMethods_AveragesTheMiddleTwo_WhenTheMethodsComeInDescendingOrder()
    {
        // 2,000 interactions per video: ER 5% → × 2, so per 1,000 followers 680 / 800 / 920; CPM 300 / 450 / 600;
        // per engagement 100 / 250 / 400; Micro 75 / 212.5 / 350. Expected = (250 + 450) / 2 = 350.
        var model = Model();
        var creator = Creator(likes: 19_000);

        Assert.Equal(new ValueRange(75m, 350m, 920m), model.Estimate(creator).Amounts());
        Assert.Equal(350m, Fast(model, creator));
    }

    [Fact]
    public void Whitelisting_AloneIsAnAddOn_WithItsOwnLine_AddedToThePrice()
    {
        var model = Model(o =>
        {
            o.Methods = BrandDealPricingMethods.PerEngagement;
            o.WhitelistingPremium = new RangeOptions(0.1m, 0.2m, 0.3m);
        });

        var estimate = model.Estimate(Creator());

        Assert.Equal(new ValueRange(55m, 150m, 260m), estimate.Amounts());
        Assert.Equal(150m, Fast(model, Creator()));
        Assert.Equal(
            [
                "Add-on: whitelisting: 50.00..200.00 (expected 125.000) USD per post × 0.1..0.3 (expected 0.2) premium (share of the price) = 5.000..60.000 (expected 25.0000) USD per post [configured by the application]",
                "Price per post with add-ons: 50.00..200.00 (expected 125.000) USD per post × 1.1..1.3 (expected 1.2) × (1 + the add-on premiums above) = 55.000..260.000 (expected 150.0000) USD per post [the add-on premiums added to the price after content type, each a share of it (stackmatix.com, 2026, prices each add-on as a premium on the fee)]",
            ],
            Lines(estimate)[3..5]);
    }

    [Fact]
    public void NichePremium_ForANicheNotInTheTable_AddsNoLine_AndLeavesThePrice()
    {
        var estimate = Model(o =>
        {
            o.Methods = BrandDealPricingMethods.PerEngagement;
            o.NichePremiums["finance"] = 0.5m;
        }).Estimate(WithNiche("beauty"));

        Assert.Equal(new ValueRange(50m, 125m, 200m), estimate.Amounts());
        Assert.DoesNotContain(estimate.Breakdown, l => l.Label.StartsWith("Niche premium", StringComparison.Ordinal));
    }

    [Fact]
    public void NichePremium_InATableSetInCodeWithoutACaseInsensitiveComparer_StillMatchesTheNiche()
    {
        var model = Model(o =>
        {
            o.Methods = BrandDealPricingMethods.PerEngagement;
            o.NichePremiums = new Dictionary<string, decimal> { ["finance"] = 0.5m };
        });

        var estimate = model.Estimate(WithNiche("Finance"));

        Assert.Equal(new ValueRange(75m, 187.5m, 300m), estimate.Amounts());
        Assert.Equal(187.5m, Fast(model, WithNiche("Finance")));
        Assert.Equal(
            "Niche premium 'Finance': 50.00..200.00 (expected 125.000) USD per post × 1.5 × (1 + niche premium) = 75.000..300.000 (expected 187.5000) USD per post [configured NichePremiums entry for Profile.Niche]",
            Lines(estimate)[2]);
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
    public void Likes_LeftOutOfTheEngagementDefinition_AreNeverPaidPerLike_AndTheExplanationSaysTheyCountOnlyThroughReach()
    {
        var likes = Model(engine: e => e.EngagementInteractions = EngagementInteractions.Comments | EngagementInteractions.Shares).Estimate(Creator()).Likes;

        Assert.False(likes.PaysPerLike);
        Assert.Equal(
            "Brands pay per sponsored post, never per like; the configured engagement definition (RevenueEngineOptions.EngagementInteractions) leaves likes out of the engagement rate, so likes reach the price only through reach (more views raise the CPM price).",
            likes.Explanation);
    }

    [Fact]
    public void MinimumAgeZero_TheRuleSaysThereIsNoMinimum_AndShowsTheAgeOrThatItIsNotGiven()
    {
        var model = Model(o => o.MinimumAge = 0);

        var withAge = model.Estimate(Creator(age: 15)).Eligibility.Rules[0];
        var withoutAge = model.Estimate(Creator(age: null)).Eligibility.Rules[0];

        Assert.Equal(
            ("min-age", "no minimum age (BrandDeals:MinimumAge is 0)", true, "meets 'no minimum age (BrandDeals:MinimumAge is 0)' (has 15 years)"),
            (withAge.Id, withAge.Description, withAge.IsMet, withAge.Reason));
        Assert.Equal("meets 'no minimum age (BrandDeals:MinimumAge is 0)' (has age not given)", withoutAge.Reason);
    }

    [Fact]
    public void Rules_OfACreatorShortOfVideos_NameEachRule_WithItsThresholdAndTheShortfall()
    {
        var estimate = Model(o => o.MinimumVideosPosted = 3).Estimate(Creator(videos: 1));

        Assert.Equal(
            [
                "min-age | at least 18 years of age | True | meets 'at least 18 years of age' (has 25)",
                "min-followers | at least 1,000 followers | True | meets 'at least 1,000 followers' (has 40,000)",
                "min-videos | at least 3 videos posted in the period | False | needs 2 more videos posted in the period (has 1; requires at least 3 videos posted in the period)",
                "good-standing | an account in good standing | True | meets 'an account in good standing' (has in good standing)",
            ],
            estimate.Eligibility.Rules.Select(r => $"{r.Id} | {r.Description} | {r.IsMet} | {r.Reason}"));
    }

    [Fact]
    public void ContentType_ADefaultTypeCitesImpulze_AndATypeTheApplicationAddsIsConfigured()
    {
        var longForm = Model(o => o.ContentType = "LongForm").Estimate(Creator());
        var reel = Model(o =>
        {
            o.ContentTypeMultipliers["Reel"] = 1m;
            o.ContentType = "Reel";
        }).Estimate(Creator());

        Assert.Equal(
            "Content type 'LongForm': 50.00..600 (expected 306.25) USD per post × 1.3 × content-type multiplier = 65.000..780.0 (expected 398.125) USD per post " + ContentTypeSource,
            longForm.Line("Content type 'LongForm'").ToString());
        Assert.Equal(
            "Content type 'Reel': 50.00..600 (expected 306.25) USD per post × 1 × content-type multiplier = 50.00..600 (expected 306.25) USD per post [configured by the application]",
            reel.Line("Content type 'Reel'").ToString());
    }

    [Fact]
    public void Breakdown_PerThousandFollowersAlone_ReadsAsItsArithmetic_LineByLine()
    {
        var estimate = Model(o => o.Methods = BrandDealPricingMethods.PerThousandFollowers).Estimate(Creator());

        Assert.Equal(
            [
                "Engagement rate by followers: 1000 interactions per video (likes, comments, shares) × 0.000025 per follower = 0.025 engagement rate " + EngagementRateSource,
                "Engagement multiplier: 0.025 engagement rate × 40 per reference rate 0.025 = 1 × multiplier, the product held within 0.6..2.2 " + ImpulzeEngagementSource,
                "Method: per 1,000 followers: 40 thousand followers, engagement-weighted (40 thousand × multiplier) × 8.5..11.5 (expected 10) USD per 1,000 followers = 340.0..460.0 (expected 400) USD per post " + PerFollowerSource,
                .. Tail("340.0..460.0 (expected 400)"),
            ],
            Lines(estimate));
    }

    [Fact]
    public void Breakdown_ViewsCpmAlone_HasNoEngagementLines()
    {
        var estimate = Model(o => o.Methods = BrandDealPricingMethods.ViewsCpm).Estimate(Creator());

        Assert.Equal(
            [
                "Method: CPM on views: 30 thousand views per video (average: Videos.Views ÷ VideosPosted) × 10..20 (expected 15) USD per 1,000 views = 300..600 (expected 450) USD per post " + CpmSource,
                .. Tail("300..600 (expected 450)"),
            ],
            Lines(estimate));
    }

    [Fact]
    public void Breakdown_PerEngagementAlone_NamesTheInteractionsTheEngineCounts()
    {
        // Comments and saves only: (600 + 50,000) / 10 videos = 5,060 per video × US$0.05 / 0.125 / 0.20.
        var estimate = Model(o => o.Methods = BrandDealPricingMethods.PerEngagement, e => e.EngagementInteractions = EngagementInteractions.Comments | EngagementInteractions.Saves).Estimate(Creator());

        Assert.Equal(
            [
                "Method: per expected engagement: 5060 expected engagements per post (interactions per video (comments, saves)) × 0.05..0.20 (expected 0.125) USD per engagement = 253.00..1012.00 (expected 632.500) USD per post " + CpeSource,
                .. Tail("253.00..1012.00 (expected 632.500)"),
            ],
            Lines(estimate));
    }

    [Theory]
    [InlineData(EngagementInteractions.All, "6000 expected engagements per post (interactions per video (likes, comments, shares, saves))")]
    [InlineData(EngagementInteractions.None, "0 expected engagements per post (interactions per video (none counted))")]
    public void Breakdown_NamesEveryCountedInteraction_OrSaysNoneIsCounted(EngagementInteractions counted, string quantity)
    {
        var estimate = Model(o => o.Methods = BrandDealPricingMethods.PerEngagement, e => e.EngagementInteractions = counted).Estimate(Creator());

        Assert.StartsWith("Method: per expected engagement: " + quantity + " × ", Lines(estimate)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Breakdown_BelowTheSmallestTier_PricesTheTierMethodAtZero_AndAnIneligibleCreatorEndsWithTheLineThatPaysNothing()
    {
        var estimate = Model(o => o.Methods = BrandDealPricingMethods.FollowerTiers).Estimate(Creator(followers: 500));

        Assert.Equal(
            [
                "Method: follower tier (below the smallest tier): 1 sponsored post × 0 USD per post = 0 USD per post [no tier starts at or below the creator's followers]",
                .. Tail("0"),
                "Not eligible: 0 USD × 0 paid = 0 USD [not eligible: the stream pays 0 (see eligibility)]",
            ],
            Lines(estimate));
    }

    [Fact]
    public void Breakdown_EngagementBands_WithZeroFollowers_TakeTheBandFromZero_WithoutDividingByZero()
    {
        var estimate = Model(o => o.EngagementBands = BrandDealsFidelityTests.Bands()).Estimate(Creator(followers: 0));
        var lines = Lines(estimate);

        Assert.Equal(
            [
                "Engagement rate by followers: 1000 interactions per video (likes, comments, shares) × 0 per follower = 0 engagement rate " + EngagementRateSource,
                "Engagement band multiplier: 1 band × 0.8 × multiplier of the band from engagement rate 0 = 0.8 × multiplier [configured EngagementBands: the band whose start the engagement rate by followers reaches]",
            ],
            lines[..2]);
        Assert.Equal("Method: follower tier (below the smallest tier): 1 sponsored post × 0.0 USD per post = 0.0 USD per post [no tier starts at or below the creator's followers]", lines[5]);

        // Methods 0 / 450 / 125 / 0 expected: the median is (0 + 125) / 2.
        Assert.Equal(new ValueRange(0m, 62.5m, 600m), estimate.Line("Price per post (methods combined)").Amount);
        Assert.Equal(MoneyRange.Zero(Currency.Usd), estimate.Range);
    }

    [Fact]
    public void Breakdown_EngagementRateByFollowers_WithBands_ScalesPerThousandFollowersAndTheTier()
    {
        var estimate = Model(o =>
        {
            o.Methods = BrandDealPricingMethods.PerThousandFollowers | BrandDealPricingMethods.FollowerTiers;
            o.EngagementBands = BrandDealsFidelityTests.Bands();
        }).Estimate(Creator(deals: new BrandDealInputs { EngagementRateByFollowers = 0.045 }));
        var lines = Lines(estimate);

        Assert.Equal("Interactions per video from the engagement rate by followers: 0.045 engagement rate by followers × 40000 followers = 1800.000 interactions per video [snapshot (BrandDeals.EngagementRateByFollowers) × Profile.Followers]", lines[0]);
        Assert.Equal("Engagement rate by followers: 1800.000 interactions per video (from the snapshot's engagement rate) × 0.000025 per follower = 0.045 engagement rate [snapshot (interactions per video from the given engagement rate, line above, ÷ Profile.Followers)]", lines[1]);
        Assert.Equal("Engagement band multiplier: 1 band × 1.3 × multiplier of the band from engagement rate 0.03 = 1.3 × multiplier [configured EngagementBands: the band whose start the engagement rate by followers reaches]", lines[2]);
        // With bands, the rate's source no longer cites impulze.ai's clamp, which the bands replace.
        Assert.Equal("Method: per 1,000 followers: 52.0 thousand followers, engagement-weighted (40 thousand × multiplier) × 8.5..11.5 (expected 10) USD per 1,000 followers = 442.00..598.00 (expected 520.0) USD per post [default from impulze.ai price estimator (viewed 2026): TikTok US$10 per 1,000 followers, ±15% range; the engagement weighting is the configured one (line above)]", lines[3]);
        Assert.Equal(
            "Method: follower tier 'Micro': 1.3 × engagement band multiplier × 75..350 (expected 212.5) USD per post (tier from 10,000 followers) = 97.5..455.0 (expected 276.25) USD per post "
            + TierSource[..^1] + "; × the engagement band's multiplier]",
            lines[4]);
        Assert.Equal(new ValueRange(97.5m, 398.125m, 598m), estimate.Amounts());
    }

    [Fact]
    public void Breakdown_EngagementRateByViews_OnAverageViews_SaysAverage()
    {
        var estimate = Model(o => o.Methods = BrandDealPricingMethods.PerEngagement).Estimate(Creator(deals: new BrandDealInputs { EngagementRateByViews = 0.02 }));

        Assert.Equal(
            [
                "Interactions per video from the engagement rate by views: 0.02 engagement rate by views × 30000 views per video (average) = 600.00 interactions per video [snapshot (BrandDeals.EngagementRateByViews) × views per video]",
                "Method: per expected engagement: 600.00 expected engagements per post (interactions per video (from the snapshot's engagement rate)) × 0.05..0.20 (expected 0.125) USD per engagement = 30.0000..120.0000 (expected 75.00000) USD per post " + CpeSource,
            ],
            Lines(estimate)[..2]);
    }

    [Theory]
    [InlineData("reference", "0.025 engagement rate × 20 per reference rate 0.05 = 0.6 × multiplier, the product held within 0.6..2.2")]
    [InlineData("minimum", "0.025 engagement rate × 40 per reference rate 0.025 = 1 × multiplier, the product held within 0.5..2.2")]
    [InlineData("maximum", "0.025 engagement rate × 40 per reference rate 0.025 = 1 × multiplier, the product held within 0.6..3")]
    public void Breakdown_EngagementMultiplier_IsAttributedToTheApplication_WhenAnyOneOfItsThreeOptionsChanges(string option, string arithmetic)
    {
        var estimate = Model(o =>
        {
            o.Methods = BrandDealPricingMethods.PerThousandFollowers;
            _ = option switch
            {
                "reference" => o.ReferenceEngagementRate = 0.05m,
                "minimum" => o.MinimumEngagementMultiplier = 0.5m,
                _ => o.MaximumEngagementMultiplier = 3m,
            };
        }).Estimate(Creator());

        Assert.Equal("Engagement multiplier: " + arithmetic + " [configured by the application]", estimate.Line("Engagement multiplier").ToString());
    }

    [Fact]
    public void Breakdown_ObservedPriceInTheModelsCurrency_IsOneLine_AndPostsFromTheSnapshotAreCounted()
    {
        var estimate = Model().Estimate(Creator(deals: new BrandDealInputs { ObservedPricePerPost = Money.Usd(500m), SponsoredPostsPerPeriod = 3 }));

        Assert.Equal(
            [
                "Observed price per post: 1 sponsored post × 500 USD per post = 500 USD per post [" + ObservedSource + "]",
                .. AfterPerPost("500")[..2],
                "Sponsored posts in the period: 3 sponsored posts × 500 USD per post = 1500 USD [snapshot (BrandDeals.SponsoredPostsPerPeriod)]",
            ],
            Lines(estimate));
    }

    [Fact]
    public void Breakdown_ObservedPriceInAnotherCurrency_ShowsTheRateAndTheTableItCameFrom()
    {
        var estimate = Model().Estimate(Creator(deals: new BrandDealInputs { ObservedPricePerPost = new Money(100m, Currency.Eur) }));

        Assert.Equal(
            [
                "Observed price per post (converted): 100 EUR per post × 1.1419 USD per EUR = 114.1900 USD per post [" + ObservedSource + ", converted with " + EcbRates + "]",
                .. AfterPerPost("114.1900"),
            ],
            Lines(estimate));
    }

    [Fact]
    public void Breakdown_ObservedPriceAtARateOfExactlyOne_StillShowsItsOwnCurrency()
    {
        // An application's own table may quote a currency at par; the line must still say the price was in HKD.
        var estimate = Model(engine: e => e.ExchangeRates.Rates["HKD"] = e.ExchangeRates.Rates["USD"])
            .Estimate(Creator(deals: new BrandDealInputs { ObservedPricePerPost = new Money(100m, Currency.FromCode("HKD")) }));

        Assert.Equal(
            "Observed price per post (converted): 100 HKD per post × 1 USD per HKD = 100 USD per post [" + ObservedSource + ", converted with " + EcbRates + "]",
            Lines(estimate)[0]);
    }

    [Fact]
    public void Breakdown_ObservedPriceWithoutARate_SaysSo_AndThePricingMethodsFollow()
    {
        var lines = Lines(Model().Estimate(Creator(deals: new BrandDealInputs { ObservedPricePerPost = new Money(50_000m, Currency.FromCode("NGN")) })));

        Assert.Equal(
            "Observed price not used: 50000 NGN × 0 USD per NGN (no rate) = 0 USD [the exchange-rate table (" + EcbRates + ") has no rate for NGN or USD; the pricing methods are used instead]",
            lines[0]);
        Assert.StartsWith("Engagement rate by followers: ", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void AddBrandDeals_FromConfiguration_BindsTheSection()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [P + ":MinimumFollowers"] = "5000" })
            .Build();
        var services = new ServiceCollection();
        services.AddTikTokMonetization().AddBrandDeals(configuration.GetSection(P));
        using var provider = services.BuildServiceProvider();
        var model = provider.Model("brand-deals");

        Assert.True(model.Estimate(Creator(followers: 5_000)).IsEligible);
        Assert.False(model.Estimate(Creator(followers: 4_999)).IsEligible);
    }

    [Fact]
    public void AddBrandDeals_RefusesNullArguments_NamingThem()
    {
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => BrandDealsBuilderExtensions.AddBrandDeals(null!)).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => BrandDealsBuilderExtensions.AddBrandDeals(null!, new ConfigurationBuilder().Build())).ParamName);
        var builder = new ServiceCollection().AddTikTokMonetization();
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() => builder.AddBrandDeals((IConfiguration)null!)).ParamName);
    }
}
