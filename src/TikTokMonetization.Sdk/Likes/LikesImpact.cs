namespace TikTokMonetization.Likes;

/// <summary>How likes bear on one revenue stream: whether the stream pays per like (no built-in stream does), how likes influence it, and through which channels.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class LikesImpact
{
    /// <summary>Initializes a new instance of the <see cref="LikesImpact"/> class.</summary>
    /// <param name="paysPerLike">Whether the stream pays money for each like. <see langword="false"/> for every built-in model.</param>
    /// <param name="influence">How likes influence the amount.</param>
    /// <param name="channels">Through which channels.</param>
    /// <param name="explanation">One or two sentences saying how, in words.</param>
    public LikesImpact(bool paysPerLike, LikesInfluence influence, LikesChannels channels, string explanation)
    {
        PaysPerLike = paysPerLike;
        Influence = influence;
        Channels = channels;
        Explanation = explanation ?? string.Empty;
    }

    /// <summary>Gets a value indicating whether the stream pays money for each like (direct revenue from likes).</summary>
    public bool PaysPerLike { get; }

    /// <summary>Gets how likes influence what the stream pays.</summary>
    public LikesInfluence Influence { get; }

    /// <summary>Gets the channels through which likes influence the stream.</summary>
    public LikesChannels Channels { get; }

    /// <summary>Gets an explanation in words.</summary>
    public string Explanation { get; }

    /// <summary>Returns the explanation.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => Explanation;
}
