using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// The eligibility rules the programs share (Revenue/EligibilityChecks), pinned through the rules a model's estimate explains: each
/// rule's id, what it requires and what the creator has, in words a reader of the report sees.
/// </summary>
public sealed class EligibilityChecksTests
{
    private static readonly CreatorSnapshot Creator = SampleCreators.MidTierUs;

    private static EligibilityRule Rule(IRevenueModel model, CreatorSnapshot snapshot, string id) =>
        Assert.Single(model.Estimate(snapshot).Eligibility.Rules, r => r.Id == id);

    [Fact]
    public void MinimumAge_OfZero_IsNoAgeRule_SoAnUnknownAgePasses()
    {
        var model = TestServices.LiveGifts(o =>
        {
            o.MinimumAge = 0;
            o.MinimumAgeByRegion.Clear();
        });

        var rule = Rule(model, Creator with { Profile = Creator.Profile with { Age = null } }, "min-age");

        Assert.True(rule.IsMet);
        Assert.Equal("not given", rule.ActualText);
        Assert.Equal("no minimum age (0 configured)", rule.Description);
    }

    [Fact]
    public void MinimumAge_AboveZero_FailsAnUnknownAge()
    {
        var rule = Rule(TestServices.LiveGifts(), Creator with { Profile = Creator.Profile with { Age = null } }, "min-age");

        Assert.False(rule.IsMet);
        Assert.Equal("at least 18 years of age", rule.Description);
    }

    [Fact]
    public void RegionList_ShowsTheCreatorsRegion_OrSaysItIsNotGiven()
    {
        var model = TestServices.LiveGifts(o => o.AvailableRegions = ["US", "GB"]);

        var given = Rule(model, Creator with { Profile = Creator.Profile with { Region = "US" } }, "available-region");
        var missing = Rule(model, Creator with { Profile = Creator.Profile with { Region = null } }, "available-region");

        Assert.True(given.IsMet);
        Assert.Equal("US", given.ActualText);
        Assert.False(missing.IsMet);
        Assert.Equal("region not given", missing.ActualText);
    }

    [Fact]
    public void RegionList_NamesTheRegionsItAllows_OrSaysNoRestrictionIsConfigured()
    {
        var listed = Rule(TestServices.LiveGifts(o => o.AvailableRegions = ["US", "GB"]), Creator, "available-region");
        var open = Rule(TestServices.LiveGifts(o => o.AvailableRegions = []), Creator, "available-region");

        Assert.Equal("a region where LIVE gifts is available: US, GB", listed.Description);
        Assert.Equal("a region where LIVE gifts is available (no restriction configured)", open.Description);
        Assert.True(open.IsMet);
    }

    [Theory]
    [InlineData(true, "in good standing")]
    [InlineData(false, "not in good standing")]
    public void GoodStanding_SaysWhetherTheAccountIsInGoodStanding(bool standing, string actual)
    {
        var rule = Rule(TestServices.LiveGifts(), Creator with { Profile = Creator.Profile with { InGoodStanding = standing } }, "good-standing");

        Assert.Equal(standing, rule.IsMet);
        Assert.Equal("an account in good standing", rule.Description);
        Assert.Equal(actual, rule.ActualText);
    }

    [Theory]
    [InlineData(AccountKind.Personal, true, "personal account")]
    [InlineData(AccountKind.Business, true, "business account")]
    [InlineData(AccountKind.GovernmentOrPolitical, false, "government or political account")]
    public void NotGovernmentOrPolitical_NamesTheAccountKind(AccountKind kind, bool met, string actual)
    {
        var rule = Rule(TestServices.LiveGifts(), Creator with { Profile = Creator.Profile with { AccountKind = kind } }, "not-government-or-political");

        Assert.Equal(met, rule.IsMet);
        Assert.Equal("not a government, politician or political-party account", rule.Description);
        Assert.Equal(actual, rule.ActualText);
    }

    [Theory]
    [InlineData(AccountKind.Personal, true, "personal account")]
    [InlineData(AccountKind.Business, false, "business account")]
    public void PersonalAccount_NamesTheAccountKind(AccountKind kind, bool met, string actual)
    {
        var rule = Rule(CreatorRewardsServices.Model(), Creator with { Profile = Creator.Profile with { AccountKind = kind } }, "personal-account");

        Assert.Equal(met, rule.IsMet);
        Assert.Equal("a personal account (not business, government or political)", rule.Description);
        Assert.Equal(actual, rule.ActualText);
    }

    [Fact]
    public void ChangedDefaultPostsPer30Days_IsAttributedToTheApplication_NotToTheSdksSource()
    {
        var snapshot = Creator with { BrandDeals = null };

        var changed = Assert.Single(BrandDealsTestServices.Model(o => o.DefaultSponsoredPostsPer30Days = 2m).Estimate(snapshot).Breakdown, l => l.Label == "Sponsored posts in the period");
        var unchanged = Assert.Single(BrandDealsTestServices.Model().Estimate(snapshot).Breakdown, l => l.Label == "Sponsored posts in the period");

        Assert.Equal("configured by the application", changed.Source);
        Assert.Equal("SDK assumption: 1 sponsored post per 30 days, prorated to the period", unchanged.Source);
    }
}
