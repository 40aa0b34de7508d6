namespace TikTokMonetization.Creators;

/// <summary>Optional facts about a creator's TikTok Shop affiliate sales, used by affiliate models when present.</summary>
/// <remarks>Instances are immutable once initialised and are thread-safe.</remarks>
public sealed record AffiliateInputs
{
    /// <summary>Gets the affiliate sales (gross merchandise value after discounts and refunds) observed in the period, when known.</summary>
    /// <value>Zero or greater, or <see langword="null"/>; models then estimate sales from views.</value>
    public Money? ObservedSales { get; init; }

    /// <summary>Gets the average commission rate on the creator's products, when known.</summary>
    /// <value>A finite number from 0 to 1, or <see langword="null"/> to use the model's configured default.</value>
    public double? CommissionRate { get; init; }

    /// <summary>
    /// Gets the commission rate on orders that come through Shop Ads (the seller's ads using the creator's video), which
    /// TikTok Shop pays on ad-driven sales beside the standard rate, when known.
    /// </summary>
    /// <value>A finite number from 0 to 1, or <see langword="null"/> (every sale earns the standard rate). Given together with <see cref="ShopAdsOrderShare"/>.</value>
    public double? ShopAdsCommissionRate { get; init; }

    /// <summary>Gets the share of the affiliate sales that come through Shop Ads, when known.</summary>
    /// <value>A finite number from 0 to 1, or <see langword="null"/>. Given together with <see cref="ShopAdsCommissionRate"/>.</value>
    public double? ShopAdsOrderShare { get; init; }
}
