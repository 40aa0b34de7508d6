using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Tests;

/// <summary>What viewers pay for coins: dated pack tables, the range a number of coins costs, and bad packs refused.</summary>
public sealed class CoinPriceTableTests
{
    [Fact]
    public void Us2024_AsJivochatListsIt_PricesACoinFrom1Point29To1Point35Cents()
    {
        // jivochat.com (updated 15 Apr 2024): 100 coins for $1.29 ... 5,000 for $66.99, 10,000 for $134.99.
        Assert.True(CoinPriceTables.TryGet("US-2024", out var table));

        Assert.Equal(0.0129m, table.PricePerCoin.Low);
        Assert.Equal(0.013398m, table.PricePerCoin.Expected); // the median pack: 5,000 for 66.99
        Assert.Equal(0.013499m, table.PricePerCoin.High);
        Assert.Equal(new DateTime(2024, 4, 15), table.AsOf);
        Assert.Equal(CoinPriceTables.Us2024, CoinPriceTables.Default);
        Assert.Equal(CoinPriceTables.Default, CoinPriceTables.BuiltIn[0].Name);
    }

    [Fact]
    public void CostOf_ALion_InUsInAppPacks_IsAboutWhatTheBbcsMiddlemanQuoted()
    {
        // A Lion is 29,999 coins; US in-app packs (65 for $0.99 ... 16,500 for $249.99) put it near $450 (domain facts: "≈ $450 paid in-app").
        Assert.True(CoinPriceTables.TryGet(CoinPriceTables.UsInApp2021To2023, out var table));

        var lion = table.CostOf(new Coins(29_999));

        Assert.Equal(Currency.Usd, lion.Currency);
        Assert.InRange(lion.Low.Amount, 450m, 455m);
        Assert.InRange(lion.High.Amount, 455m, 460m);
        Assert.Equal(29_999m * 4.99m / 330m, lion.Low.Amount); // the cheapest coin: 330 for $4.99
        Assert.Equal(29_999m * 0.99m / 65m, lion.High.Amount); // the dearest: 65 for $0.99
    }

    [Fact]
    public void AOnePackTable_CostsExactlyThatPack()
    {
        Assert.True(CoinPriceTables.TryGet(CoinPriceTables.UsWeb2022, out var table));

        Assert.Equal(Money.Usd(0.74m), table.CostOf(new Coins(70)).Expected);
        Assert.True(table.PricePerCoin.IsExact);
        Assert.Equal(CoinPurchaseChannel.Web, table.Channel);
    }

    [Fact]
    public void ToString_NamesTheTableItsDateChannelPacksAndSource()
    {
        Assert.True(CoinPriceTables.TryGet(CoinPriceTables.UkInApp, out var table));

        Assert.Equal("coin packs 'uk-in-app' (undated, in-app): 40 coins for 0.49 GBP ... 16,500 coins for 219.99 GBP; apps.uk, undated", table.ToString());
    }

    [Fact]
    public void CostOf_NegativeCoins_IsRefused()
    {
        Assert.True(CoinPriceTables.TryGet(CoinPriceTables.Us2024, out var table));

        Assert.Throws<ArgumentOutOfRangeException>(() => table.CostOf(new Coins(-1)));
    }

    [Fact]
    public void TryGet_AnUnknownName_FindsNothing() => Assert.False(CoinPriceTables.TryGet("us-2023", out _));

    [Fact]
    public void ATable_RefusesNoPacks_AndMixedCurrencies()
    {
        var none = Assert.Throws<ArgumentException>(() => new CoinPriceTable("t", CoinPurchaseChannel.Web, [], "s", null));
        var mixed = Assert.Throws<ArgumentException>(() => new CoinPriceTable("t", CoinPurchaseChannel.Web, [new CoinPack(10, Money.Usd(1m)), new CoinPack(10, new Money(1m, Currency.Eur))], "s", null));

        Assert.StartsWith("packs is empty", none.Message, StringComparison.Ordinal);
        Assert.StartsWith("packs are priced in USD and EUR; one table holds one currency.", mixed.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(10, 0)]
    [InlineData(10, -1)]
    public void APack_RefusesNoCoinsOrNoPrice(int coins, int price) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CoinPack(coins, Money.Usd(price)));

    /// <summary>For any packs, the cost of any coins is ordered (low ≤ expected ≤ high), and buying more coins never costs less.</summary>
    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property CostOf_IsOrdered_AndGrowsWithTheCoins(PositiveInt[] coins, PositiveInt[] cents, NonNegativeInt spent, PositiveInt more)
    {
        var packs = coins.Zip(cents, (c, p) => new CoinPack(c.Get % 20_000 + 1, Money.Usd((p.Get % 50_000 + 1) / 100m))).Take(8).ToList();
        if (packs.Count == 0)
        {
            return true.ToProperty();
        }

        var table = new CoinPriceTable("generated", CoinPurchaseChannel.Unknown, packs, "generated", null);
        var some = table.CostOf(new Coins(spent.Get));
        var bigger = table.CostOf(new Coins(spent.Get + (long)more.Get));

        return (some.Low <= some.Expected && some.Expected <= some.High
                && bigger.Low >= some.Low && bigger.Expected >= some.Expected && bigger.High >= some.High)
            .Label($"{spent.Get} coins cost {some}; {spent.Get + (long)more.Get} cost {bigger}");
    }
}
