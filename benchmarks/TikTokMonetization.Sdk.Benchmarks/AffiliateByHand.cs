using TikTokMonetization.Creators;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// TikTok Shop affiliate commission at its defaults, written out by hand: sales (observed, or views × 25% on shoppable
/// videos × 1.5% click-through × 2.5% click-to-order × US$35 per item) times the commission rate (the snapshot's, the
/// niche's, or 15%). Creators under 5,000 followers in the US pilot may put only five shoppable videos a week, which
/// caps the shoppable share. The decimal operations run in the order <c>AffiliateModel</c> runs them; the low and
/// high combine their factors in log space as <c>ValueRange.MultiplyIndependent</c> does.
/// </summary>
/// <remarks>Amounts are in the observed sales' currency when sales are observed, else in US dollars, as the model reports them.</remarks>
internal static class AffiliateByHand
{
    private const long MinimumFollowers = 1_000;
    private const long PilotFollowers = 5_000;

    private static readonly (decimal Low, decimal Expected, decimal High) ShoppableShare = (0.10m, 0.25m, 0.50m);
    private static readonly (decimal Low, decimal Expected, decimal High) ClickThrough = (0.005m, 0.015m, 0.035m);
    private static readonly (decimal Low, decimal Expected, decimal High) Conversion = (0.01m, 0.025m, 0.04m);
    private static readonly (decimal Low, decimal Expected, decimal High) ItemPrice = (20m, 35m, 64m);
    private static readonly (decimal Low, decimal Expected, decimal High) DefaultRate = (0.03m, 0.15m, 0.30m);

    private static readonly string[] Regions = ["US", "GB", "ID", "MY", "PH", "SG", "TH", "VN", "DE", "FR", "IT", "ES", "IE", "AT", "BE", "NL", "PL"];
    private static readonly string[] PilotRegions = ["US"];

    private static readonly Dictionary<string, (decimal Low, decimal Expected, decimal High)> RateByNiche = new(StringComparer.OrdinalIgnoreCase)
    {
        ["beauty"] = (0.10m, 0.20m, 0.30m),
        ["fashion"] = (0.10m, 0.15m, 0.20m),
        ["health"] = (0.08m, 0.20m, 0.30m),
        ["home"] = (0.08m, 0.15m, 0.20m),
        ["electronics"] = (0.03m, 0.065m, 0.10m),
        ["toys"] = (0.08m, 0.10m, 0.12m),
    };

    /// <summary>The currency the model reports in: the observed sales', else US dollars.</summary>
    public static Currency CurrencyOf(CreatorSnapshot snapshot) => snapshot.Affiliate?.ObservedSales?.Currency ?? Currency.Usd;

    /// <summary>Age 18 (no regional exception), 1,000 followers, a TikTok Shop region, good standing, not a government or political account.</summary>
    public static bool IsEligible(CreatorProfile profile) =>
        profile.Age >= 18
        && profile.Followers >= MinimumFollowers
        && ByHand.IsIn(profile.Region, Regions)
        && profile.InGoodStanding
        && profile.AccountKind != AccountKind.GovernmentOrPolitical;

    /// <summary>Low, expected and high commission in <see cref="CurrencyOf"/>, unrounded; zero when not eligible or not an affiliate.</summary>
    public static (decimal Low, decimal Expected, decimal High) Amounts(CreatorSnapshot snapshot)
    {
        if (snapshot.Affiliate is not { } affiliate || !IsEligible(snapshot.Profile))
        {
            return (0m, 0m, 0m);
        }

        var rate = Rate(snapshot);
        if (affiliate.ObservedSales is { } sales)
        {
            return FunnelByHand.Times((sales.Amount, sales.Amount, sales.Amount), rate);
        }

        var share = ShoppableShare;
        if (PilotCap(snapshot) is { } cap && cap < share.High)
        {
            share = (Math.Min(share.Low, cap), Math.Min(share.Expected, cap), Math.Min(share.High, cap));
        }

        var views = (decimal)snapshot.Videos.Views;
        var reached = (views * share.Low, views * share.Expected, views * share.High);
        var orders = FunnelByHand.Times(FunnelByHand.Times(reached, ClickThrough), Conversion);
        return FunnelByHand.Times(FunnelByHand.Times(orders, ItemPrice), rate);
    }

    /// <summary>The expected commission alone in <see cref="CurrencyOf"/>, unrounded; zero when not eligible or not an affiliate.</summary>
    public static decimal Expected(CreatorSnapshot snapshot)
    {
        if (snapshot.Affiliate is not { } affiliate || !IsEligible(snapshot.Profile))
        {
            return 0m;
        }

        var rate = Rate(snapshot).Expected;
        if (affiliate.ObservedSales is { } sales)
        {
            return sales.Amount * rate;
        }

        var share = PilotCap(snapshot) is { } cap && cap < ShoppableShare.High ? Math.Min(ShoppableShare.Expected, cap) : ShoppableShare.Expected;
        return snapshot.Videos.Views * share * ClickThrough.Expected * Conversion.Expected * ItemPrice.Expected * rate;
    }

    private static (decimal Low, decimal Expected, decimal High) Rate(CreatorSnapshot snapshot)
    {
        if (snapshot.Affiliate?.CommissionRate is { } given)
        {
            var rate = (decimal)given;
            return (rate, rate, rate);
        }

        return snapshot.Profile.Niche is { } niche && RateByNiche.TryGetValue(niche, out var byNiche) ? byNiche : DefaultRate;
    }

    // Five shoppable videos a week over the videos posted, at most 1; null outside the pilot.
    private static decimal? PilotCap(CreatorSnapshot snapshot)
    {
        var posted = snapshot.Videos.VideosPosted;
        if (snapshot.Profile.Followers >= PilotFollowers || posted <= 0 || !ByHand.IsIn(snapshot.Profile.Region, PilotRegions))
        {
            return null;
        }

        return Math.Min(1m, 5 * (decimal)snapshot.PeriodDays / 7m / posted);
    }
}
