using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.BrandDeals;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>Two stated engagement rates (per-mille by followers, lower first) and add-on premiums (per-mille, ordered).</summary>
/// <param name="Followers">Followers.</param>
/// <param name="LowerRate">The lower engagement rate by followers.</param>
/// <param name="HigherRate">The higher engagement rate by followers.</param>
/// <param name="Exclusivity">An exclusivity premium range.</param>
/// <param name="Whitelisting">A whitelisting premium range.</param>
public sealed record BrandDealTerms(long Followers, decimal LowerRate, decimal HigherRate, ValueRange Exclusivity, ValueRange Whitelisting);

/// <summary>Registers <see cref="BrandDealTerms"/>.</summary>
public static class BrandDealTermsArbitraries
{
    private static Gen<ValueRange> Premium() =>
        from a in Gen.Choose(0, 1000)
        from b in Gen.Choose(0, 1000)
        from c in Gen.Choose(0, 1000)
        let sorted = new[] { a, b, c }.OrderBy(x => x).ToArray()
        select new ValueRange(sorted[0] / 1000m, sorted[1] / 1000m, sorted[2] / 1000m);

    /// <summary>Terms from 0 to 10,000,000 followers, rates from 0 to 20%, premiums from 0 to 1 each.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<BrandDealTerms> Terms() =>
        (from followers in Gen.Choose(0, 10_000_000)
         from a in Gen.Choose(0, 200)
         from b in Gen.Choose(0, 200)
         from exclusivity in Premium()
         from whitelisting in Premium()
         select new BrandDealTerms(followers, Math.Min(a, b) / 1000m, Math.Max(a, b) / 1000m, exclusivity, whitelisting)).ToArbitrary();
}

/// <summary>Laws of engagement bands and add-ons (issue 16).</summary>
[Properties(Arbitrary = [typeof(BrandDealTermsArbitraries)], MaxTest = 100, QuietOnSuccess = true)]
public sealed class BrandDealsFidelityProperties
{
    private static readonly IRevenueModel Banded = BrandDealsTestServices.Model(o => o.EngagementBands = BrandDealsFidelityTests.Bands());

    private static CreatorSnapshot Creator(long followers, decimal rate) =>
        BrandDealsTestServices.Creator(followers: followers, deals: new BrandDealInputs { EngagementRateByFollowers = (double)rate });

    private static RangeOptions Options(ValueRange range) => new(range.Low, range.Expected, range.High);

    private static bool AtLeast(MoneyRange higher, MoneyRange lower) =>
        higher.Low.Amount >= lower.Low.Amount && higher.Expected.Amount >= lower.Expected.Amount && higher.High.Amount >= lower.High.Amount;

    [Property]
    public Property EveryBreakdownLine_ReadsAsTrueArithmetic_InABand(BrandDealTerms terms) =>
        ModelLaws.BreakdownReadsAsArithmetic(Banded.Estimate(Creator(terms.Followers, terms.LowerRate)))
            .And(ModelLaws.BreakdownReadsAsArithmetic(Banded.Estimate(Creator(terms.Followers, terms.HigherRate))));

    [Property]
    public bool AHigherEngagementBand_NeverLowersThePrice(BrandDealTerms terms)
    {
        var lower = Banded.Estimate(Creator(terms.Followers, terms.LowerRate)).Range;
        var higher = Banded.Estimate(Creator(terms.Followers, terms.HigherRate)).Range;

        return AtLeast(higher, lower);
    }

    [Property]
    public bool AnAddOn_NeverLowersTheRange(BrandDealTerms terms)
    {
        var creator = Creator(terms.Followers, terms.LowerRate);
        var without = BrandDealsTestServices.Model().Estimate(creator).Range;
        var with = BrandDealsTestServices.Model(o =>
        {
            o.ExclusivityPremium = Options(terms.Exclusivity);
            o.WhitelistingPremium = Options(terms.Whitelisting);
        }).Estimate(creator).Range;

        return AtLeast(with, without);
    }

    [Property]
    public bool TheFastPath_IsTheFullEstimatesExpectedPoint_WithBandsNicheAndAddOns(BrandDealTerms terms)
    {
        var model = BrandDealsTestServices.Model(o =>
        {
            o.EngagementBands = BrandDealsFidelityTests.Bands();
            o.ExclusivityPremium = Options(terms.Exclusivity);
            o.WhitelistingPremium = Options(terms.Whitelisting);
            o.NichePremiums["beauty"] = 0.25m;
        });
        var creator = Creator(terms.Followers, terms.HigherRate);
        creator = creator with { Profile = creator.Profile with { Niche = "beauty" } };

        return ((IExpectedRevenueModel)model).EstimateExpected(creator).Amount == model.Estimate(creator).Range.Expected.Amount;
    }
}
