using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Benchmarks;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.Subscriptions;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;
using TikTokMonetization.Testing;
using PublicOnly = TikTokMonetization.Models.Subscriptions.SubscriptionsModel;

namespace TikTokMonetization.PublicApiModel.Tests;

/// <summary>
/// The subscriptions model compiled from its own source against the public API (no internals) is registered as a user
/// model and must agree with the built-in one to the last digit, line and rule, and keep the model contract: a second
/// built-in, after LIVE gifts, that needs nothing a user's model cannot have.
/// </summary>
public sealed class SubscriptionsOnPublicApiTests
{
    private const int Creators = 3_000;

    public static TheoryData<string> Configurations => ["defaults", "price-share-and-fees"];

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
        // Without this, the comparison above could pass over a mix that never pays a subscriber.
        using var provider = Services("defaults");
        var builtIn = provider.GetServices<IRevenueModel>().Single(m => m is not PublicOnly);
        var paid = Mix().Where(s => s.Subscriptions is { Subscribers: > 0 }).Select(s => (Snapshot: s, Estimate: builtIn.Estimate(s))).ToList();

        Assert.Contains(paid, p => p.Estimate.Eligibility.IsEligible && p.Estimate.Range.Expected.Amount > 0m && p.Snapshot.Subscriptions!.MonthlyPrice is not null);
        Assert.Contains(paid, p => p.Estimate.Eligibility.IsEligible && p.Estimate.Range.Expected.Amount > 0m && p.Snapshot.Subscriptions!.MonthlyPrice is null);
        Assert.Contains(paid, p => !p.Estimate.Eligibility.IsEligible);
        Assert.Contains(paid, p => p.Snapshot.Live.Sessions > 0);
        Assert.Contains(paid, p => p.Snapshot.Live.Sessions == 0);
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
        Assert.Same(typeof(SubscriptionsOnPublicApiTests).Assembly, typeof(PublicOnly).Assembly);
    }

    private static IEnumerable<CreatorSnapshot> Mix() => CreatorMix.Create(Creators, 11);

    private static ServiceProvider Services(string configuration)
    {
        var services = new ServiceCollection();
        var builder = services.AddTikTokMonetization();
        if (configuration == "defaults")
        {
            builder.AddSubscriptions();
        }
        else
        {
            builder.AddSubscriptions(o =>
            {
                o.MonthlyPrice = new RangeOptions(1.99m, 3.49m, 9.99m);
                o.CreatorShare = new RangeOptions(0.5m, 0.75m, 0.9m);
                o.FeesBeforeSplit = new RangeOptions(0.05m, 0.15m, 0.3m);
            });
        }

        // The copy reads the same options as the built-in, as a user's model would.
        services.AddSingleton<IRevenueModel>(p => new PublicOnly(p.GetRequiredService<IOptionsMonitor<SubscriptionsOptions>>()));
        return services.BuildServiceProvider();
    }
}
