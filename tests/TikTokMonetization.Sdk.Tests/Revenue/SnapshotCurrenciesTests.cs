using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>The engine refuses, before any model runs, every amount of money its exchange-rate table cannot convert, all at once.</summary>
public sealed class SnapshotCurrenciesTests
{
    [Fact]
    public void EveryUnconvertibleAmount_IsRefusedUpFront_EachNamedWithItsFieldAndTheRateToAdd()
    {
        using var provider = TestServices.BuiltIns();
        var naira = Currency.FromCode("NGN");
        var snapshot = SampleCreators.MidTierUs with
        {
            BrandDeals = new BrandDealInputs { ObservedPricePerPost = new Money(1m, naira) },
            Merchandise = new MerchandiseInputs { AverageOrderValue = new Money(2m, naira) },
            Affiliate = new AffiliateInputs { ObservedSales = new Money(3m, naira) },
            Subscriptions = new SubscriptionInputs { Subscribers = 1, MonthlyPrice = new Money(4m, naira) },
        };

        var ex = Assert.Throws<InvalidCreatorSnapshotException>(() => provider.GetRequiredService<IRevenueEngine>().Estimate(snapshot));

        Assert.Equal(
            ["BrandDeals.ObservedPricePerPost", "Merchandise.AverageOrderValue", "Affiliate.ObservedSales", "Subscriptions.MonthlyPrice"],
            ex.Problems.Select(p => p.Path));
        Assert.Equal(["1.00 NGN", "2.00 NGN", "3.00 NGN", "4.00 NGN"], ex.Problems.Select(p => p.Value));
        Assert.All(ex.Problems, p => Assert.Equal(
            "in a currency the exchange-rate table can convert; NGN has no rate: add one under TikTokMonetization:ExchangeRates:Rates:NGN (units of NGN per 1 EUR) or give the amount in another currency",
            p.Allowed));
    }

    [Fact]
    public void ConvertibleAmounts_AreNotRefused()
    {
        using var provider = TestServices.BuiltIns();
        var snapshot = SampleCreators.MidTierUs with { Merchandise = new MerchandiseInputs { AverageOrderValue = new Money(2m, Currency.Jpy) } };

        Assert.True(provider.GetRequiredService<IRevenueEngine>().Estimate(snapshot).Total.High.Amount > 0m);
    }
}
