using TikTokMonetization.Creators;

namespace TikTokMonetization.Likes;

/// <summary>
/// Estimates how reach responds to engagement: given a creator before and after more engagement (for example 1,000
/// more likes), how much more the videos are shown and how many more people find the LIVE sessions. The likes analysis
/// uses it for the visibility channel. The SDK registers a documented default; replace it with
/// <c>builder.UseReachModel&lt;TModel&gt;()</c>.
/// </summary>
/// <remarks>
/// Implementations must be pure and thread-safe, and should be monotone (more engagement never lowers reach) and bounded.
/// They receive validated snapshots.
/// </remarks>
public interface IReachModel
{
    /// <summary>Estimates the reach response from <paramref name="before"/> to <paramref name="after"/>.</summary>
    /// <param name="before">The creator as observed.</param>
    /// <param name="after">The same creator with more engagement (same views and viewers).</param>
    /// <returns>The multipliers on views and on LIVE viewers, at least 1 when engagement only grew.</returns>
    ReachResponse Respond(CreatorSnapshot before, CreatorSnapshot after);
}
