using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Benchmarks;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.CreatorRewards;
using TikTokMonetization.Revenue;
using TikTokMonetization.Testing;
using PublicOnly = TikTokMonetization.Models.CreatorRewards.CreatorRewardsModel;

namespace TikTokMonetization.PublicApiModel.Tests;

/// <summary>
/// The Creator Rewards model compiled from its own source against the public API (no internals) is registered as a user
/// model and must agree with the built-in one to the last digit, line and rule, and keep the model contract: with LIVE
/// gifts and subscriptions, a third built-in that needs nothing a user's model cannot have (its engagement definition
/// comes through the public model context).
/// </summary>
public sealed class CreatorRewardsOnPublicApiTests
{
    private const int Creators = 3_000;

    public static TheoryData<string> Configurations => ["defaults", "creator-fund-with-multipliers"];

    [Theory]
    [MemberData(nameof(Configurations))]
    public void PublicOnlyCopy_GivesWhatTheBuiltInGives_ForEveryCreatorOfTheMix(string configuration)
    {
        using var provider = Services(configuration);
        var builtIn = provider.GetServices<IRevenueModel>().Single(m => m is not PublicOnly);
        var copy = provider.GetServices<IRevenueModel>().OfType<PublicOnly>().Single();

        BuiltInComparison.AssertSameAsBuiltIn(builtIn, copy, Mix());
    }

    [Fact]
    public void TheMix_ReachesEveryPathOfTheModel()
    {
        // Without this, the comparison above could pass over a mix that is never paid or never refused.
        using var provider = Services("defaults");
        var builtIn = provider.GetServices<IRevenueModel>().Single(m => m is not PublicOnly);
        var estimates = Mix().Select(builtIn.Estimate).ToList();

        Assert.Contains(estimates, e => e.Eligibility.IsEligible && e.Range.Expected.Amount > 0m);
        Assert.Contains(estimates, e => !e.Eligibility.IsEligible);
    }

    [Fact]
    public void PublicOnlyCopy_KeepsTheModelContract()
    {
        using var provider = Services("defaults");
        var copy = provider.GetServices<IRevenueModel>().OfType<PublicOnly>().Single();

        RevenueModelContract.Verify(copy, Mix().Take(300).Concat([SampleCreators.MidTierUs, SampleCreators.Newcomer, SampleCreators.LikesOnly]));
    }

    [Fact]
    public void PublicOnlyCopy_IsCompiledInThisAssembly()
    {
        Assert.NotSame(typeof(IRevenueModel).Assembly, typeof(PublicOnly).Assembly);
        Assert.Same(typeof(CreatorRewardsOnPublicApiTests).Assembly, typeof(PublicOnly).Assembly);
    }

    private static IEnumerable<CreatorSnapshot> Mix() => CreatorMix.Create(Creators, 13);

    private static ServiceProvider Services(string configuration)
    {
        var services = new ServiceCollection();
        var builder = services.AddTikTokMonetization();
        if (configuration == "defaults")
        {
            builder.AddCreatorRewards();
        }
        else
        {
            builder.AddCreatorRewards(o =>
            {
                o.Program = CreatorRewardsProgram.CreatorFund;
                o.NicheMultipliers["gaming"] = 0.8m;
                o.CountryMultipliers["US"] = 1.25m;
            });
        }

        // The copy reads the same options and model context as the built-in, as a user's model would.
        services.AddSingleton<IRevenueModel>(p => new PublicOnly(p.GetRequiredService<IOptionsMonitor<CreatorRewardsOptions>>(), p.GetRequiredService<IRevenueModelContext>()));
        return services.BuildServiceProvider();
    }
}
