using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Benchmarks;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.LiveGifts;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;
using TikTokMonetization.Testing;
using PublicOnly = TikTokMonetization.Models.LiveGifts.LiveGiftsModel;

namespace TikTokMonetization.PublicApiModel.Tests;

/// <summary>
/// The LIVE gifts model compiled from its own source against the public API (no internals) is registered as a user
/// model and must agree with the built-in one to the last digit, line and rule, and keep the model contract.
/// </summary>
public sealed class LiveGiftsOnPublicApiTests
{
    private const int Creators = 3_000;

    public static TheoryData<string> Configurations => ["defaults", "agency-and-card"];

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
    public void PublicOnlyCopy_KeepsTheModelContract()
    {
        using var provider = Services("defaults");
        var copy = provider.GetServices<IRevenueModel>().OfType<PublicOnly>().Single();

        RevenueModelContract.Verify(copy, Mix().Take(300).Concat([SampleCreators.MidTierUs, SampleCreators.Newcomer, SampleCreators.LikesOnly]));
    }

    [Fact]
    public void ThisAssembly_CannotSeeTheSdksInternals()
    {
        var sdk = typeof(IRevenueModel).Assembly;
        var friends = sdk.GetCustomAttributes(typeof(System.Runtime.CompilerServices.InternalsVisibleToAttribute), false)
            .Cast<System.Runtime.CompilerServices.InternalsVisibleToAttribute>()
            .Select(a => a.AssemblyName);

        Assert.DoesNotContain(typeof(LiveGiftsOnPublicApiTests).Assembly.GetName().Name, friends);
        Assert.NotSame(sdk, typeof(PublicOnly).Assembly);
    }

    private static IEnumerable<CreatorSnapshot> Mix() => CreatorMix.Create(Creators, 7);

    private static ServiceProvider Services(string configuration)
    {
        var services = new ServiceCollection();
        var builder = services.AddTikTokMonetization();
        if (configuration == "defaults")
        {
            builder.AddLiveGifts();
        }
        else
        {
            builder.ConfigureRateCard("eu", o =>
            {
                o.Currency = "EUR";
                o.DiamondsPerCoin = 0.5m;
                o.CashPerDiamond = new RangeOptions(0.004m, 0.0045m, 0.005m);
                o.Source = "test card";
            });
            builder.AddLiveGifts(o =>
            {
                o.AgencyShare = 0.2m;
                o.RateCard = "eu";
                o.CoinsPerViewerHour = new RangeOptions(5m, 40m, 90m);
            });
        }

        // The copy reads the same options and cards as the built-in, as a user's model would.
        services.AddSingleton<IRevenueModel>(p => new PublicOnly(p.GetRequiredService<IOptionsMonitor<LiveGiftsOptions>>(), p.GetRequiredService<IRateCardProvider>()));
        return services.BuildServiceProvider();
    }
}
