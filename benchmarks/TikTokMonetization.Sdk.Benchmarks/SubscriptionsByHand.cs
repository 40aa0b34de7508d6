using TikTokMonetization.Creators;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// Subscriptions at their defaults, written out by hand: subscribers × months in the period × a monthly price (the
/// snapshot's, else US$2.99 / 4.99 / 5.99) × what is left after fees (70% / 100% / 100%) × the creator's share
/// (70% / 70% / 90%). The decimal operations run in the order <c>SubscriptionsModel</c> runs them.
/// </summary>
/// <remarks>The batch mix gives monthly prices in US dollars only, so this baseline, like the model for those prices, stays in dollars.</remarks>
internal static class SubscriptionsByHand
{
    private static readonly string[] Regions = ["BR", "DE", "ES", "FR", "GB", "ID", "IT", "JP", "KR", "US"];

    /// <summary>
    /// Age (19 in KR), a Subscription region and good standing; then 1,000 followers for a creator who goes LIVE, or
    /// 10,000 followers and 100,000 views per 30 days (prorated) for one who does not.
    /// </summary>
    public static bool IsEligible(CreatorSnapshot snapshot)
    {
        var profile = snapshot.Profile;
        var reach = snapshot.Live.Sessions > 0
            ? profile.Followers >= 1_000
            : profile.Followers >= 10_000 && snapshot.Videos.Views >= decimal.Ceiling(100_000L * snapshot.PeriodDays / 30m);
        return ByHand.MeetsAge(profile) && reach && ByHand.IsIn(profile.Region, Regions) && profile.InGoodStanding;
    }

    /// <summary>Low, expected and high US dollars, unrounded; zero when not eligible.</summary>
    public static (decimal Low, decimal Expected, decimal High) Amounts(CreatorSnapshot snapshot)
    {
        if (!IsEligible(snapshot))
        {
            return (0m, 0m, 0m);
        }

        var subscriberMonths = SubscriberMonths(snapshot);
        var (low, expected, high) = snapshot.Subscriptions?.MonthlyPrice is { } price ? (price.Amount, price.Amount, price.Amount) : (2.99m, 4.99m, 5.99m);

        // Low: 70% left after the highest fee (30%), then the base share; expected and high: no fee, then the base or the top share.
        return (subscriberMonths * low * 0.70m * 0.70m, subscriberMonths * expected * 0.70m, subscriberMonths * high * 0.90m);
    }

    /// <summary>The expected US dollars alone, unrounded; zero when not eligible.</summary>
    public static decimal Expected(CreatorSnapshot snapshot) =>
        IsEligible(snapshot) ? SubscriberMonths(snapshot) * (snapshot.Subscriptions?.MonthlyPrice?.Amount ?? 4.99m) * 0.70m : 0m;

    private static decimal SubscriberMonths(CreatorSnapshot snapshot) =>
        (snapshot.Subscriptions?.Subscribers ?? 0L) * (snapshot.PeriodDays / 30m);
}
