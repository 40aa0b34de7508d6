using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// Edges of the engine and its report that the revenue folder's mutation run found unpinned: the simulation's
/// per-path-month entry point (every stream's rounded amount and eligibility as the report gives them, a zero stream's
/// eligibility asked of the model, a model's failure named), the batch refusing money the table cannot convert, the
/// duplicate-name message listing every name, a report that converted nothing, a zero total's shares, a currency
/// converted to itself, a null region list, and the default rate card bound from configuration.
/// </summary>
public sealed class RevenueEngineEdgeTests
{
    private static readonly LikesImpact Fixed = new(false, LikesInfluence.None, LikesChannels.None, "Fixed.");

    private static readonly CreatorSnapshot Unconvertible =
        SampleCreators.MidTierUs with { Merchandise = new MerchandiseInputs { AverageOrderValue = new Money(2m, Currency.FromCode("NGN")) } };

    [Fact]
    public void ThePerPathMonthEntryPoint_GivesEachStreamsRoundedAmountAndEligibility_AsTheReportDoes()
    {
        using var provider = TestServices.BuiltIns(b => b.AddRevenueModel(new FollowerBarModel()));
        var engine = (RevenueEngine)provider.GetRequiredService<IRevenueEngine>();

        foreach (var creator in new[] { SampleCreators.MidTierUs, SampleCreators.Newcomer, SampleCreators.LikesOnly, SampleCreators.MidTierUs with { Profile = SampleCreators.MidTierUs.Profile with { Followers = 999 } } })
        {
            var report = engine.Estimate(creator);
            var values = new decimal[report.Streams.Count];
            var eligible = new bool[report.Streams.Count];

            var total = engine.EstimateExpected(creator, report.Currency, values, eligible);

            Assert.Equal(report.Total.Expected.Amount, total);
            Assert.Equal(report.Streams.Select(s => s.Range.Expected.Amount), values);
            Assert.Equal(report.Streams.Select(s => s.Estimate.IsEligible), eligible);
        }
    }

    [Fact]
    public void ThePerPathMonthEntryPoint_AsksAZeroStreamWhetherItIsEligible()
    {
        // Below the bar the model pays nothing and is not eligible; with no videos it pays nothing and is eligible.
        using var provider = TestServices.With(b => b.AddRevenueModel(new FollowerBarModel()));
        var engine = (RevenueEngine)provider.GetRequiredService<IRevenueEngine>();
        var values = new decimal[1];
        var eligible = new bool[1];
        var below = SampleCreators.MidTierUs with { Profile = SampleCreators.MidTierUs.Profile with { Followers = 999 } };
        var idle = SampleCreators.MidTierUs with { Videos = new ShortVideoStats() };

        Assert.Equal(0m, engine.EstimateExpected(below, Currency.Usd, values, eligible));
        Assert.False(eligible[0]);
        Assert.Equal(0m, engine.EstimateExpected(idle, Currency.Usd, values, eligible));
        Assert.True(eligible[0]);
        Assert.Equal(5m, engine.EstimateExpected(SampleCreators.MidTierUs, Currency.Usd, values, eligible));
        Assert.True(eligible[0]);
    }

    [Fact]
    public void ThePerPathMonthEntryPoint_NamesAModelWhoseEligibilityThrows_AndKeepsItsOwnModelException()
    {
        using var provider = TestServices.With(b => b.AddRevenueModel(new ThrowingEligibilityModel("boom", new InvalidOperationException("no data"))));
        var engine = (RevenueEngine)provider.GetRequiredService<IRevenueEngine>();

        var wrapped = Assert.Throws<RevenueModelException>(() => engine.EstimateExpected(SampleCreators.MidTierUs, Currency.Usd, new decimal[1], new bool[1]));
        Assert.Equal("boom", wrapped.ModelName);
        Assert.IsType<InvalidOperationException>(wrapped.InnerException);

        var own = new RevenueModelException("named", "its own words");
        using var second = TestServices.With(b => b.AddRevenueModel(new ThrowingEligibilityModel("named", own)));
        var secondEngine = (RevenueEngine)second.GetRequiredService<IRevenueEngine>();
        Assert.Same(own, Assert.Throws<RevenueModelException>(() => secondEngine.EstimateExpected(SampleCreators.MidTierUs, Currency.Usd, new decimal[1], new bool[1])));
    }

    [Fact]
    public void ThePerPathMonthEntryPoint_AndTheBatch_RefuseMoneyTheTableCannotConvert()
    {
        using var provider = TestServices.With(b => b.AddRevenueModel(new FollowerBarModel()));
        var engine = (RevenueEngine)provider.GetRequiredService<IRevenueEngine>();

        var single = Assert.Throws<InvalidCreatorSnapshotException>(() => engine.EstimateExpected(Unconvertible, Currency.Usd, new decimal[1], new bool[1]));
        var batch = Assert.Throws<InvalidCreatorSnapshotException>(() => engine.EstimateExpected([SampleCreators.MidTierUs, Unconvertible], new decimal[2]));

        Assert.Equal("Merchandise.AverageOrderValue", Assert.Single(single.Problems).Path);
        Assert.Equal("Merchandise.AverageOrderValue", Assert.Single(batch.Problems).Path);
    }

    [Fact]
    public void ThePerPathMonthEntryPoint_RefusesACreatorBeyondTheInputLimits()
    {
        using var provider = TestServices.With(b => b.AddRevenueModel(new FollowerBarModel()));
        var engine = (RevenueEngine)provider.GetRequiredService<IRevenueEngine>();
        var beyond = SampleCreators.MidTierUs with { Videos = SampleCreators.MidTierUs.Videos with { Views = 1_000_000_000_001 } };

        var ex = Assert.Throws<InvalidCreatorSnapshotException>(() => engine.EstimateExpected(beyond, Currency.Usd, new decimal[1], new bool[1]));

        Assert.Equal("Videos.Views", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void ModelsSharingNames_AreRefused_ListingEveryNameOnce()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization()
            .AddRevenueModel(new Flat("a", 1m))
            .AddRevenueModel(new OtherFlat("a"))
            .AddRevenueModel(new ThirdFlat("b"))
            .AddRevenueModel(new FourthFlat("b")));

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IRevenueEngine>());

        Assert.Equal("Two or more registered revenue models share the name(s) 'a', 'b'; every model needs a unique Name.", ex.Message);
    }

    [Fact]
    public void AReportThatConvertedFromTwoCurrencies_NamesBoth_WhenAskedForAThird()
    {
        using var provider = TestServices.With(b => b.AddRevenueModel(new Priced("euros", Currency.Eur)).AddRevenueModel(new OtherPriced("pounds", Currency.Gbp)));
        var report = provider.GetRequiredService<IRevenueEngine>().Estimate(SampleCreators.MidTierUs);

        var ex = Assert.Throws<ArgumentException>(() => report.ConversionRate(Currency.Jpy));
        Assert.Equal("The report converted nothing from JPY; it converted from EUR, GBP. (Parameter 'from')", ex.Message);
    }

    [Fact]
    public void AReportThatConvertedNothing_GivesItsOwnCurrencyARateOfOne_AndSaysItConvertedFromNoCurrency()
    {
        using var provider = TestServices.With(b => b.AddRevenueModel(new Flat("usd", 3m)));
        var report = provider.GetRequiredService<IRevenueEngine>().Estimate(SampleCreators.MidTierUs);

        Assert.Empty(report.ConvertedFrom);
        Assert.Equal(1m, report.ConversionRate(Currency.Usd));
        var ex = Assert.Throws<ArgumentException>(() => report.ConversionRate(Currency.Eur));
        Assert.Equal("The report converted nothing from EUR; it converted from no currency. (Parameter 'from')", ex.Message);
    }

    [Fact]
    public void AReportWithAZeroTotal_GivesEveryStreamAShareOfZero()
    {
        using var provider = TestServices.With(b => b.AddRevenueModel(new Flat("nothing", 0m)).AddRevenueModel(new OtherFlat("also-nothing", 0m)));
        var report = provider.GetRequiredService<IRevenueEngine>().Estimate(SampleCreators.MidTierUs);

        Assert.All(report.Streams, s => Assert.Equal(0m, s.ShareOfExpected));
    }

    [Fact]
    public void ACurrencyConvertedToItself_HasARateOfOne_EvenWhenTheTableDoesNotListIt()
    {
        using var provider = TestServices.With(b => b.AddRevenueModel(new Flat("usd", 3m)));
        var settings = provider.GetRequiredService<IRevenueModelContext>().Settings;
        var unlisted = Currency.FromCode("NGN");

        Assert.False(settings.TryGetConversionRate(unlisted, Currency.Usd, out _));
        Assert.Equal(1m, settings.ConversionRate(unlisted, unlisted));
        Assert.Equal(new Money(2.50m, unlisted), settings.Convert(new Money(2.50m, unlisted), unlisted));
    }

    [Fact]
    public void TheDefaultRateCard_IsConfiguredFromItsConfigurationSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RateCards:default:CashPerDiamond:Low"] = "0.004",
            ["RateCards:default:CashPerDiamond:Expected"] = "0.004",
            ["RateCards:default:CashPerDiamond:High"] = "0.004",
        }).Build();
        using var provider = TestServices.Build(s => s.AddTikTokMonetization(configuration));

        var card = provider.GetRequiredService<IOptionsMonitor<RateCardOptions>>().Get(RateCardNames.Default);

        Assert.Equal(0.004m, card.CashPerDiamond!.Expected);
    }

    [Fact]
    public void ARegionListThatIsNull_IsRefused_EvenForNoRegion()
    {
        Assert.Equal("regions", Assert.Throws<ArgumentNullException>(() => RegionList.Contains(null!, null!)).ParamName);
    }

    /// <summary>5 USD to a creator with at least 1,000 followers and some videos; 0 otherwise, eligible from 1,000 followers.</summary>
    private sealed class FollowerBarModel : IExpectedRevenueModel, IEligibilityRevenueModel
    {
        public string Name => "follower-bar";

        public string DisplayName => "Follower bar";

        public RevenueEstimate Estimate(CreatorSnapshot snapshot)
        {
            var rule = EligibilityRule.AtLeast("min-followers", 1_000, snapshot.Profile.Followers, "followers");
            return new RevenueEstimate(Name, DisplayName, new MoneyRange(ValueRange.Exactly(Amount(snapshot)), Currency.Usd), new Eligibility([rule]), null, Fixed);
        }

        public Money EstimateExpected(CreatorSnapshot snapshot) => Money.Usd(Amount(snapshot));

        public bool IsEligible(CreatorSnapshot snapshot) => snapshot.Profile.Followers >= 1_000;

        private static decimal Amount(CreatorSnapshot snapshot) => snapshot.Profile.Followers >= 1_000 && snapshot.Videos.VideosPosted > 0 ? 5m : 0m;
    }

    /// <summary>Pays nothing, so the engine asks its eligibility, which throws.</summary>
    private sealed class ThrowingEligibilityModel(string name, Exception error) : IExpectedRevenueModel, IEligibilityRevenueModel
    {
        public string Name => name;

        public string DisplayName => "Throws " + name;

        public RevenueEstimate Estimate(CreatorSnapshot snapshot) => throw error;

        public Money EstimateExpected(CreatorSnapshot snapshot) => Money.Usd(0m);

        public bool IsEligible(CreatorSnapshot snapshot) => throw error;
    }

    private class Flat(string name, decimal amount = 1m) : IRevenueModel
    {
        public string Name => name;

        public string DisplayName => "Flat " + name;

        public RevenueEstimate Estimate(CreatorSnapshot snapshot) =>
            new(name, DisplayName, new MoneyRange(ValueRange.Exactly(amount), Currency.Usd), Eligibility.Unconditional, null, Fixed);
    }

    private class Priced(string name, Currency currency) : IRevenueModel
    {
        public string Name => name;

        public string DisplayName => "Priced " + name;

        public RevenueEstimate Estimate(CreatorSnapshot snapshot) =>
            new(name, DisplayName, new MoneyRange(ValueRange.Exactly(2m), currency), Eligibility.Unconditional, null, Fixed);
    }

    private sealed class OtherPriced(string name, Currency currency) : Priced(name, currency);

    // Other types, so that the container keeps each beside the others.
    private sealed class OtherFlat(string name, decimal amount = 1m) : Flat(name, amount);

    private sealed class ThirdFlat(string name) : Flat(name);

    private sealed class FourthFlat(string name) : Flat(name);
}
