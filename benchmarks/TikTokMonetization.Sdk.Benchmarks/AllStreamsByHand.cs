using TikTokMonetization.Creators;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// The six built-in streams of one creator by hand, in the engine's report order (LIVE gifts, Creator Rewards, brand
/// deals, merchandise, affiliate, subscriptions), in US cents as the engine reports them: converted to US dollars
/// where a stream earns in another currency, then rounded half to even.
/// </summary>
internal static class AllStreamsByHand
{
    public const int StreamCount = 6;

    /// <summary>The length of what <see cref="Cents"/> writes: low, expected and high of each stream, then of the total.</summary>
    public const int CentsLength = (StreamCount + 1) * 3;

    /// <summary>Writes the low, expected and high cents of each stream, then the total of each point.</summary>
    public static void Cents(CreatorSnapshot snapshot, Span<decimal> destination)
    {
        Write(destination, 0, LiveGiftsByHand.Amounts(snapshot), Currency.Usd);
        Write(destination, 1, CreatorRewardsByHand.Amounts(snapshot), Currency.Usd);
        Write(destination, 2, BrandDealsByHand.Amounts(snapshot), Currency.Usd);
        Write(destination, 3, MerchandiseByHand.Amounts(snapshot), MerchandiseByHand.CurrencyOf(snapshot));
        Write(destination, 4, AffiliateByHand.Amounts(snapshot), AffiliateByHand.CurrencyOf(snapshot));
        Write(destination, 5, SubscriptionsByHand.Amounts(snapshot), Currency.Usd);

        decimal low = 0m, expected = 0m, high = 0m;
        for (var i = 0; i < StreamCount * 3; i += 3)
        {
            low += destination[i];
            expected += destination[i + 1];
            high += destination[i + 2];
        }

        destination[StreamCount * 3] = low;
        destination[(StreamCount * 3) + 1] = expected;
        destination[(StreamCount * 3) + 2] = high;
    }

    /// <summary>Writes the expected cents of each stream into <paramref name="row"/> (one element per stream).</summary>
    public static void ExpectedCents(CreatorSnapshot snapshot, Span<decimal> row)
    {
        row[0] = ByHand.Cents(LiveGiftsByHand.Expected(snapshot));
        row[1] = ByHand.Cents(CreatorRewardsByHand.Expected(snapshot));
        row[2] = ByHand.Cents(BrandDealsByHand.Expected(snapshot));
        row[3] = ByHand.Cents(ByHand.ToUsd(MerchandiseByHand.Expected(snapshot), MerchandiseByHand.CurrencyOf(snapshot)));
        row[4] = ByHand.Cents(ByHand.ToUsd(AffiliateByHand.Expected(snapshot), AffiliateByHand.CurrencyOf(snapshot)));
        row[5] = ByHand.Cents(SubscriptionsByHand.Expected(snapshot));
    }

    private static void Write(Span<decimal> destination, int stream, (decimal Low, decimal Expected, decimal High) amounts, Currency currency)
    {
        destination[stream * 3] = ByHand.Cents(ByHand.ToUsd(amounts.Low, currency));
        destination[(stream * 3) + 1] = ByHand.Cents(ByHand.ToUsd(amounts.Expected, currency));
        destination[(stream * 3) + 2] = ByHand.Cents(ByHand.ToUsd(amounts.High, currency));
    }
}
