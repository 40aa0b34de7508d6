namespace TikTokMonetization.Likes;

/// <summary>The channels through which likes can be worth money indirectly.</summary>
/// <remarks>An enumeration; values are immutable and thread-safe.</remarks>
[Flags]
public enum LikesChannels
{
    /// <summary>No channel.</summary>
    None = 0,

    /// <summary>Engagement raises For You distribution, so more people see later videos and LIVE sessions.</summary>
    Visibility = 1,

    /// <summary>The stream's price or rate depends on an engagement rate that counts likes (brand pricing, Creator Rewards scoring).</summary>
    EngagementPricing = 2,

    /// <summary>A more engaged LIVE audience stays longer, and longer viewing raises expected gifting.</summary>
    LiveRetention = 4,
}
