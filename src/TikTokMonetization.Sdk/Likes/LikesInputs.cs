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

    /// <summary>Both; what the likes analysis assumes of a model that does not say.</summary>
    All = VideoLikes | LiveLikes,
}

/// <summary>
/// A built-in model that states which like counts it reads, so that the likes analysis can reuse an amount between two
/// creators that differ only in likes the model never reads, instead of running the model again for the same number.
/// </summary>
/// <remarks>
/// Only the SDK's own models implement this, and a law checks each statement: changing likes a model says it does not
/// read leaves its estimate the same to the last digit (<c>LikesInputsTests</c>). A user model is always run in full.
/// </remarks>
internal interface ILikesInputsModel
{
    /// <summary>Gets the like counts the model's amounts and eligibility can depend on.</summary>
    LikesInputs LikesRead { get; }
}
