namespace TikTokMonetization.Live;

/// <summary>A viewer subscribed, renewed or was gifted a subscription (<c>SubNotifyEvent</c>, <c>TikTokSubscribeEvent</c>, <c>subscribe</c>).</summary>
/// <remarks>
/// Client libraries receive subscription events only with the streamer's own authentication (TikTokLive issue 83), so none
/// observed does not mean none happened; the ledger counts them and earns nothing from them (see the subscriptions model).
/// This type is an immutable value type and is thread-safe.
/// </remarks>
public readonly struct SubscriptionEvent
{
    /// <summary>Gets the subscriber's numeric user id.</summary>
    /// <value>The id, or 0 when unknown.</value>
    public long SenderId { get; init; }

    /// <summary>Gets the subscriber's display name or handle.</summary>
    /// <value>The name, or <see langword="null"/>.</value>
    public string? SenderName { get; init; }

    /// <summary>Gets the subscription month this event reports (<c>sub_month</c>).</summary>
    /// <value>1 or greater; 0 is read as 1.</value>
    public int Months { get; init; }

    /// <summary>Gets when TikTok created the message.</summary>
    /// <value>Any time except <c>default</c>.</value>
    public DateTimeOffset Timestamp { get; init; }
}
