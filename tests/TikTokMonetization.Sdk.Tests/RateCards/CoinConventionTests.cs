using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.LiveGifts;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// The two published coin-to-diamond conventions as named rate cards, and the name <c>default</c> meaning the default
/// card wherever a card is named.
/// </summary>
public sealed class CoinConventionTests
{
    // The cards are immutable data: built once for the class, so the property's cases cost a conversion, not a container.
    private static readonly RateCard DefaultCard = Card(RateCardNames.Default);
    private static readonly RateCard TwoCoinsCard = Card(RateCardNames.TwoCoinsPerDiamond);

    private static RateCard Card(string name)
    {
        using var provider = TestServices.BuiltIns();
        return provider.GetRequiredService<IRateCardProvider>().Get(name);
    }

    [Fact]
    public void TwoCoinsPerDiamond_AsCalculateCreatorStatesIt_1000CoinsAre500DiamondsAndUsd2Point50()
    {
        // calculatecreator.com's LIVE gifts calculator: "2 coins = 1 diamond", US$0.005 per diamond.
        var card = Card(RateCardNames.TwoCoinsPerDiamond);

        var diamonds = card.ToDiamonds(new Coins(1_000));

        Assert.Equal(500m, diamonds.Value);
        Assert.Equal(Money.Usd(2.50m), card.ToCash(diamonds));
        Assert.Contains("calculatecreator.com", card.Source, StringComparison.Ordinal);
        Assert.Null(card.AsOf);
        Assert.Contains("undated", card.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDefaultCard_CountsOneDiamondPerCoin_AsTheLiveClientLibrariesDo()
    {
        var card = Card(RateCardNames.Default);

        Assert.Equal(1m, card.DiamondsPerCoin);
        Assert.Equal(Money.Usd(5m), card.ToCash(card.ToDiamonds(new Coins(1_000))));
    }

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property TheTwoConventions_DifferByExactlyAFactorOfTwo_ForAnyCoins(NonNegativeInt coins)
    {
        var one = DefaultCard;
        var two = TwoCoinsCard;
        var spent = new Coins(coins.Get);

        return (one.ToCash(one.ToDiamonds(spent)).Amount == 2m * two.ToCash(two.ToDiamonds(spent)).Amount)
            .Label($"{coins.Get} coins: {one.ToCash(one.ToDiamonds(spent))} against 2 × {two.ToCash(two.ToDiamonds(spent))}");
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("default", "")]
    [InlineData("DEFAULT", "")]
    [InlineData("two-coins-per-diamond", "two-coins-per-diamond")]
    [InlineData("my-card", "my-card")]
    public void Normalize_MakesDefaultInAnyCaseTheDefaultCard(string? name, string expected) =>
        Assert.Equal(expected, RateCardNames.Normalize(name));

    [Fact]
    public void BuiltIn_ListsEveryShippedCard() =>
        Assert.Equal([RateCardNames.Default, RateCardNames.UsScaledLiveRewards2025, RateCardNames.TwoCoinsPerDiamond], RateCardNames.BuiltIn);

    [Fact]
    public void TheLiveGiftsModel_NamingTheDefaultCardAsDefault_IsAcceptedAndUsesIt()
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["LiveGifts:RateCard"] = "Default" }).Build();
        using var provider = TestServices.Validated(s => s.AddTikTokMonetization(settings).AddBuiltInModels(settings));
        using var plain = TestServices.BuiltIns();

        var named = provider.GetRequiredService<IRevenueEngine>().Estimate(SampleCreators.MidTierUs);
        var unnamed = plain.GetRequiredService<IRevenueEngine>().Estimate(SampleCreators.MidTierUs);

        Assert.Equal(unnamed.Total, named.Total);
    }

    [Fact]
    public void ConfigureRateCard_UnderTheNameDefault_ChangesTheDefaultCard()
    {
        using var provider = TestServices.BuiltIns(b => b.ConfigureRateCard("default", o => o.CashPerDiamond = new RangeOptions(0.004m, 0.004m, 0.004m)));

        var card = provider.GetRequiredService<IRateCardProvider>().Get();

        Assert.Equal(0.004m, card.CashPerDiamond.Expected);
        Assert.Same(card, provider.GetRequiredService<IRateCardProvider>().Get("default"));
    }

    [Fact]
    public void TheLiveGiftsModel_OnTheTwoCoinsCard_EarnsHalfOfTheDefault()
    {
        using var two = TestServices.BuiltIns(b => b.Services.Configure<LiveGiftsOptions>(o => o.RateCard = RateCardNames.TwoCoinsPerDiamond));
        using var one = TestServices.BuiltIns();

        var half = two.GetRequiredService<IRevenueEngine>().Estimate(SampleCreators.MidTierUs).Streams.Single(s => s.Name == BuiltInModels.LiveGifts.Name).Estimate.Range;
        var full = one.GetRequiredService<IRevenueEngine>().Estimate(SampleCreators.MidTierUs).Streams.Single(s => s.Name == BuiltInModels.LiveGifts.Name).Estimate.Range;

        Assert.Equal(full.Expected.Amount, 2m * half.Expected.Amount);
        Assert.Equal(full.Low.Amount, 2m * half.Low.Amount);
        Assert.Equal(full.High.Amount, 2m * half.High.Amount);
    }
}
