namespace TikTokMonetization.Live;

/// <summary>The kinds of LIVE event the ledger understands.</summary>
/// <remarks>An enum; thread-safe.</remarks>
public enum LiveEventKind
{
    /// <summary>No event (the default value of <see cref="LiveEvent"/>); the ledger rejects it.</summary>
    None = 0,

    /// <summary>A gift frame (<see cref="GiftEvent"/>).</summary>
    Gift = 1,

    /// <summary>A like message (<see cref="LikeEvent"/>).</summary>
    Like = 2,

    /// <summary>A viewer count update (<see cref="ViewerCountEvent"/>).</summary>
    ViewerCount = 3,

    /// <summary>A follow (<see cref="FollowEvent"/>).</summary>
    Follow = 4,

    /// <summary>A share (<see cref="ShareEvent"/>).</summary>
    Share = 5,

    /// <summary>A subscription (<see cref="SubscriptionEvent"/>).</summary>
    Subscription = 6,
}
