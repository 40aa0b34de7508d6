using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// The rate cards and coin price tables beyond their headline numbers (mutation triage, issue 12): every refusal's
/// words, pack equality and order, ties between packs, the tables' texts and sources, a card's description and cash
/// range, the provenance of a changed built-in card, the options at their edges, a named card's reload, the list of
/// configured cards a misspelt name is told, and the registration's argument checks.
/// </summary>
public sealed class RateCardsEdgeTests
{
    private const string Us2024Source = "jivochat.com blog (updated 15 Apr 2024); whizcase.com (\"1.29-1.3 cents\")";
    private const string UsWeb2022Source = "the-sun.com (16 Mar 2022): tiktok.com/coin \"starting at $0.74 for 70 coins\"";

    private static CoinPriceTable BuiltIn(string name) =>
        CoinPriceTables.TryGet(name, out var table) ? table : throw new InvalidOperationException($"no built-in table '{name}'");

    private static CoinPriceTable Table(params CoinPack[] packs) => new("t", CoinPurchaseChannel.Unknown, packs, "s", null);

    private static CoinPack Pack(int coins, decimal usd) => new(coins, Money.Usd(usd));

    private static RateCard Card(decimal diamondsPerCoin = 1m, ValueRange? cashPerDiamond = null, string name = "eu", string source = "EU contract", DateTime? asOf = null) =>
        new(name, Currency.Eur, diamondsPerCoin, cashPerDiamond ?? ValueRange.Exactly(0.004m), source, asOf);

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void APack_OfNoCoins_NamesTheCoinsAndTheMinimum(int coins)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Pack(coins, 1m));

        Assert.Equal("coins", error.ParamName);
        Assert.StartsWith($"coins is {coins.ToString(System.Globalization.CultureInfo.InvariantCulture)}; a coin pack holds at least 1 coin. (Parameter 'coins')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APack_OfNegativeCoins_SaysSoInTheInvariantCulture() =>
        MoneyTests.WithCulture("sv-SE", () =>
            Assert.StartsWith("coins is -5; ", Assert.Throws<ArgumentOutOfRangeException>(() => Pack(-5, 1m)).Message, StringComparison.Ordinal));

    [Theory]
    [InlineData(0, "price is 0.00 USD; a coin pack costs more than 0. (Parameter 'price')")]
    [InlineData(-1, "price is -1.00 USD; a coin pack costs more than 0. (Parameter 'price')")]
    public void APack_AtNoPrice_NamesThePriceAndTheMinimum(int usd, string message)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Pack(10, usd));

        Assert.Equal("price", error.ParamName);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Packs_AreEqual_OnlyWithTheSameCoinsAndTheSamePrice()
    {
        var pack = Pack(100, 1.29m);

        Assert.True(pack.Equals(Pack(100, 1.29m)));
        Assert.True(pack.Equals((object)Pack(100, 1.29m)));
        Assert.Equal(pack.GetHashCode(), Pack(100, 1.29m).GetHashCode());
        Assert.False(pack.Equals(Pack(101, 1.29m)));
        Assert.False(pack.Equals(Pack(100, 1.30m)));
        Assert.False(pack.Equals(Pack(101, 1.30m)));
        Assert.False(pack.Equals(new CoinPack(100, new Money(1.29m, Currency.Eur))));
        Assert.False(pack.Equals((object)100));
    }

    [Fact]
    public void Packs_OfTheSameCoins_ListTheCheaperFirst()
    {
        var table = Table(Pack(10, 2m), Pack(5, 1m), Pack(10, 1.5m));

        Assert.Equal([Pack(5, 1m), Pack(10, 1.5m), Pack(10, 2m)], table.Packs);
        Assert.Equal("coin packs 't' (undated, channel not stated): 5 coins for 1.00 USD ... 10 coins for 2.00 USD; s", table.ToString());
    }

    [Fact]
    public void ATable_WithoutASource_HasAnEmptySource() =>
        Assert.Equal(string.Empty, new CoinPriceTable("t", CoinPurchaseChannel.Web, [Pack(1, 1m)], null!, null).Source);

    /// <summary>
    /// 2/3 rounds to 0.6666666666666666666666666667 in decimal, so 3 coins for 2 and 1 coin for that rounded third tie on
    /// the price of a coin, yet 3 coins cost 2 in the first pack and 2.0000000000000000000000000001 in the second; 1/3
    /// rounds down instead, so there the one-coin pack is the cheaper. The range is ordered whichever way the tie falls.
    /// </summary>
    [Fact]
    public void CostOf_PacksWhoseCoinPricesTieOnceRounded_IsOrdered()
    {
        var roundedUp = Pack(1, 0.6666666666666666666666666667m);
        var roundedDown = Pack(1, 0.3333333333333333333333333333m);
        Assert.Equal(roundedUp.PricePerCoin, Pack(3, 2m).PricePerCoin);
        Assert.Equal(roundedDown.PricePerCoin, Pack(3, 1m).PricePerCoin);

        var smallPackDearer = Table(roundedUp, Pack(3, 2m)).CostOf(new Coins(3));
        var smallPackCheaper = Table(roundedDown, Pack(3, 1m)).CostOf(new Coins(3));

        Assert.Equal(new ValueRange(2m, (2m + 2.0000000000000000000000000001m) / 2m, 2.0000000000000000000000000001m), smallPackDearer.Amounts);
        Assert.Equal(new ValueRange(0.9999999999999999999999999999m, (0.9999999999999999999999999999m + 1m) / 2m, 1m), smallPackCheaper.Amounts);
    }

    [Fact]
    public void CostOf_NegativeCoins_NamesTheCoinsAndWhatIsAllowed()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => BuiltIn(CoinPriceTables.Us2024).CostOf(new Coins(-1)));

        Assert.Equal("coins", error.ParamName);
        Assert.StartsWith("coins is -1 coins; it must be zero or greater. (Parameter 'coins')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PricePerCoin_OfAnEvenNumberOfPacks_ExpectsTheMeanOfTheTwoMiddlePacks()
    {
        // eu-web: 100 coins for 1.09 EUR (0.0109 a coin) and 10,000 for 109.99 EUR (0.010999 a coin).
        Assert.Equal(new ValueRange(0.0109m, 0.0109495m, 0.010999m), BuiltIn(CoinPriceTables.EuWeb).PricePerCoin);

        // Four packs at 1, 2, 3 and 4 a coin: the median is 2.5, not the third pack's 3.
        Assert.Equal(new ValueRange(1m, 2.5m, 4m), Table(Pack(1, 4m), Pack(1, 1m), Pack(1, 3m), Pack(1, 2m)).PricePerCoin);
    }

    [Fact]
    public void ToString_OfADatedTableOfNoStatedChannel_ShowsTheDateAndSaysSo() =>
        Assert.Equal(
            "coin packs 'us-2024' (2024-04-15, channel not stated): 100 coins for 1.29 USD ... 10,000 coins for 134.99 USD; " + Us2024Source,
            BuiltIn(CoinPriceTables.Us2024).ToString());

    [Fact]
    public void ToString_OfAOnePackWebTable_ShowsThePackOnce() =>
        Assert.Equal(
            "coin packs 'us-web-2022' (2022-03-16, web): 70 coins for 0.74 USD; " + UsWeb2022Source,
            BuiltIn(CoinPriceTables.UsWeb2022).ToString());

    [Theory]
    [InlineData(CoinPriceTables.Us2024, Us2024Source)]
    [InlineData(CoinPriceTables.UsInApp2021To2023, "sportskeeda.com (Lion article), dailyzsocialmedianews.com, bloc4you.com; about 2021-2023, undated")]
    [InlineData(CoinPriceTables.UsWeb2022, UsWeb2022Source)]
    [InlineData(CoinPriceTables.UkInApp, "apps.uk, undated")]
    [InlineData(CoinPriceTables.EuWeb, "blog.tiktokcoins.ai (EU), undated; only the smallest and the largest pack are given")]
    public void BuiltIn_EveryTable_NamesItsSource(string name, string source) =>
        Assert.Equal(source, BuiltIn(name).Source);

    [Fact]
    public void BuiltIn_Names_ListEveryTable_TheDefaultFirst() =>
        Assert.Equal([CoinPriceTables.Us2024, CoinPriceTables.UsInApp2021To2023, CoinPriceTables.UsWeb2022, CoinPriceTables.UkInApp, CoinPriceTables.EuWeb], CoinPriceTables.Names);

    [Theory]
    [InlineData(1, 2, 3, true)]
    [InlineData(9, 2, 3, false)]
    [InlineData(1, 9, 3, false)]
    [InlineData(1, 2, 9, false)]
    public void Is_HoldsOnlyWhenAllThreeValuesMatch(int low, int expected, int high, bool holds) =>
        Assert.Equal(holds, new RangeOptions(1m, 2m, 3m).Is(low, expected, high));

    [Theory]
    [InlineData("0", "diamondsPerCoin is 0; it must be greater than zero. (Parameter 'diamondsPerCoin')")]
    [InlineData("-0.5", "diamondsPerCoin is -0.5; it must be greater than zero. (Parameter 'diamondsPerCoin')")]
    public void ACard_OfNoDiamondsPerCoin_IsRefused_NamingTheValue(string diamondsPerCoin, string message)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Card(decimal.Parse(diamondsPerCoin, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal("diamondsPerCoin", error.ParamName);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACard_PayingNothingPerDiamond_IsAllowed() =>
        Assert.Equal(Money.Zero(Currency.Eur), Card(cashPerDiamond: ValueRange.Exactly(0m)).ToCash(new Diamonds(1_000m)));

    [Fact]
    public void ACard_OfANegativeCashPerDiamond_IsRefused_NamingTheRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Card(cashPerDiamond: new ValueRange(-0.001m, 0.005m, 0.005m)));

        Assert.Equal("cashPerDiamond", error.ParamName);
        Assert.StartsWith("cashPerDiamond is -0.001..0.005 (expected 0.005); it must be zero or greater. (Parameter 'cashPerDiamond')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACard_DescribesItselfByItsName_AsUndatedWithoutADate()
    {
        Assert.Equal("rate card 'eu' (undated): EU contract", Card().Description);
        Assert.Equal("rate card 'eu' (2025-03-01): EU contract", Card(asOf: new DateTime(2025, 3, 1)).ToString());
        Assert.Equal("rate card 'default' (undated): EU contract", Card(name: RateCardNames.Default).Description);
    }

    [Fact]
    public void ACard_WithoutASource_HasAnEmptySource() =>
        Assert.Equal(string.Empty, Card(source: null!).Source);

    [Fact]
    public void FromOptions_WithoutOptions_NamesTheParameter() =>
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => RateCard.FromOptions("eu", null!)).ParamName);

    [Fact]
    public void ToCashRange_MultipliesTheDiamondsByEachRate() =>
        Assert.Equal(
            new MoneyRange(new ValueRange(2m, 4m, 5.3m), Currency.Eur),
            Card(cashPerDiamond: new ValueRange(0.002m, 0.004m, 0.0053m)).ToCashRange(new Diamonds(1_000m)));

    [Fact]
    public void ABuiltInCard_WithChangedRatesAndItsOwnSource_SaysTheRatesAreTheApplications()
    {
        using var provider = TestServices.With(b => b
            .ConfigureRateCard(RateCardNames.UsScaledLiveRewards2025, o => o.CashPerDiamond = new RangeOptions(0.003m, 0.003m, 0.003m))
            .ConfigureRateCard(RateCardNames.TwoCoinsPerDiamond, o => o.Currency = "EUR"));
        var cards = provider.GetRequiredService<IRateCardProvider>();

        Assert.Equal("configured by the application (rates differ from the built-in card)", cards.Get(RateCardNames.UsScaledLiveRewards2025).Source);
        Assert.Equal("configured by the application (rates differ from the built-in card)", cards.Get(RateCardNames.TwoCoinsPerDiamond).Source);
    }

    [Fact]
    public void DiamondsPerCoin_AtItsBoundOf10_IsAccepted()
    {
        using var provider = TestServices.With(b => b.ConfigureRateCard("ten", o => o.DiamondsPerCoin = 10m));

        Assert.Equal(10m, provider.GetRequiredService<IRateCardProvider>().Get("ten").DiamondsPerCoin);
    }

    [Fact]
    public void ACard_WithoutCashPerDiamond_FailsAtStart_NamingTheOption()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization().ConfigureRateCard("bare", o => o.CashPerDiamond = null!));

        Assert.Equal(
            ["TikTokMonetization:RateCards:bare:CashPerDiamond is null; it must be a range with Low, Expected and High."],
            TestServices.StartupFailures(provider));
    }

    [Fact]
    public void ANamedCard_ReloadedFromConfiguration_IsRebuiltForTheNextGet()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Currency"] = "GBP" }).Build();
        using var provider = TestServices.With(b => b.ConfigureRateCard("uk", configuration));
        var cards = provider.GetRequiredService<IRateCardProvider>();
        Assert.Equal(Currency.Gbp, cards.Get("uk").Currency);

        configuration["Currency"] = "EUR";
        configuration.Reload();

        Assert.Equal(Currency.Eur, cards.Get("uk").Currency);
    }

    [Fact]
    public void CardsAskedForInTurn_ByNamesEqualButNotTheSameInstance_AreEachTheirOwn()
    {
        using var provider = TestServices.With(b => b.ConfigureRateCard("eu", o => o.Currency = "EUR"));
        var cards = provider.GetRequiredService<IRateCardProvider>();
        var eu = new string(['e', 'u']);

        Assert.Equal(Currency.Eur, cards.Get("eu").Currency);
        Assert.Equal(Currency.Usd, cards.Get().Currency);
        Assert.Equal(Currency.Eur, cards.Get(eu).Currency);
        Assert.Same(cards.Get("eu"), cards.Get(eu));
        Assert.Equal(Currency.Usd, cards.Get(RateCardNames.Default).Currency);
    }

    [Fact]
    public void CardsAskedForInTurn_ByModelsOnDifferentCards_AllocateNothingOnceEachWasFound()
    {
        using var provider = TestServices.With(b => b.ConfigureRateCard("eu", o => o.Currency = "EUR").ConfigureRateCard("uk", o => o.Currency = "GBP"));
        var cards = provider.GetRequiredService<IRateCardProvider>();
        string?[] names = ["eu", null, "uk", RateCardNames.UsScaledLiveRewards2025];
        foreach (var name in names)
        {
            cards.Get(name);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            foreach (var name in names)
            {
                cards.Get(name);
            }
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
        Assert.Equal([Currency.Eur, Currency.Usd, Currency.Gbp], names.Take(3).Select(n => cards.Get(n).Currency));
    }

    [Fact]
    public void AReloadedCard_ReachesTheLiveGiftsEstimate_AskedForByTheSameNameBeforeAndAfter()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Currency"] = "GBP" }).Build();
        using var provider = TestServices.With(b => b.ConfigureRateCard("uk", configuration).AddLiveGifts(o => o.RateCard = "uk"));
        var liveGifts = provider.GetServices<IRevenueModel>().Single(m => m.Name == "live-gifts");
        var creator = SampleCreators.MidTierUs;
        Assert.Equal(Currency.Gbp, liveGifts.Estimate(creator).Range.Currency);

        configuration["Currency"] = "EUR";
        configuration.Reload();

        Assert.Equal(Currency.Eur, liveGifts.Estimate(creator).Range.Currency);
        Assert.Equal(Currency.Eur, ((IExpectedRevenueModel)liveGifts).EstimateExpected(creator).Currency);
    }

    [Fact]
    public void AnUnknownCardName_FailsAtStart_ListingTheConfiguredCardsInOrdinalOrder()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization()
            .ConfigureRateCard("eu", o => o.Currency = "EUR")
            .AddLiveGifts(o => o.RateCard = "nope"));

        Assert.Equal(
            ["TikTokMonetization:LiveGifts:RateCard is 'nope'; it must name a configured rate card: 'default', 'eu', 'two-coins-per-diamond', 'us-scaled-live-rewards-2025'."],
            TestServices.StartupFailures(provider));
    }

    [Fact]
    public void ConfigureRateCard_WithANullArgument_NamesIt()
    {
        var builder = new ServiceCollection().AddTikTokMonetization();
        var configuration = new ConfigurationBuilder().Build();

        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => TikTokMonetizationBuilderExtensions.ConfigureRateCard(null!, "eu", _ => { })).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => builder.ConfigureRateCard(null!, _ => { })).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => builder.ConfigureRateCard("eu", (Action<RateCardOptions>)null!)).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => TikTokMonetizationBuilderExtensions.ConfigureRateCard(null!, "eu", configuration)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => builder.ConfigureRateCard(null!, configuration)).ParamName);
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() => builder.ConfigureRateCard("eu", (IConfiguration)null!)).ParamName);
    }

    [Fact]
    public void ConfigureRateCard_OnABuilderWithoutTheSdk_SaysToAddItFirst()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new BareBuilder(new ServiceCollection()).ConfigureRateCard("eu", _ => { }));

        Assert.Equal("builder.Services has no TikTokMonetization services; call services.AddTikTokMonetization() first and configure rate cards on the builder it returns.", error.Message);
    }

    /// <summary>A builder of the application's own making, over services the SDK was never added to.</summary>
    private sealed class BareBuilder(IServiceCollection services) : ITikTokMonetizationBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
