namespace TikTokMonetization.Creators;

/// <summary>Optional facts about a creator's own merchandise, used by merchandise models when present.</summary>
/// <remarks>Instances are immutable once initialised and are thread-safe.</remarks>
public sealed record MerchandiseInputs
{
    /// <summary>Gets the number of orders observed in the period, when known; models then skip the funnel.</summary>
    /// <value>Zero or greater, or <see langword="null"/>.</value>
    public long? ObservedOrders { get; init; }

    /// <summary>Gets the average order value, when known.</summary>
    /// <value>Zero or greater, or <see langword="null"/> to use the model's configured default.</value>
    public Money? AverageOrderValue { get; init; }

    /// <summary>Gets a value indicating whether the creator sells through TikTok Shop (which charges a referral fee on each sale).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool SellsThroughTikTokShop { get; init; }

    /// <summary>
    /// Gets the fixed costs of the period that do not depend on the orders (design, samples, a store subscription), when
    /// known; models subtract them from the period's profit and report the break-even orders.
    /// </summary>
    /// <value>Zero or greater, or <see langword="null"/> (none counted).</value>
    public Money? FixedCosts { get; init; }
}
