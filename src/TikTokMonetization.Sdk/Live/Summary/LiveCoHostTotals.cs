namespace TikTokMonetization.Live;

/// <summary>The gifts sent to one co-host during the host's LIVE, kept apart from the host's own totals.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class LiveCoHostTotals
{
    internal LiveCoHostTotals(long receiverId, LiveGiftTotals totals)
    {
        ReceiverId = receiverId;
        Totals = totals;
    }

    /// <summary>Gets the co-host's user id.</summary>
    public long ReceiverId { get; }

    /// <summary>Gets the co-host's totals.</summary>
    public LiveGiftTotals Totals { get; }
}
