namespace TikTokMonetization.Live;

/// <summary>The viewer counts reported during the session.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class LiveViewerStats
{
    internal LiveViewerStats(long updates, long peak, long latest, double average)
    {
        Updates = updates;
        Peak = peak;
        Latest = latest;
        TimeWeightedAverage = average;
    }

    /// <summary>Gets the number of viewer count updates.</summary>
    public long Updates { get; }

    /// <summary>Gets the highest count.</summary>
    public long Peak { get; }

    /// <summary>Gets the count with the latest timestamp.</summary>
    public long Latest { get; }

    /// <summary>Gets the average count over the time between the first and the last update, each count weighted by how long it held; the single count when there is one; 0 without updates.</summary>
    public double TimeWeightedAverage { get; }
}
