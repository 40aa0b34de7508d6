using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Internal;

namespace TikTokMonetization.Likes;

/// <summary>The default <see cref="IReachModel"/>: reach rises with weighted engagement by views along a bounded, saturating curve.</summary>
internal sealed class SaturatingReachModel : IReachModel
{
    private readonly IOptionsMonitor<ReachModelOptions> _options;

    public SaturatingReachModel(IOptionsMonitor<ReachModelOptions> options) => _options = options;

    public ReachResponse Respond(CreatorSnapshot before, CreatorSnapshot after)
    {
        Guard.NotNull(before, nameof(before));
        Guard.NotNull(after, nameof(after));
        var o = _options.CurrentValue;
        var eBefore = Rate(before.Videos, o);
        var eAfter = Rate(after.Videos, o);
        var rBefore = Index(eBefore, o);
        var rAfter = Index(eAfter, o);
        var views = rAfter / rBefore;
        var live = 1m + (o.LiveElasticity * (views - 1m));
        var maximum = o.MaximumViewsUplift;
        return new ReachResponse(
            views,
            live,
            () => FormattableString.Invariant($"saturating reach curve: weighted engagement by views {eBefore:P2} -> {eAfter:P2}; reach index {rBefore:0.####} -> {rAfter:0.####} (cap 1 + {maximum})"));
    }

    /// <summary>R(e) = 1 + max × e / (e + half): 1 with no engagement, approaching 1 + max as engagement grows.</summary>
    private static decimal Index(decimal e, ReachModelOptions o) => 1m + (o.MaximumViewsUplift * e / (e + o.EngagementRateAtHalfUplift));

    private static decimal Rate(ShortVideoStats videos, ReachModelOptions o)
    {
        if (videos.Views <= 0)
        {
            return 0m;
        }

        var weighted = (o.LikeWeight * videos.Likes) + (o.CommentWeight * videos.Comments) + (o.ShareWeight * videos.Shares) + (o.SaveWeight * videos.Saves);
        return weighted / videos.Views;
    }
}
