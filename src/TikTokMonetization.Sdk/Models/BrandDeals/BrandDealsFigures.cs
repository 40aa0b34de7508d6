using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.BrandDeals;

/// <summary>
/// The numbers of one brand-deals estimate, computed once and shared by the fast path and the breakdown. Every step
/// is non-decreasing in followers, views, counted interactions and sponsored posts, so the estimate is too.
/// </summary>
internal readonly struct BrandDealsFigures
{
    public BrandDealPricingMethods Methods { get; private init; }

    public bool Observed { get; private init; }

    /// <summary>Gets the observed price as given, when there is one (also when it could not be converted).</summary>
    public Money? ObservedPrice { get; private init; }

    /// <summary>Gets the factor from the observed price's currency to the model's; 0 when no rate exists.</summary>
    public decimal ObservedFactor { get; private init; }

    public decimal InteractionsPerVideo { get; private init; }

    public decimal EngagementRateByFollowers { get; private init; }

    public decimal EngagementMultiplier { get; private init; }

    /// <summary>Gets followers ÷ 1,000 × the engagement multiplier: the quantity method 1 prices.</summary>
    public decimal WeightedThousandFollowers { get; private init; }

    public ValueRange PerThousandFollowers { get; private init; }

    public decimal ViewsPerVideo { get; private init; }

    public bool ViewsAreMedian { get; private init; }

    public ValueRange ViewsCpm { get; private init; }

    public ValueRange PerEngagement { get; private init; }

    public string? TierName { get; private init; }

    public long TierMinimumFollowers { get; private init; }

    public ValueRange Tier { get; private init; }

    public ValueRange PerPost { get; private init; }

    public decimal ContentMultiplier { get; private init; }

    public ValueRange AfterContentType { get; private init; }

    public ValueRange PerPostAdjusted { get; private init; }

    public decimal Posts { get; private init; }

    public bool PostsFromSnapshot { get; private init; }

    public ValueRange Total { get; private init; }

    public static BrandDealsFigures Compute(CreatorSnapshot snapshot, BrandDealsOptions options, RevenueEngineOptions engine, Currency currency)
    {
        var deals = snapshot.BrandDeals;
        var observed = deals?.ObservedPricePerPost;
        var factor = observed is { } price ? ConversionFactor(price.Currency, currency, engine.ExchangeRates) : 0m;
        var useObserved = observed.HasValue && factor > 0m;
        var figures = useObserved
            ? new BrandDealsFigures { Observed = true, PerPost = ValueRange.Exactly(observed!.Value.Amount * factor) }
            : PriceByMethods(snapshot, options, engine.EngagementInteractions);

        var contentMultiplier = options.ContentTypeMultipliers.TryGetValue(options.ContentType, out var m) ? m : 1m;
        var perPost = figures.PerPost;
        var afterContent = Scale(perPost, contentMultiplier);
        var rights = options.UsageRightsPremium;
        var adjusted = new ValueRange(afterContent.Low * (1m + rights.Low), afterContent.Expected * (1m + rights.Expected), afterContent.High * (1m + rights.High));
        var fromSnapshot = deals?.SponsoredPostsPerPeriod is not null;
        var posts = deals?.SponsoredPostsPerPeriod is { } given
            ? given
            : options.DefaultSponsoredPostsPer30Days * snapshot.PeriodDays / CreatorSnapshot.DefaultPeriodDays;

        return figures with
        {
            ObservedPrice = observed,
            ObservedFactor = factor,
            ContentMultiplier = contentMultiplier,
            AfterContentType = afterContent,
            PerPostAdjusted = adjusted,
            Posts = posts,
            PostsFromSnapshot = fromSnapshot,
            Total = Scale(adjusted, posts),
        };
    }

    private static BrandDealsFigures PriceByMethods(CreatorSnapshot snapshot, BrandDealsOptions options, EngagementInteractions counted)
    {
        var videos = snapshot.Videos;
        var followers = snapshot.Profile.Followers;
        var posted = videos.VideosPosted;
        var interactions = EngagementMetrics.Sum(videos, counted);
        var perVideo = posted > 0 ? interactions / posted : 0m;

        // F/1000 × rate × clamp(ER / ref, lo, hi) with ER = perVideo / F, rewritten as clamp(perVideo / ref, lo·F, hi·F) / 1000 × rate:
        // the same number, but computed so that more followers or interactions can never round it down.
        var lowBound = options.MinimumEngagementMultiplier * followers;
        var highBound = options.MaximumEngagementMultiplier * followers;
        var weightedThousands = Clamp(perVideo / options.ReferenceEngagementRate, lowBound, highBound) / 1000m;
        var rate = options.RatePerThousandFollowers;
        var perThousand = new ValueRange(weightedThousands * rate.Low, weightedThousands * rate.Expected, weightedThousands * rate.High);
        var engagementRate = followers > 0 ? perVideo / followers : 0m;
        var multiplier = Clamp(engagementRate / options.ReferenceEngagementRate, options.MinimumEngagementMultiplier, options.MaximumEngagementMultiplier);

        var median = snapshot.BrandDeals?.MedianViewsPerVideo;
        var viewsPerVideo = median ?? (posted > 0 ? (decimal)videos.Views / posted : 0m);
        var cpm = options.CpmPerThousandViews;
        var viewsCpm = new ValueRange(viewsPerVideo * cpm.Low / 1000m, viewsPerVideo * cpm.Expected / 1000m, viewsPerVideo * cpm.High / 1000m);

        var cpe = options.CostPerEngagement;
        var perEngagement = new ValueRange(perVideo * cpe.Low, perVideo * cpe.Expected, perVideo * cpe.High);

        string? tierName = null;
        BrandDealTierOptions? tier = null;
        foreach (var pair in options.FollowerTiers)
        {
            if (pair.Value.MinimumFollowers <= followers && (tier is null || pair.Value.MinimumFollowers > tier.MinimumFollowers))
            {
                (tierName, tier) = (pair.Key, pair.Value);
            }
        }

        var tierPrice = tier is null ? ValueRange.Exactly(0m) : tier.Price.ToValueRange();
        var methods = options.Methods;
        return new BrandDealsFigures
        {
            Methods = methods,
            InteractionsPerVideo = perVideo,
            EngagementRateByFollowers = engagementRate,
            EngagementMultiplier = multiplier,
            WeightedThousandFollowers = weightedThousands,
            PerThousandFollowers = perThousand,
            ViewsPerVideo = viewsPerVideo,
            ViewsAreMedian = median.HasValue,
            ViewsCpm = viewsCpm,
            PerEngagement = perEngagement,
            TierName = tierName,
            TierMinimumFollowers = tier?.MinimumFollowers ?? 0,
            Tier = tierPrice,
            PerPost = Combine(methods, perThousand, viewsCpm, perEngagement, tierPrice),
        };
    }

    /// <summary>Low = the lowest method low, high = the highest method high, expected = the median of the methods' expected prices.</summary>
    private static ValueRange Combine(BrandDealPricingMethods methods, ValueRange a, ValueRange b, ValueRange c, ValueRange d)
    {
        var count = 0;
        decimal low = decimal.MaxValue, high = 0m, e0 = 0m, e1 = 0m, e2 = 0m, e3 = 0m;
        Add(methods, BrandDealPricingMethods.PerThousandFollowers, a, ref count, ref low, ref high, ref e0, ref e1, ref e2, ref e3);
        Add(methods, BrandDealPricingMethods.ViewsCpm, b, ref count, ref low, ref high, ref e0, ref e1, ref e2, ref e3);
        Add(methods, BrandDealPricingMethods.PerEngagement, c, ref count, ref low, ref high, ref e0, ref e1, ref e2, ref e3);
        Add(methods, BrandDealPricingMethods.FollowerTiers, d, ref count, ref low, ref high, ref e0, ref e1, ref e2, ref e3);
        return count == 0 ? ValueRange.Exactly(0m) : new ValueRange(low, Median(count, e0, e1, e2, e3), high);
    }

    private static void Add(BrandDealPricingMethods methods, BrandDealPricingMethods method, ValueRange price, ref int count, ref decimal low, ref decimal high, ref decimal e0, ref decimal e1, ref decimal e2, ref decimal e3)
    {
        if ((methods & method) == 0)
        {
            return;
        }

        low = Math.Min(low, price.Low);
        high = Math.Max(high, price.High);
        switch (count++)
        {
            case 0: e0 = price.Expected; break;
            case 1: e1 = price.Expected; break;
            case 2: e2 = price.Expected; break;
            default: e3 = price.Expected; break;
        }
    }

    /// <summary>The median of the first <paramref name="count"/> values (1 to 4), sorted in place without allocating.</summary>
    private static decimal Median(int count, decimal e0, decimal e1, decimal e2, decimal e3)
    {
        switch (count)
        {
            case 1:
                return e0;
            case 2:
                return (e0 + e1) / 2m;
            case 3:
                Order(ref e0, ref e1);
                Order(ref e1, ref e2);
                Order(ref e0, ref e1);
                return e1;
            default:
                Order(ref e0, ref e1);
                Order(ref e2, ref e3);
                Order(ref e0, ref e2);
                Order(ref e1, ref e3);
                Order(ref e1, ref e2);
                return (e1 + e2) / 2m;
        }
    }

    private static void Order(ref decimal x, ref decimal y)
    {
        if (x > y)
        {
            (x, y) = (y, x);
        }
    }

    private static decimal Clamp(decimal value, decimal min, decimal max) => value < min ? min : value > max ? max : value;

    private static ValueRange Scale(ValueRange range, decimal factor) => new(range.Low * factor, range.Expected * factor, range.High * factor);

    /// <summary>The factor that turns <paramref name="from"/> into <paramref name="to"/> through the engine's table, or 0 when the table has no rate for one of them.</summary>
    private static decimal ConversionFactor(Currency from, Currency to, ExchangeRateOptions table)
    {
        if (from == to)
        {
            return 1m;
        }

        return HasRate(from, table) && HasRate(to, table) ? CurrencyConverter.Factor(from, to, table) : 0m;
    }

    private static bool HasRate(Currency currency, ExchangeRateOptions table) =>
        string.Equals(currency.Code, table.BaseCurrency, StringComparison.OrdinalIgnoreCase)
        || (table.Rates is not null && table.Rates.TryGetValue(currency.Code, out var rate) && rate > 0m);
}
