using TikTokMonetization.Likes;
using TikTokMonetization.Models.Affiliate;
using TikTokMonetization.Models.BrandDeals;
using TikTokMonetization.Models.CreatorRewards;
using TikTokMonetization.Models.LiveGifts;
using TikTokMonetization.Models.Merchandise;
using TikTokMonetization.Models.Subscriptions;

namespace TikTokMonetization.Models;

/// <summary>
/// The like counts each built-in model reads, registered with it as a <see cref="LikesInputsStatement"/> (see there);
/// kept here rather than on the models, which are written on the public API alone.
/// </summary>
internal static class BuiltInModelsLikesInputs
{
    /// <summary>Returns the like counts a built-in model of <paramref name="modelType"/> reads.</summary>
    /// <param name="modelType">The model's type.</param>
    /// <returns>The statement for a built-in model; <see cref="LikesInputs.All"/> for any other type.</returns>
    public static LikesInputs Of(Type modelType) =>
        modelType == typeof(LiveGiftsModel) ? LikesInputs.LiveLikes // through viewer retention; not the video likes
        : modelType == typeof(CreatorRewardsModel) ? LikesInputs.VideoLikes // through the engagement score; not the LIVE likes
        : modelType == typeof(BrandDealsModel) ? LikesInputs.VideoLikes // through the engagement that prices a post
        : modelType == typeof(MerchandiseModel) || modelType == typeof(AffiliateModel) || modelType == typeof(SubscriptionsModel) ? LikesInputs.None // views, orders, prices, subscribers
        : LikesInputs.All;
}
