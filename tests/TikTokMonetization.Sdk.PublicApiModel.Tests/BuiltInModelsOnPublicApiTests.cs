using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Benchmarks;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.Affiliate;
using TikTokMonetization.Models.BrandDeals;
using TikTokMonetization.Models.CreatorRewards;
using TikTokMonetization.Models.LiveGifts;
using TikTokMonetization.Models.Merchandise;
using TikTokMonetization.Models.Subscriptions;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;
using TikTokMonetization.Testing;

namespace TikTokMonetization.PublicApiModel.Tests;

/// <summary>
/// The proof that a built-in model needs nothing a user's model cannot have: each of the six built-in models, compiled
/// here from its own sources against the public API only (this assembly is not among the SDK's InternalsVisibleTo), is
/// registered beside its built-in as a user model reading the same options, and must agree with it to the last digit,
/// line and rule over 3,000 generated creators, under the defaults and under options that move its branches, and keep
/// the model contract.
/// </summary>
public sealed class BuiltInModelsOnPublicApiTests
{
    private const int Creators = 3_000;

    private static readonly string[] Models = ["live-gifts", "creator-rewards", "brand-deals", "merchandise", "affiliate", "subscriptions"];

    public static TheoryData<string, string> Cases
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (var model in Models)
            {
                cases.Add(model, "defaults");
                cases.Add(model, "moved");
            }

            return cases;
        }
    }

    public static TheoryData<string> ModelNames => [.. Models];

    [Theory]
    [MemberData(nameof(Cases))]
    public void PublicOnlyCopy_GivesWhatTheBuiltInGives_ForEveryCreatorOfTheMix(string model, string configuration)
    {
        using var provider = Services(model, configuration);
        var (builtIn, copy) = Pair(provider);

        BuiltInComparison.AssertSameAsBuiltIn(builtIn, copy, Mix(model));
    }

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void TheMix_ReachesPaidAndUnpaidCreators(string model)
    {
        // Without this, the comparison above could pass over a mix that never pays, or pays everyone.
        using var provider = Services(model, "defaults");
        var (builtIn, _) = Pair(provider);
        var estimates = Mix(model).Select(builtIn.Estimate).ToList();

        Assert.Contains(estimates, e => e.Eligibility.IsEligible && e.Range.Expected.Amount > 0m);
        Assert.Contains(estimates, e => !e.Eligibility.IsEligible || e.Range.High.Amount == 0m);
    }

    [Fact]
    public void TheMix_ReachesBothSubscriptionPaths_AndPricesGivenOrNot()
    {
        using var provider = Services("subscriptions", "defaults");
        var (builtIn, _) = Pair(provider);
        var paid = Mix("subscriptions").Where(s => s.Subscriptions is { Subscribers: > 0 }).Select(s => (Snapshot: s, Estimate: builtIn.Estimate(s))).ToList();

        Assert.Contains(paid, p => p.Estimate.Eligibility.IsEligible && p.Estimate.Range.Expected.Amount > 0m && p.Snapshot.Subscriptions!.MonthlyPrice is not null);
        Assert.Contains(paid, p => p.Estimate.Eligibility.IsEligible && p.Estimate.Range.Expected.Amount > 0m && p.Snapshot.Subscriptions!.MonthlyPrice is null);
        Assert.Contains(paid, p => p.Snapshot.Live.Sessions > 0);
        Assert.Contains(paid, p => p.Snapshot.Live.Sessions == 0);
    }

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void PublicOnlyCopy_KeepsTheModelContract(string model)
    {
        using var provider = Services(model, "defaults");
        var (_, copy) = Pair(provider);

        RevenueModelContract.Verify(copy, Mix(model).Take(300).Concat([SampleCreators.MidTierUs, SampleCreators.Newcomer, SampleCreators.LikesOnly]));
    }

    [Fact]
    public void ThisAssembly_CannotSeeTheSdksInternals_AndHoldsEveryCopy()
    {
        var sdk = typeof(IRevenueModel).Assembly;
        var friends = sdk.GetCustomAttributes(typeof(System.Runtime.CompilerServices.InternalsVisibleToAttribute), false)
            .Cast<System.Runtime.CompilerServices.InternalsVisibleToAttribute>()
            .Select(a => a.AssemblyName);
        Assert.DoesNotContain(typeof(BuiltInModelsOnPublicApiTests).Assembly.GetName().Name, friends);
        foreach (var type in new[] { typeof(LiveGiftsModel), typeof(CreatorRewardsModel), typeof(BrandDealsModel), typeof(MerchandiseModel), typeof(AffiliateModel), typeof(SubscriptionsModel) })
        {
            Assert.Same(typeof(BuiltInModelsOnPublicApiTests).Assembly, type.Assembly);
        }
    }

    /// <summary>The generated mix each model is compared over (the seeds the first public-only tests used).</summary>
    private static IEnumerable<CreatorSnapshot> Mix(string model) => CreatorMix.Create(Creators, model switch
    {
        "live-gifts" => 7,
        "subscriptions" => 11,
        "creator-rewards" => 13,
        _ => 17,
    });

    /// <summary>The built-in model (from the SDK's assembly) and the copy compiled here.</summary>
    private static (IRevenueModel BuiltIn, IRevenueModel Copy) Pair(ServiceProvider provider)
    {
        var models = provider.GetServices<IRevenueModel>().ToList();
        var here = typeof(BuiltInModelsOnPublicApiTests).Assembly;
        return (models.Single(m => m.GetType().Assembly != here), models.Single(m => m.GetType().Assembly == here));
    }

    /// <summary>The built-in model under the defaults or under moved options, and its copy reading the same options, as a user's model would.</summary>
    private static ServiceProvider Services(string model, string configuration)
    {
        var services = new ServiceCollection();
        var builder = services.AddTikTokMonetization();
        var moved = configuration == "moved";
        switch (model)
        {
            case "live-gifts":
                if (moved)
                {
                    builder.ConfigureRateCard("eu", o =>
                    {
                        o.Currency = "EUR";
                        o.DiamondsPerCoin = 0.5m;
                        o.CashPerDiamond = new RangeOptions(0.004m, 0.0045m, 0.005m);
                        o.Source = "test card";
                    });
                }

                builder.AddLiveGifts(o =>
                {
                    if (moved)
                    {
                        o.AgencyShare = 0.2m;
                        o.RateCard = "eu";
                        o.CoinsPerViewerHour = new RangeOptions(5m, 40m, 90m);
                    }
                });
                services.AddSingleton<IRevenueModel>(p => new LiveGiftsModel(p.GetRequiredService<IOptionsMonitor<LiveGiftsOptions>>(), p.GetRequiredService<IRateCardProvider>()));
                break;
            case "creator-rewards":
                builder.AddCreatorRewards(o =>
                {
                    if (moved)
                    {
                        o.Program = CreatorRewardsProgram.CreatorFund;
                        o.NicheMultipliers["gaming"] = 0.8m;
                        o.CountryMultipliers["US"] = 1.25m;
                    }
                });
                services.AddSingleton<IRevenueModel>(p => new CreatorRewardsModel(p.GetRequiredService<IOptionsMonitor<CreatorRewardsOptions>>(), p.GetRequiredService<IRevenueModelContext>()));
                break;
            case "brand-deals":
                builder.AddBrandDeals(o =>
                {
                    if (moved)
                    {
                        o.Methods = BrandDealPricingMethods.ViewsCpm | BrandDealPricingMethods.PerEngagement;
                        o.UsageRightsPremium = new RangeOptions(0.1m, 0.25m, 0.5m);
                        o.ContentType = "SparkAd";
                    }
                });
                services.AddSingleton<IRevenueModel>(p => new BrandDealsModel(p.GetRequiredService<IOptionsMonitor<BrandDealsOptions>>(), p.GetRequiredService<IRevenueModelContext>()));
                break;
            case "merchandise":
                builder.AddMerchandise(o =>
                {
                    if (moved)
                    {
                        o.AffiliateOrderShare = new RangeOptions(0.1m, 0.3m, 0.5m);
                        o.PerOrderFee = new RangeOptions(0.5m, 1.25m, 3m);
                    }
                });
                services.AddSingleton<IRevenueModel>(p => new MerchandiseModel(p.GetRequiredService<IOptionsMonitor<MerchandiseOptions>>(), p.GetRequiredService<IRevenueModelContext>()));
                break;
            case "affiliate":
                builder.AddAffiliate(o =>
                {
                    if (moved)
                    {
                        o.AvailableRegions = [];
                        o.PilotProgramRegions = [];
                        o.PilotProgramFollowers = 50_000;
                    }
                });
                services.AddSingleton<IRevenueModel>(p => new AffiliateModel(p.GetRequiredService<IOptionsMonitor<AffiliateOptions>>()));
                break;
            default:
                builder.AddSubscriptions(o =>
                {
                    if (moved)
                    {
                        o.MonthlyPrice = new RangeOptions(1.99m, 3.49m, 9.99m);
                        o.CreatorShare = new RangeOptions(0.5m, 0.75m, 0.9m);
                        o.FeesBeforeSplit = new RangeOptions(0.05m, 0.15m, 0.3m);
                    }
                });
                services.AddSingleton<IRevenueModel>(p => new SubscriptionsModel(p.GetRequiredService<IOptionsMonitor<SubscriptionsOptions>>()));
                break;
        }

        return services.BuildServiceProvider();
    }
}
