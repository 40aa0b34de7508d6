using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Benchmarks;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.Affiliate;
using TikTokMonetization.Models.BrandDeals;
using TikTokMonetization.Models.Merchandise;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;
using TikTokMonetization.Testing;

namespace TikTokMonetization.PublicApiModel.Tests;

/// <summary>
/// The brand-deals, merchandise and affiliate models, compiled from their own sources (and the funnel steps the last two
/// share) against the public API only, registered beside the built-ins as user models: each copy must agree with its
/// built-in to the last digit, line and rule over the generated mix, under the defaults and under options that move
/// every branch, and keep the model contract. With the three other models' tests, every built-in model is proven to
/// need nothing a user's model cannot have.
/// </summary>
public sealed class FunnelAndBrandModelsOnPublicApiTests
{
    private const int Creators = 3_000;

    public static TheoryData<string, string> Cases => new()
    {
        { "brand-deals", "defaults" },
        { "brand-deals", "one-method-usage-rights-and-a-content-type" },
        { "merchandise", "defaults" },
        { "merchandise", "affiliate-orders-and-fees" },
        { "affiliate", "defaults" },
        { "affiliate", "open-pilot-and-no-region-limit" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void PublicOnlyCopy_GivesWhatTheBuiltInGives_ForEveryCreatorOfTheMix(string model, string configuration)
    {
        using var provider = Services(model, configuration);
        var (builtIn, copy) = Pair(provider);

        BuiltInComparison.AssertSameAsBuiltIn(builtIn, copy, Mix());
    }

    [Theory]
    [InlineData("brand-deals")]
    [InlineData("merchandise")]
    [InlineData("affiliate")]
    public void TheMix_ReachesPaidAndUnpaidCreators(string model)
    {
        // Without this, the comparison above could pass over a mix that never pays, or pays everyone.
        using var provider = Services(model, "defaults");
        var (builtIn, _) = Pair(provider);
        var estimates = Mix().Select(builtIn.Estimate).ToList();

        Assert.Contains(estimates, e => e.Eligibility.IsEligible && e.Range.Expected.Amount > 0m && !e.Range.Amounts.IsExact);
        Assert.Contains(estimates, e => !e.Eligibility.IsEligible || e.Range.High.Amount == 0m);
    }

    [Theory]
    [InlineData("brand-deals")]
    [InlineData("merchandise")]
    [InlineData("affiliate")]
    public void PublicOnlyCopy_KeepsTheModelContract(string model)
    {
        using var provider = Services(model, "defaults");
        var (_, copy) = Pair(provider);

        RevenueModelContract.Verify(copy, Mix().Take(300).Concat([SampleCreators.MidTierUs, SampleCreators.Newcomer, SampleCreators.LikesOnly]));
    }

    [Fact]
    public void PublicOnlyCopies_AreCompiledInThisAssembly()
    {
        foreach (var type in new[] { typeof(BrandDealsModel), typeof(MerchandiseModel), typeof(AffiliateModel) })
        {
            Assert.NotSame(typeof(IRevenueModel).Assembly, type.Assembly);
            Assert.Same(typeof(FunnelAndBrandModelsOnPublicApiTests).Assembly, type.Assembly);
        }
    }

    private static IEnumerable<CreatorSnapshot> Mix() => CreatorMix.Create(Creators, 17);

    /// <summary>The built-in model (from the SDK's assembly) and the copy compiled here.</summary>
    private static (IRevenueModel BuiltIn, IRevenueModel Copy) Pair(ServiceProvider provider)
    {
        var models = provider.GetServices<IRevenueModel>().ToList();
        var here = typeof(FunnelAndBrandModelsOnPublicApiTests).Assembly;
        return (models.Single(m => m.GetType().Assembly != here), models.Single(m => m.GetType().Assembly == here));
    }

    private static ServiceProvider Services(string model, string configuration)
    {
        var services = new ServiceCollection();
        var builder = services.AddTikTokMonetization();
        var defaults = configuration == "defaults";
        switch (model)
        {
            case "brand-deals":
                builder.AddBrandDeals(o =>
                {
                    if (!defaults)
                    {
                        o.Methods = BrandDealPricingMethods.ViewsCpm | BrandDealPricingMethods.PerEngagement;
                        o.UsageRightsPremium = new RangeOptions(0.1m, 0.25m, 0.5m);
                        o.ContentType = "SparkAd";
                    }
                });

                // The copy reads the same options and context as the built-in, as a user's model would.
                services.AddSingleton<IRevenueModel>(p => new BrandDealsModel(p.GetRequiredService<IOptionsMonitor<BrandDealsOptions>>(), p.GetRequiredService<IRevenueModelContext>()));
                break;
            case "merchandise":
                builder.AddMerchandise(o =>
                {
                    if (!defaults)
                    {
                        o.AffiliateOrderShare = new RangeOptions(0.1m, 0.3m, 0.5m);
                        o.PerOrderFee = new RangeOptions(0.5m, 1.25m, 3m);
                    }
                });
                services.AddSingleton<IRevenueModel>(p => new MerchandiseModel(p.GetRequiredService<IOptionsMonitor<MerchandiseOptions>>(), p.GetRequiredService<IRevenueModelContext>()));
                break;
            default:
                builder.AddAffiliate(o =>
                {
                    if (!defaults)
                    {
                        o.AvailableRegions = [];
                        o.PilotProgramRegions = [];
                        o.PilotProgramFollowers = 50_000;
                    }
                });
                services.AddSingleton<IRevenueModel>(p => new AffiliateModel(p.GetRequiredService<IOptionsMonitor<AffiliateOptions>>()));
                break;
        }

        return services.BuildServiceProvider();
    }
}
