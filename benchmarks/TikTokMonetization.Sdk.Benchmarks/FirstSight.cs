using TikTokMonetization.Creators;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// Snapshots the engine has never seen: it checks an instance once and skips the check on later estimates of the same
/// instance, so a benchmark that prices the same instances on every invocation checks none of them once warmed. A
/// first-sight row prices copies made before each iteration instead, outside the measurement.
/// </summary>
internal static class FirstSight
{
    /// <summary>Fills <paramref name="copies"/> with a new instance of each of <paramref name="snapshots"/> (equal values, never checked).</summary>
    public static void Copy(CreatorSnapshot[] snapshots, CreatorSnapshot[] copies)
    {
        for (var i = 0; i < snapshots.Length; i++)
        {
            copies[i] = snapshots[i] with { };
        }
    }
}
