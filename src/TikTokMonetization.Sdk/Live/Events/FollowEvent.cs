namespace TikTokMonetization.Live;

/// <summary>A viewer followed the host during the LIVE (a social message of the follow kind).</summary>
/// <remarks>The ledger counts each known follower once, so a follow, unfollow and follow again is one new follower. This type is an immutable value type and is thread-safe.</remarks>
public readonly struct FollowEvent
{
    /// <summary>Gets the follower's numeric user id.</summary>
    /// <value>The id, or 0 when unknown (every such event then counts).</value>
    public long SenderId { get; init; }

    /// <summary>Gets the follower's display name or handle.</summary>
    /// <value>The name, or <see langword="null"/>.</value>
    public string? SenderName { get; init; }

    /// <summary>Gets when TikTok created the message.</summary>
    /// <value>Any time except <c>default</c>.</value>
    public DateTimeOffset Timestamp { get; init; }
}
