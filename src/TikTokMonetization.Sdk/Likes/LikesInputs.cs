namespace TikTokMonetization.Likes;

/// <summary>Which like counts of a snapshot a model's amounts can depend on.</summary>
[Flags]
internal enum LikesInputs
{
    /// <summary>Neither: the model's amounts are the same whatever the likes.</summary>
    None = 0,

    /// <summary><see cref="Creators.ShortVideoStats.Likes"/>.</summary>
    VideoLikes = 1,

    /// <summary><see cref="Creators.LiveStats.Likes"/>.</summary>
    LiveLikes = 2,

    /// <summary>Both; what the likes analysis assumes of every model but the SDK's own.</summary>
    All = VideoLikes | LiveLikes,
}

/// <summary>
/// What the SDK states about one built-in model's reads, registered with the model so that the likes analysis can reuse an
/// amount between two creators that differ only in likes the model never reads, instead of running it again.
/// </summary>
/// <remarks>
/// Registered beside each built-in model (the models themselves are written on the public API alone, which the
/// PublicApiModel tests compile). It applies to a model of exactly <see cref="ModelType"/>: any other model, a user's
/// wrapper around a built-in one included, is taken to read <see cref="LikesInputs.All"/> and is always run in full.
/// A law checks each statement (<c>LikesInputsTests</c>). Immutable and thread-safe.
/// </remarks>
/// <param name="modelType">The built-in model's type.</param>
/// <param name="reads">The like counts its amounts and eligibility can depend on.</param>
internal sealed class LikesInputsStatement(Type modelType, LikesInputs reads)
{
    /// <summary>Gets the built-in model's type.</summary>
    public Type ModelType { get; } = modelType;

    /// <summary>Gets the like counts its amounts and eligibility can depend on.</summary>
    public LikesInputs Reads { get; } = reads;
}
