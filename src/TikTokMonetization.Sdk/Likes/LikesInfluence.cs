namespace TikTokMonetization.Likes;

/// <summary>How likes bear on a revenue stream's amount. No built-in stream pays per like.</summary>
/// <remarks>An enumeration; values are immutable and thread-safe.</remarks>
public enum LikesInfluence
{
    /// <summary>Likes do not change what the stream pays.</summary>
    None = 0,

    /// <summary>Likes change what the stream pays only through other quantities (reach, engagement-priced rates).</summary>
    Indirect = 1,

    /// <summary>Likes change what the stream pays within the same model's own drivers (for example LIVE likes raising retention and so expected gifting).</summary>
    Direct = 2,
}
