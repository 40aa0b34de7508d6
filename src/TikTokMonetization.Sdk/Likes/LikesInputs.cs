using TikTokMonetization.Models.Affiliate;
using TikTokMonetization.Models.BrandDeals;
using TikTokMonetization.Models.CreatorRewards;
using TikTokMonetization.Models.LiveGifts;
using TikTokMonetization.Models.Merchandise;
using TikTokMonetization.Models.Subscriptions;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Likes;

/// <summary>Which like counts of a snapshot a model's amounts can depend on.</summary>
[Flags]
internal enum LikesInputs
{
    /// <summary>Neither: the model's amounts are the same whatever the likes.</summary>
    None = 0,

    /// <summary><see cref="Creators.ShortVideoStats.Likes"/>.</summary>
    VideoLikes = 1,

    /// <summary><see cref="Creators.LiveStats.Likes"/>.</summary>
    LiveLikes = 2,

    /// <summary>Both; what the likes analysis assumes of every model but the SDK's own.</summary>
    All = VideoLikes | LiveLikes,
}

/// <summary>
/// The like counts each built-in model reads, so that the likes analysis can reuse an amount between two creators that
/// differ only in likes the model never reads, instead of running the model again for the same number.
/// </summary>
/// <remarks>
/// Kept here rather than on the models, which are written on the public API alone (the PublicApiModel tests compile
/// them so). A law checks each statement: changing likes a model is said not to read leaves its estimate the same to
/// the last digit (<c>LikesInputsTests</c>). Any other model, a user's wrapper around a built-in one included, reads
/// <see cref="LikesInputs.All"/> and is always run in full.
/// </remarks>
internal static class BuiltInLikesInputs
{
    /// <summary>Returns the like counts <paramref name="model"/> reads.</summary>
    /// <param name="model">A registered model.</param>
    /// <returns>The statement for a built-in model; <see cref="LikesInputs.All"/> for any other.</returns>
    public static LikesInputs Of(IRevenueModel model) => model switch
    {
        LiveGiftsModel => LikesInputs.LiveLikes, // through viewer retention; not the video likes
        CreatorRewardsModel => LikesInputs.VideoLikes, // through the engagement score; not the LIVE likes
        BrandDealsModel => LikesInputs.VideoLikes, // through the engagement that prices a post; not the LIVE likes
        MerchandiseModel or AffiliateModel or SubscriptionsModel => LikesInputs.None, // views, orders, prices, subscribers
        _ => LikesInputs.All,
    };
}
