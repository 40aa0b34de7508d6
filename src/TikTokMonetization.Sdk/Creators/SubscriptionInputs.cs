namespace TikTokMonetization.Creators;

/// <summary>Optional facts about a creator's paid subscribers (TikTok Subscription, formerly LIVE Subscription), used by subscription models when present.</summary>
/// <remarks>Instances are immutable once initialised and are thread-safe.</remarks>
public sealed record SubscriptionInputs
{
    /// <summary>Gets the number of paying subscribers in the period (monthly subscriptions active in the period).</summary>
    /// <value>Zero or greater. The default value is 0.</value>
    public long Subscribers { get; init; }

    /// <summary>Gets the monthly subscription price the subscribers pay, when known.</summary>
    /// <value>Zero or greater, in any currency (the subscriptions estimate is then in that currency), or <see langword="null"/> to use the model's configured default price.</value>
    public Money? MonthlyPrice { get; init; }
}
