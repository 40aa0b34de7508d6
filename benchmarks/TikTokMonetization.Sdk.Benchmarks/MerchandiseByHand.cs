using TikTokMonetization.Creators;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// Merchandise at its defaults, written out by hand: orders (observed, or views × 10% that show the product × 1.5%
/// click-through × 2.5% click-to-order) times the profit per order (order value × the margin left after TikTok Shop's
/// referral fee, minus a US$0.30 fee), never below zero. The decimal operations run in the order
/// <c>MerchandiseModel</c> runs them; the low and high combine their factors in log space as <c>ValueRange.MultiplyIndependent</c> does.
/// </summary>
/// <remarks>
/// Amounts are in the creator's order-value currency, as the model reports them (US dollars when none is given); the
/// US dollar fee is converted into it. The default affiliate share of orders is 0, so the commission step is left out.
/// </remarks>
internal static class MerchandiseByHand
{
    private static readonly (decimal Low, decimal Expected, decimal High) ViewShare = (0.05m, 0.10m, 0.25m);
    private static readonly (decimal Low, decimal Expected, decimal High) ClickThrough = (0.005m, 0.015m, 0.035m);
    private static readonly (decimal Low, decimal Expected, decimal High) Conversion = (0.01m, 0.025m, 0.04m);

    /// <summary>The currency the model reports in: the order value's, else US dollars.</summary>
    public static Currency CurrencyOf(CreatorSnapshot snapshot) => snapshot.Merchandise?.AverageOrderValue?.Currency ?? Currency.Usd;

    /// <summary>Low, expected and high profit in <see cref="CurrencyOf"/>, unrounded; zero without merchandise.</summary>
    public static (decimal Low, decimal Expected, decimal High) Amounts(CreatorSnapshot snapshot)
    {
        if (snapshot.Merchandise is not { } merchandise)
        {
            return (0m, 0m, 0m);
        }

        (decimal Low, decimal Expected, decimal High) orders;
        if (merchandise.ObservedOrders is { } count)
        {
            orders = (count, count, count);
        }
        else
        {
            var views = (decimal)snapshot.Videos.Views;
            var reached = (views * ViewShare.Low, views * ViewShare.Expected, views * ViewShare.High);
            orders = FunnelByHand.Times(FunnelByHand.Times(reached, ClickThrough), Conversion);
        }

        var value = merchandise.AverageOrderValue is { } given ? (given.Amount, given.Amount, given.Amount) : (15m, 25m, 30m);
        var fee = Fee(merchandise);
        var (referralLow, referralExpected, referralHigh) = merchandise.SellsThroughTikTokShop ? (0.05m, 0.06m, 0.08m) : (0m, 0m, 0m);

        // The low point takes the highest costs and the high point the lowest; the low fee is 0.
        var perOrder = (
            AtLeastZero((value.Item1 * (0.30m - referralHigh)) - fee),
            AtLeastZero((value.Item2 * (0.50m - referralExpected)) - fee),
            AtLeastZero(value.Item3 * (0.73m - referralLow)));
        return FunnelByHand.Times(orders, perOrder);
    }

    /// <summary>The expected profit alone in <see cref="CurrencyOf"/>, unrounded; zero without merchandise.</summary>
    public static decimal Expected(CreatorSnapshot snapshot)
    {
        if (snapshot.Merchandise is not { } merchandise)
        {
            return 0m;
        }

        var orders = merchandise.ObservedOrders ?? (snapshot.Videos.Views * ViewShare.Expected * ClickThrough.Expected * Conversion.Expected);
        var value = merchandise.AverageOrderValue?.Amount ?? 25m;
        var kept = merchandise.SellsThroughTikTokShop ? 0.50m - 0.06m : 0.50m;
        return orders * AtLeastZero((value * kept) - Fee(merchandise));
    }

    // US$0.30 per order, in the order value's currency.
    private static decimal Fee(MerchandiseInputs merchandise) =>
        merchandise.AverageOrderValue is { } given && given.Currency != Currency.Usd ? 0.30m * ByHand.PerUsd(given.Currency) : 0.30m;

    private static decimal AtLeastZero(decimal profit) => profit >= 0m ? profit : 0m;
}
