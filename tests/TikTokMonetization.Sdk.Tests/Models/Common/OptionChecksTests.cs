using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;

namespace TikTokMonetization.Tests;

/// <summary>The option checks the models share (Models/Common/OptionChecks): per-region minimum ages and region lists.</summary>
public sealed class OptionChecksTests
{
    [Theory]
    [InlineData(-1)]
    [InlineData(131)]
    public void MinimumAgeByRegion_OutsideZeroTo130_FailsAtStart_NamingTheRegionAndTheAge(int age)
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization().AddLiveGifts(o => o.MinimumAgeByRegion["KR"] = age));

        var failures = TestServices.StartupFailures(provider);

        Assert.Contains($"TikTokMonetization:LiveGifts:MinimumAgeByRegion:KR is {age}; it must be between 0 and 130.", failures);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(130)]
    public void MinimumAgeByRegion_AtZeroOr130_IsAccepted(int age)
    {
        using var provider = TestServices.BuiltIns(b => b.AddLiveGifts(o => o.MinimumAgeByRegion["KR"] = age));

        Assert.NotNull(provider.Model("live-gifts"));
    }

    [Fact]
    public void MinimumAgeByRegion_Null_MeansNoRegionalAges()
    {
        var model = TestServices.LiveGifts(o => o.MinimumAgeByRegion = null!);

        var creator = SampleCreators.MidTierUs with { Profile = SampleCreators.MidTierUs.Profile with { Region = "KR", Age = 18 } };

        Assert.True(model.Estimate(creator).Eligibility.IsEligible);
    }

    [Fact]
    public void RegionList_Null_FailsAtStart_InsteadOfFailingEveryEstimate()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization().AddLiveGifts(o => o.AvailableRegions = null!));

        var failures = TestServices.StartupFailures(provider);

        Assert.Contains("TikTokMonetization:LiveGifts:AvailableRegions is null; it must be a list of ISO 3166-1 alpha-2 codes (empty for no restriction).", failures);
    }
}
