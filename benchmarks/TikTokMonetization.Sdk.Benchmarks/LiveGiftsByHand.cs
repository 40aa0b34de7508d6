using TikTokMonetization.Creators;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// The LIVE gifts estimate written out by hand, as a user without the SDK would: the default numbers inlined as
/// literals, no options, no rate card, no money types, no breakdown. Every multiplication and division happens in the
/// same order as in <c>LiveGiftsModel</c>, so the decimal results are the same to the last digit.
/// </summary>
/// <remarks>
/// The default agency share is 0, so its step (<c>gross - gross × 0</c>) is left out: it never changes the value, and a
/// minimal hand-written version would not have it.
/// </remarks>
internal static class LiveGiftsByHand
{
    // LiveGiftsDefaults and the default rate card (RateCardDefaults), as literals.
    private const decimal LowCoinsPerViewerHour = 10m;
    private const decimal ExpectedCoinsPerViewerHour = 50m;
    private const decimal HighCoinsPerViewerHour = 150m;
    private const decimal MaximumRetentionUplift = 0.10m;
    private const decimal LikesPerViewerHourAtHalfUplift = 20m;
    private const decimal DiamondsPerCoin = 1m;
    private const decimal CashPerDiamond = 0.005m;
    private const long MinimumFollowers = 1_000;

    /// <summary>Age (19 in KR), followers, good standing and account kind; no region restriction, as by default.</summary>
    public static bool IsEligible(CreatorProfile profile) =>
        ByHand.MeetsAge(profile)
        && profile.Followers >= MinimumFollowers
        && profile.InGoodStanding
        && profile.AccountKind != AccountKind.GovernmentOrPolitical;

    /// <summary>Low, expected and high US dollars, unrounded (as the model returns them); zero when not eligible.</summary>
    public static (decimal Low, decimal Expected, decimal High) Amounts(CreatorSnapshot snapshot)
    {
        if (!IsEligible(snapshot.Profile))
        {
            return (0m, 0m, 0m);
        }

        var live = snapshot.Live;
        if (live.CoinsGifted is { } gifted)
        {
            var observed = gifted.Value * DiamondsPerCoin * CashPerDiamond;
            return (observed, observed, observed);
        }

        var viewerHours = (decimal)live.Hours * (decimal)live.AverageConcurrentViewers;
        var retention = Retention(live.Likes, viewerHours);
        return (
            viewerHours * LowCoinsPerViewerHour * retention * DiamondsPerCoin * CashPerDiamond,
            viewerHours * ExpectedCoinsPerViewerHour * retention * DiamondsPerCoin * CashPerDiamond,
            viewerHours * HighCoinsPerViewerHour * retention * DiamondsPerCoin * CashPerDiamond);
    }

    /// <summary>The expected US dollars alone, unrounded; zero when not eligible.</summary>
    public static decimal Expected(CreatorSnapshot snapshot)
    {
        if (!IsEligible(snapshot.Profile))
        {
            return 0m;
        }

        var live = snapshot.Live;
        if (live.CoinsGifted is { } gifted)
        {
            return gifted.Value * DiamondsPerCoin * CashPerDiamond;
        }

        var viewerHours = (decimal)live.Hours * (decimal)live.AverageConcurrentViewers;
        return viewerHours * ExpectedCoinsPerViewerHour * Retention(live.Likes, viewerHours) * DiamondsPerCoin * CashPerDiamond;
    }

    // 1 + 0.10 × x / (x + 20), x = LIVE likes per viewer-hour; 1 when there are no viewer-hours or no likes.
    private static decimal Retention(long likes, decimal viewerHours)
    {
        if (viewerHours <= 0m || likes <= 0)
        {
            return 1m;
        }

        var likesPerViewerHour = likes / viewerHours;
        return 1m + (MaximumRetentionUplift * likesPerViewerHour / (likesPerViewerHour + LikesPerViewerHourAtHalfUplift));
    }
}
