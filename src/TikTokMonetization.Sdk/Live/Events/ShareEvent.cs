namespace TikTokMonetization.Live;

/// <summary>A viewer shared the LIVE (a social message of the share kind).</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly struct ShareEvent
{
    /// <summary>Gets the viewer's numeric user id.</summary>
    /// <value>The id, or 0 when unknown.</value>
    public long SenderId { get; init; }

    /// <summary>Gets the viewer's display name or handle.</summary>
    /// <value>The name, or <see langword="null"/>.</value>
    public string? SenderName { get; init; }

    /// <summary>Gets when TikTok created the message.</summary>
    /// <value>Any time except <c>default</c>.</value>
    public DateTimeOffset Timestamp { get; init; }
}
