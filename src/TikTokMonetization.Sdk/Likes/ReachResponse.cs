using System.Numerics;
using TikTokMonetization.Creators;

namespace TikTokMonetization.Likes;

/// <summary>How reach responds to a change in engagement: multipliers on video views and on LIVE viewers.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ReachResponse
{
    // Above TikTok's whole audience; mirrors the snapshot's own limit so a scaled snapshot stays valid.
    private const double MaxConcurrentViewers = 1e10;

    private readonly Func<string>? _explain;
    private string? _explanation;

    /// <summary>Initializes a new instance of the <see cref="ReachResponse"/> class.</summary>
    /// <param name="viewsMultiplier">The factor on video views; zero or greater.</param>
    /// <param name="liveViewersMultiplier">The factor on LIVE viewers; zero or greater.</param>
    /// <param name="explanation">How the response was reached, in words.</param>
    /// <exception cref="ArgumentOutOfRangeException">A multiplier is negative.</exception>
    public ReachResponse(decimal viewsMultiplier, decimal liveViewersMultiplier, string explanation)
        : this(viewsMultiplier, liveViewersMultiplier)
    {
        _explanation = explanation ?? string.Empty;
    }

    /// <summary>A response whose explanation is written when first read (the likes analysis rarely reads it).</summary>
    /// <param name="viewsMultiplier">The factor on video views; zero or greater.</param>
    /// <param name="liveViewersMultiplier">The factor on LIVE viewers; zero or greater.</param>
    /// <param name="explain">Writes the explanation; it must give the same text whenever called.</param>
    internal ReachResponse(decimal viewsMultiplier, decimal liveViewersMultiplier, Func<string> explain)
        : this(viewsMultiplier, liveViewersMultiplier)
    {
        _explain = explain;
    }

    private ReachResponse(decimal viewsMultiplier, decimal liveViewersMultiplier)
    {
        if (viewsMultiplier < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(viewsMultiplier), viewsMultiplier, "viewsMultiplier must be zero or greater.");
        }

        if (liveViewersMultiplier < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(liveViewersMultiplier), liveViewersMultiplier, "liveViewersMultiplier must be zero or greater.");
        }

        ViewsMultiplier = viewsMultiplier;
        LiveViewersMultiplier = liveViewersMultiplier;
    }

    /// <summary>Gets a response that changes nothing.</summary>
    public static ReachResponse None { get; } = new(1m, 1m, "no change in reach");

    /// <summary>Gets the factor on video views (and qualified views, the best video's qualified views, median views, observed shop orders and sales).</summary>
    public decimal ViewsMultiplier { get; }

    /// <summary>Gets the factor on LIVE concurrent viewers (and observed LIVE coins, which scale with the audience).</summary>
    public decimal LiveViewersMultiplier { get; }

    /// <summary>Gets how the response was reached, in words.</summary>
    /// <remarks>
    /// Written when first read for a response the SDK's reach model made. Two threads reading it at once may each
    /// write it, and both get the same text.
    /// </remarks>
    public string Explanation => _explanation ??= _explain?.Invoke() ?? string.Empty;

    /// <summary>
    /// Returns a copy of <paramref name="snapshot"/> with its reach scaled: views, qualified views (the period's and the
    /// best video's) and median views by
    /// <see cref="ViewsMultiplier"/> (rounded down to whole views), observed merchandise orders and affiliate sales by the
    /// same factor, LIVE concurrent viewers by <see cref="LiveViewersMultiplier"/> (at most 10 billion) and observed LIVE
    /// coins by the factor the viewers actually grew by (the multiplier, unless that cap holds them). The viewers
    /// reach brings interact as the snapshot's viewers do: video likes, comments, shares and saves follow the views that
    /// were actually added at the snapshot's rates per view, and LIVE likes follow the LIVE viewers, each rounded up to a
    /// whole interaction, so reach never lowers a rate by rounding. Followers and subscribers are not changed: the
    /// response is one step, not a feedback loop.
    /// </summary>
    public CreatorSnapshot ApplyTo(CreatorSnapshot snapshot)
    {
        if (snapshot is null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        if (ViewsMultiplier == 1m && LiveViewersMultiplier == 1m)
        {
            return snapshot;
        }

        var v = ViewsMultiplier;
        var live = LiveViewersMultiplier;
        var videos = snapshot.Videos;
        var views = Scale(videos.Views, v);
        var viewers = snapshot.Live.AverageConcurrentViewers;
        var newViewers = Math.Min(MaxConcurrentViewers, viewers * (double)live);

        // The factor the LIVE audience actually grew by, which is smaller than the multiplier where the cap holds it.
        // The cast cannot overflow: that branch needs viewers * live > cap, so cap / viewers < live <= decimal.MaxValue, and
        // every viewer count within 200 ulps of cap / decimal.MaxValue is tried by a test (LikesAnalysisTests).
        var liveFactor = newViewers < viewers * (double)live ? (decimal)(newViewers / viewers) : live;
        return snapshot with
        {
            Videos = videos with
            {
                Views = views,
                QualifiedViews = Scale(videos.QualifiedViews, v),
                BestVideoQualifiedViews = videos.BestVideoQualifiedViews is { } best ? Scale(best, v) : null,
                Likes = AtTheSameRate(videos.Likes, videos.Views, views),
                Comments = AtTheSameRate(videos.Comments, videos.Views, views),
                Shares = AtTheSameRate(videos.Shares, videos.Views, views),
                Saves = AtTheSameRate(videos.Saves, videos.Views, views),
            },
            Live = snapshot.Live with
            {
                AverageConcurrentViewers = newViewers,
                CoinsGifted = snapshot.Live.CoinsGifted * liveFactor,
                Likes = viewers > 0d ? ScaleUp(snapshot.Live.Likes, liveFactor) : snapshot.Live.Likes,
            },
            BrandDeals = snapshot.BrandDeals is { MedianViewsPerVideo: { } median } brand ? brand with { MedianViewsPerVideo = Scale(median, v) } : snapshot.BrandDeals,
            Merchandise = snapshot.Merchandise is { ObservedOrders: { } orders } merch ? merch with { ObservedOrders = Scale(orders, v) } : snapshot.Merchandise,
            Affiliate = snapshot.Affiliate is { ObservedSales: { } sales } affiliate ? affiliate with { ObservedSales = sales * v } : snapshot.Affiliate,
        };
    }

    /// <summary>Returns the explanation and the multipliers.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FormattableString.Invariant($"views × {ViewsMultiplier:0.####}, LIVE viewers × {LiveViewersMultiplier:0.####}: {Explanation}");

    // A factor at most this times any count fits in decimal: decimal.MaxValue / long.MaxValue is about 8.59e9, so the
    // division that finds the exact bound (a slow decimal division) is needed only above it. At the bound too:
    // decimal.MaxValue / count may be rounded up (decimal.MaxValue / 2 is), so count × factor would pass decimal's range;
    // a product of decimal.MaxValue saturates anyway.
    private const decimal AlwaysFits = 8_000_000_000m;

    private static long Scale(long count, decimal factor)
    {
        if (count > 0 && factor > AlwaysFits && factor >= decimal.MaxValue / count)
        {
            return long.MaxValue;
        }

        var scaled = decimal.Floor(count * factor);
        return scaled >= long.MaxValue ? long.MaxValue : (long)scaled;
    }

    private static long ScaleUp(long count, decimal factor)
    {
        if (count > 0 && factor > AlwaysFits && factor >= decimal.MaxValue / count)
        {
            return long.MaxValue;
        }

        var scaled = decimal.Ceiling(count * factor);
        return scaled >= long.MaxValue ? long.MaxValue : (long)scaled;
    }

    // count × newViews ÷ views rounded up, exactly (the product can pass decimal's range), so count ÷ views never falls.
    private static long AtTheSameRate(long count, long views, long newViews)
    {
        if (views <= 0 || count <= 0 || newViews == views)
        {
            return count;
        }

        // In 64 bits when the product and the rounding term fit (every count a real account has), else in BigInteger.
        if (newViews >= 0 && (ulong)count <= (ulong.MaxValue - (ulong)views) / (ulong)Math.Max(newViews, 1L))
        {
            var quotient = (((ulong)count * (ulong)newViews) + (ulong)views - 1UL) / (ulong)views;
            return quotient >= long.MaxValue ? long.MaxValue : (long)quotient;
        }

        var scaled = BigInteger.Divide((new BigInteger(count) * newViews) + views - 1, views);
        return scaled >= long.MaxValue ? long.MaxValue : (long)scaled;
    }
}
