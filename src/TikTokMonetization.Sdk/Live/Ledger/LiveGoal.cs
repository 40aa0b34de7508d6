namespace TikTokMonetization.Live;

/// <summary>A target for the host's LIVE gifts, in diamonds or cash, whose progress every summary reports.</summary>
/// <remarks>Configure in code or bind from configuration (<c>TikTokMonetization:LiveLedger:Goals</c>). Not thread-safe while being configured; the ledger copies it when created.</remarks>
public sealed class LiveGoal
{
    /// <summary>Gets or sets the goal's name, shown in summaries.</summary>
    /// <value>A non-empty name. The default value is empty, which fails validation.</value>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets what the goal counts.</summary>
    /// <value>The default value is <see cref="LiveGoalUnit.Diamonds"/>.</value>
    public LiveGoalUnit Unit { get; set; } = LiveGoalUnit.Diamonds;

    /// <summary>Gets or sets the target: diamonds, or cash in the rate card's currency.</summary>
    /// <value>Greater than zero. The default value is 0, which fails validation.</value>
    public decimal Target { get; set; }
}
