using TikTokMonetization.Live;

namespace TikTokMonetization.Orleans.Rosters;

/// <summary>A target for the roster's rooms together over one window, in diamonds or cash.</summary>
/// <remarks>Set with <see cref="ILiveRosterGrain.SetGoalsAsync"/>. A plain data holder: not thread-safe while being changed.</remarks>
[GenerateSerializer]
[Alias("tiktok.live-roster-goal.v1")]
public sealed class LiveRosterGoal
{
    /// <summary>Gets or sets the goal's name, unique in the roster.</summary>
    /// <value>A non-empty name. The default value is empty, which is refused.</value>
    [Id(0)] public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the window the goal counts over.</summary>
    /// <value>The default value is <see cref="LiveRosterWindowKind.Today"/>.</value>
    [Id(1)] public LiveRosterWindowKind Window { get; set; } = LiveRosterWindowKind.Today;

    /// <summary>Gets or sets what the goal counts: the hosts' diamonds, or their cash in the roster's currency.</summary>
    /// <value>The default value is <see cref="LiveGoalUnit.Diamonds"/>.</value>
    [Id(2)] public LiveGoalUnit Unit { get; set; } = LiveGoalUnit.Diamonds;

    /// <summary>Gets or sets the target.</summary>
    /// <value>Greater than zero. The default value is 0, which is refused.</value>
    [Id(3)] public decimal Target { get; set; }
}

/// <summary>How far a roster is towards one of its goals.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
[GenerateSerializer]
[Immutable]
[Alias("tiktok.live-roster-goal-progress.v1")]
public sealed class LiveRosterGoalProgress
{
    /// <summary>Gets the goal's name.</summary>
    [Id(0)] public required string Name { get; init; }

    /// <summary>Gets the window the goal counts over.</summary>
    [Id(1)] public required LiveRosterWindowKind Window { get; init; }

    /// <summary>Gets what the goal counts.</summary>
    [Id(2)] public required LiveGoalUnit Unit { get; init; }

    /// <summary>Gets the target, in diamonds or in the roster's currency.</summary>
    [Id(3)] public required decimal Target { get; init; }

    /// <summary>Gets what the roster's rooms have reached in the window, in the same unit.</summary>
    [Id(4)] public required decimal Achieved { get; init; }

    /// <summary>Gets <see cref="Achieved"/> ÷ <see cref="Target"/>; above 1 once the goal is passed.</summary>
    public decimal Fraction => Achieved / Target;

    /// <summary>Gets a value indicating whether the goal is reached.</summary>
    public bool IsReached => Achieved >= Target;
}
