namespace TikTokMonetization.Live;

/// <summary>How far the host is towards one <see cref="LiveGoal"/>, counting settled and pending gifts.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class LiveGoalProgress
{
    internal LiveGoalProgress(string name, LiveGoalUnit unit, decimal target, decimal achieved, Currency? currency)
    {
        Name = name;
        Unit = unit;
        Target = target;
        Achieved = achieved;
        Currency = currency;
        Fraction = achieved / target;
    }

    /// <summary>Gets the goal's name.</summary>
    public string Name { get; }

    /// <summary>Gets what the goal counts.</summary>
    public LiveGoalUnit Unit { get; }

    /// <summary>Gets the target, in diamonds or in <see cref="Currency"/>.</summary>
    public decimal Target { get; }

    /// <summary>Gets what the host has reached so far, in the same unit.</summary>
    public decimal Achieved { get; }

    /// <summary>Gets the currency of a cash goal (the rate card's), or <see langword="null"/> for a diamond goal.</summary>
    public Currency? Currency { get; }

    /// <summary>Gets <see cref="Achieved"/> ÷ <see cref="Target"/>; above 1 once the goal is passed.</summary>
    public decimal Fraction { get; }

    /// <summary>Gets a value indicating whether the goal is reached.</summary>
    public bool IsReached => Achieved >= Target;

    /// <summary>Gets what is still missing, or zero once reached.</summary>
    public decimal Remaining => IsReached ? 0m : Target - Achieved;

    /// <summary>Describes the progress, for example <c>night goal: 30,525 of 50,000 diamonds (61.1 %)</c>.</summary>
    /// <returns>The description, in the invariant culture.</returns>
    public override string ToString()
    {
        var unit = Currency is { } currency ? currency.Code : "diamonds";
        var reached = IsReached ? ", reached" : string.Empty;
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}: {1:#,0.##} of {2:#,0.##} {3} ({4:P1}){5}", Name, Achieved, Target, unit, Fraction, reached);
    }
}
