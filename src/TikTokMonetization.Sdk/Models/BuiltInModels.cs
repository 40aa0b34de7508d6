using TikTokMonetization.Models.Affiliate;
using TikTokMonetization.Models.BrandDeals;
using TikTokMonetization.Models.CreatorRewards;
using TikTokMonetization.Models.LiveGifts;
using TikTokMonetization.Models.Merchandise;
using TikTokMonetization.Models.Subscriptions;
using TikTokMonetization.Revenue;

namespace TikTokMonetization;

/// <summary>
/// The SDK's built-in revenue models, one <see cref="RevenueModelDescriptor"/> each, in report order: the one list that
/// <c>AddBuiltInModels</c>, the configuration sections, the command-line tool's settings check and the tests read.
/// </summary>
/// <remarks>
/// Each descriptor's <see cref="RevenueModelDescriptor.ConfigurationPath"/> is the documented section
/// (<c>TikTokMonetization:LiveGifts</c> and so on); a registered model's own descriptor (resolve
/// <c>IEnumerable&lt;RevenueModelDescriptor&gt;</c>) has the section it was actually bound from. Immutable and thread-safe.
/// </remarks>
public static class BuiltInModels
{
    /// <summary>The configuration section the SDK's documentation uses: <c>TikTokMonetization</c>.</summary>
    public const string SectionName = "TikTokMonetization";

    /// <summary>Gets the LIVE gifts model (<c>live-gifts</c>, section <c>LiveGifts</c>).</summary>
    public static RevenueModelDescriptor LiveGifts { get; } = Describe(LiveGiftsDefaults.Name, LiveGiftsDefaults.DisplayName, typeof(LiveGiftsModel), typeof(LiveGiftsOptions), "LiveGifts");

    /// <summary>Gets the Creator Rewards model (<c>creator-rewards</c>, section <c>CreatorRewards</c>); its display name names the selected program in each estimate.</summary>
    public static RevenueModelDescriptor CreatorRewards { get; } = Describe(CreatorRewardsDefaults.Name, CreatorRewardsDefaults.RewardsDisplayName, typeof(CreatorRewardsModel), typeof(CreatorRewardsOptions), "CreatorRewards");

    /// <summary>Gets the brand deals model (<c>brand-deals</c>, section <c>BrandDeals</c>).</summary>
    public static RevenueModelDescriptor BrandDeals { get; } = Describe(BrandDealsDefaults.Name, BrandDealsDefaults.DisplayName, typeof(BrandDealsModel), typeof(BrandDealsOptions), "BrandDeals");

    /// <summary>Gets the merchandise model (<c>merchandise</c>, section <c>Merchandise</c>).</summary>
    public static RevenueModelDescriptor Merchandise { get; } = Describe(MerchandiseDefaults.Name, MerchandiseDefaults.DisplayName, typeof(MerchandiseModel), typeof(MerchandiseOptions), "Merchandise");

    /// <summary>Gets the TikTok Shop affiliate model (<c>affiliate</c>, section <c>Affiliate</c>).</summary>
    public static RevenueModelDescriptor Affiliate { get; } = Describe(AffiliateDefaults.Name, AffiliateDefaults.DisplayName, typeof(AffiliateModel), typeof(AffiliateOptions), "Affiliate");

    /// <summary>Gets the subscriptions model (<c>subscriptions</c>, section <c>Subscriptions</c>).</summary>
    public static RevenueModelDescriptor Subscriptions { get; } = Describe(SubscriptionsDefaults.Name, SubscriptionsDefaults.DisplayName, typeof(SubscriptionsModel), typeof(SubscriptionsOptions), "Subscriptions");

    /// <summary>Gets every built-in model, in the order <c>AddBuiltInModels</c> registers them (the report's order).</summary>
    public static IReadOnlyList<RevenueModelDescriptor> All { get; } = [LiveGifts, CreatorRewards, BrandDeals, Merchandise, Affiliate, Subscriptions];

    private static RevenueModelDescriptor Describe(string name, string displayName, Type model, Type options, string section) =>
        new(name, displayName, model, options, string.Empty, SectionName + ":" + section);
}
