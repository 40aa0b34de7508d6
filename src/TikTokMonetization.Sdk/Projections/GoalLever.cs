using TikTokMonetization.Creators;
using TikTokMonetization.Internal;

namespace TikTokMonetization.Projections;

/// <summary>
/// One quantity of a snapshot that goal-seek may raise: how to read it, how to set it, its smallest step and the
/// most it can be. The built-in levers move their driver through <see cref="SnapshotGrowth.Apply"/>, so the fields
/// that follow it (likes with views, LIVE likes with hours) move with it.
/// </summary>
/// <remarks>
/// Goal-seek needs a lever that never lowers the total as it rises. Posts alone are not one: more posts at the same views
/// spread the views thinner, which lowers a sponsored post's price, so there is no built-in posts lever; a lever of your
/// own through <see cref="Create"/> can say how views follow posts. Immutable and thread-safe, provided the delegates
/// of a custom lever are.
/// </remarks>
public sealed class GoalLever
{
    private readonly Func<CreatorSnapshot, decimal> _read;
    private readonly Func<CreatorSnapshot, decimal, CreatorSnapshot> _apply;

    private GoalLever(string name, string unit, decimal step, decimal maximum, Func<CreatorSnapshot, decimal> read, Func<CreatorSnapshot, decimal, CreatorSnapshot> apply)
    {
        Name = name;
        Unit = unit;
        Step = step;
        Maximum = maximum;
        _read = read;
        _apply = apply;
    }

    /// <summary>Gets short-video views per period (whole views, up to ten billion).</summary>
    public static GoalLever Views { get; } = Driver("views", "views", GrowthDriver.Views, 1m, 10_000_000_000m, s => s.Videos.Views, (s, v) => s with { Videos = s.Videos with { Views = (long)v } });

    /// <summary>Gets followers (whole followers, up to two billion).</summary>
    public static GoalLever Followers { get; } = Driver("followers", "followers", GrowthDriver.Followers, 1m, 2_000_000_000m, s => s.Profile.Followers, (s, v) => s with { Profile = s.Profile with { Followers = (long)v } });

    /// <summary>Gets LIVE hours per period (hundredths of an hour, up to 24 hours a day of the period).</summary>
    public static GoalLever LiveHours { get; } = Driver("live-hours", "LIVE hours", GrowthDriver.LiveHours, 0.01m, 24m * 366m, s => (decimal)s.Live.Hours, (s, v) => s with { Live = s.Live with { Hours = (double)v, Sessions = Math.Max(1, s.Live.Sessions) } });

    /// <summary>Gets average concurrent LIVE viewers (whole viewers, up to ten million).</summary>
    public static GoalLever AverageViewers { get; } = Driver("average-viewers", "average viewers", GrowthDriver.AverageViewers, 1m, 10_000_000m, s => (decimal)s.Live.AverageConcurrentViewers, (s, v) => s with { Live = s.Live with { AverageConcurrentViewers = (double)v } });

    /// <summary>Gets the lever's name, used in messages.</summary>
    public string Name { get; }

    /// <summary>Gets the unit of the lever's values, used in messages.</summary>
    public string Unit { get; }

    /// <summary>Gets the smallest step: goal-seek answers with a whole number of steps.</summary>
    public decimal Step { get; }

    /// <summary>Gets the largest value goal-seek tries.</summary>
    public decimal Maximum { get; }

    /// <summary>Creates a lever on any snapshot field.</summary>
    /// <param name="name">The lever's name, used in messages.</param>
    /// <param name="unit">The unit of its values, used in messages.</param>
    /// <param name="step">The smallest step; greater than zero.</param>
    /// <param name="maximum">The largest value to try; at least <paramref name="step"/>.</param>
    /// <param name="read">Reads the lever's value from a snapshot.</param>
    /// <param name="apply">Returns a snapshot with the lever at a value (and whatever should follow it). Raising the value must not lower any stream.</param>
    /// <returns>The lever.</returns>
    /// <exception cref="ArgumentException">A name or unit is empty, the step is not positive or the maximum is below the step.</exception>
    public static GoalLever Create(string name, string unit, decimal step, decimal maximum, Func<CreatorSnapshot, decimal> read, Func<CreatorSnapshot, decimal, CreatorSnapshot> apply)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A lever needs a name.", nameof(name));
        }

        if (string.IsNullOrWhiteSpace(unit))
        {
            throw new ArgumentException("A lever needs a unit.", nameof(unit));
        }

        if (step <= 0m)
        {
            throw new ArgumentException($"step is {step}; it must be greater than zero.", nameof(step));
        }

        if (maximum < step)
        {
            throw new ArgumentException($"maximum is {maximum}; it must be at least the step ({step}).", nameof(maximum));
        }

        Guard.NotNull(read, nameof(read));
        Guard.NotNull(apply, nameof(apply));
        return new GoalLever(name, unit, step, maximum, read, apply);
    }

    /// <summary>Reads the lever's value from a snapshot.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The value.</returns>
    public decimal Read(CreatorSnapshot snapshot) => _read(snapshot);

    /// <summary>Returns the snapshot with the lever at a value.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="value">The value.</param>
    /// <returns>The changed snapshot.</returns>
    public CreatorSnapshot Apply(CreatorSnapshot snapshot, decimal value) => _apply(snapshot, value);

    /// <inheritdoc/>
    public override string ToString() => Name;

    // From a value above zero the driver moves by the ratio, with everything that follows it; from zero there is no
    // ratio, so only the field itself is set.
    private static GoalLever Driver(string name, string unit, GrowthDriver driver, decimal step, decimal maximum, Func<CreatorSnapshot, decimal> read, Func<CreatorSnapshot, decimal, CreatorSnapshot> set) =>
        new(name, unit, step, maximum, read, (snapshot, value) =>
        {
            var current = read(snapshot);
            if (current <= 0m)
            {
                return set(snapshot, value);
            }

            var moved = SnapshotGrowth.Apply(snapshot, DriverLevels.Unchanged.With(driver, value / current));
            return set(moved, value);
        });
}
