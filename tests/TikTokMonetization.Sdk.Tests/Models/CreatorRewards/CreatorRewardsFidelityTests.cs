using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.CreatorRewards;
using TikTokMonetization.Revenue;
using TikTokMonetization.Serialization;

namespace TikTokMonetization.Tests;

/// <summary>The per-video minimum of qualified views, the minimum watch time, account age and a follower-dependent RPM term (issue 16).</summary>
public sealed class CreatorRewardsFidelityTests
{
    private static readonly CreatorSnapshot Creator = SampleCreators.MidTierUs;

    private static CreatorSnapshot WithVideos(Func<ShortVideoStats, ShortVideoStats> change) => Creator with { Videos = change(Creator.Videos) };

    private static EligibilityRule Rule(RevenueEstimate estimate, string id) => Assert.Single(estimate.Eligibility.Rules, r => r.Id == id);

    private static decimal Fast(IRevenueModel model, CreatorSnapshot snapshot) => ((IExpectedRevenueModel)model).EstimateExpected(snapshot).Amount;

    [Theory]
    [InlineData(999L, false)]
    [InlineData(1_000L, true)]
    public void WorkedExample_AVideoEarnsFromOneThousandQualifiedViews(long best, bool eligible)
    {
        // "Earns once it has >= 1,000 qualified For You views" (thedigitaldept.com; tabcut.com; alltechnerd.com).
        var model = CreatorRewardsServices.Model(o => o.CreatorRewards.MinimumQualifiedViewsPerVideo = 1_000);

        var estimate = model.Estimate(WithVideos(v => v with { BestVideoQualifiedViews = best }));

        Assert.Equal(eligible, estimate.Eligibility.IsEligible);
        var rule = Rule(estimate, "min-qualified-views-per-video");
        Assert.Equal((eligible, 1_000m, (decimal?)best), (rule.IsMet, rule.Threshold, rule.Actual));
        Assert.Contains("best video", rule.Reason, StringComparison.Ordinal);
        Assert.Equal(eligible ? 1 : 0, Math.Sign(estimate.Range.Expected.Amount));
    }

    [Fact]
    public void WithoutTheBestVideosCount_ThePeriodsQualifiedViewsBoundIt_AndTheReasonSaysSo()
    {
        var model = CreatorRewardsServices.Model(o => o.CreatorRewards.MinimumQualifiedViewsPerVideo = 1_000);

        var few = model.Estimate(WithVideos(v => v with { QualifiedViews = 900 }));
        var many = model.Estimate(Creator);

        Assert.False(Rule(few, "min-qualified-views-per-video").IsMet);
        Assert.True(Rule(many, "min-qualified-views-per-video").IsMet);
        Assert.Contains("upper bound", Rule(many, "min-qualified-views-per-video").Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4.9, false)]
    [InlineData(5.0, true)]
    [InlineData(null, false)]
    public void WorkedExample_AQualifiedViewIsWatchedFiveSeconds(double? watch, bool met)
    {
        // A qualified view is watched >= 5 seconds (contentstudio.io; alltechnerd.com; tabcut.com).
        var model = CreatorRewardsServices.Model(o => o.CreatorRewards.MinimumAverageWatchSeconds = 5m);

        var estimate = model.Estimate(WithVideos(v => v with { AverageWatchSeconds = watch }));

        Assert.Equal(met, Rule(estimate, "min-watch-seconds").IsMet);
        Assert.Equal(met, estimate.Eligibility.IsEligible);
    }

    [Theory]
    [InlineData(29, false)]
    [InlineData(30, true)]
    [InlineData(null, false)]
    public void AccountAge_IsARuleWhenSet(int? days, bool met)
    {
        var model = CreatorRewardsServices.Model(o => o.CreatorRewards.MinimumAccountAgeDays = 30);

        var estimate = model.Estimate(Creator with { Profile = Creator.Profile with { AccountAgeDays = days } });

        var rule = Rule(estimate, "min-account-age");
        Assert.Equal(met, rule.IsMet);
        Assert.Equal(met, estimate.Eligibility.IsEligible);
        Assert.Equal(days is null, rule.Reason.Contains("the value is not given", StringComparison.Ordinal));
    }

    [Fact]
    public void WithNoNewRuleSet_TheRulesAreTodays()
    {
        var estimate = CreatorRewardsServices.Model().Estimate(Creator with { Profile = Creator.Profile with { AccountAgeDays = 1 } });

        Assert.DoesNotContain(estimate.Eligibility.Rules, r => r.Id is "min-qualified-views-per-video" or "min-watch-seconds" or "min-account-age");
    }

    [Fact]
    public void WorkedExample_AFollowerDependentRpmTerm_AddsToEachRpmPoint()
    {
        // "~$500 per million views" (tastyedits.com): an RPM of US$0.50. A calculator's follower term of US$0.10 per
        // million followers on 2,000,000 followers adds 0.20: 1,000 thousand qualified views × 0.70 = US$700.
        void Configure(CreatorRewardsOptions o)
        {
            o.CreatorRewards.RpmLow = 0.50m;
            o.CreatorRewards.RpmHigh = 0.50m;
        }

        var creator = Creator with
        {
            Profile = Creator.Profile with { Followers = 2_000_000, Niche = null },
            Videos = Creator.Videos with { Views = 1_500_000, QualifiedViews = 1_000_000 },
        };
        var model = CreatorRewardsServices.Model(o =>
        {
            Configure(o);
            o.CreatorRewards.RpmPerMillionFollowers = 0.10m;
        });

        var without = CreatorRewardsServices.Model(Configure).Estimate(creator);
        var with = model.Estimate(creator);

        Assert.Equal(ValueRange.Exactly(500m), without.Range.Amounts);
        Assert.Equal(ValueRange.Exactly(700m), with.Range.Amounts);
        Assert.Equal(700m, Fast(model, creator));
        var term = Assert.Single(with.Breakdown, l => l.Label == "Follower-dependent RPM term");
        Assert.Equal((2m, 0.10m, 0.20m), (term.Quantity.Expected, term.Rate.Expected, term.Amount.Expected));
        Assert.Equal(0.70m, Assert.Single(with.Breakdown, l => l.Label == "RPM with the follower term").Amount.Expected);
        Assert.DoesNotContain(without.Breakdown, l => l.Label.Contains("follower term", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_NameEachProblem()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization().AddCreatorRewards(o =>
        {
            o.CreatorRewards.MinimumQualifiedViewsPerVideo = -1;
            o.CreatorRewards.MinimumAverageWatchSeconds = 100_000m;
            o.CreatorFund.MinimumAccountAgeDays = -3;
            o.CreatorRewards.RpmPerMillionFollowers = 11m;
        }));

        var failures = TestServices.StartupFailures(provider);

        const string P = "TikTokMonetization:CreatorRewards:";
        Assert.Contains(failures, f => f.Contains(P + "CreatorRewards:MinimumQualifiedViewsPerVideo is -1; it must be from 0 to", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(P + "CreatorRewards:MinimumAverageWatchSeconds is 100000; it must be from 0 to 86400", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(P + "CreatorFund:MinimumAccountAgeDays is -3; it must be from 0 to 36600", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(P + "CreatorRewards:RpmPerMillionFollowers is 11; it must be from 0 to 10", StringComparison.Ordinal));
    }

    [Fact]
    public void Snapshot_BestVideoAndAccountAge_AreChecked()
    {
        var problems = (Creator with
        {
            Profile = Creator.Profile with { AccountAgeDays = -1 },
            Videos = Creator.Videos with { BestVideoQualifiedViews = Creator.Videos.QualifiedViews + 1 },
        }).Validate();

        Assert.Equal(new[] { "Profile.AccountAgeDays", "Videos.BestVideoQualifiedViews" }, problems.Select(p => p.Path));
        Assert.Equal("at most Videos.QualifiedViews (540000)", problems[1].Allowed);
    }

    [Fact]
    public void CreatorJson_ReadsTheNewFields()
    {
        var snapshot = CreatorSnapshotJson.Deserialize("""{ "profile": { "accountAgeDays": 400 }, "videos": { "views": 5000, "qualifiedViews": 3000, "bestVideoQualifiedViews": 1200 } }""");

        Assert.Equal((400, 1_200L), (snapshot.Profile.AccountAgeDays, snapshot.Videos.BestVideoQualifiedViews));
        Assert.Equal(snapshot, CreatorSnapshotJson.Deserialize(CreatorSnapshotJson.Serialize(snapshot)));
    }
}
