using System.Globalization;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Projections;

/// <summary>The answer of goal-seek: the smallest value of a lever at which the expected total reaches a target, or why none does.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GoalSeekResult
{
    internal GoalSeekResult(GoalLever lever, Money target, decimal current, decimal? value, RevenueReport report, string? reason)
    {
        Lever = lever;
        Target = target;
        Current = current;
        Value = value;
        Report = report;
        Reason = reason;
    }

    /// <summary>Gets the lever that was moved.</summary>
    public GoalLever Lever { get; }

    /// <summary>Gets the expected total income per period to reach.</summary>
    public Money Target { get; }

    /// <summary>Gets the lever's value in the snapshot.</summary>
    public decimal Current { get; }

    /// <summary>Gets whether the target can be reached by this lever alone.</summary>
    public bool IsReachable => Value is not null;

    /// <summary>
    /// Gets the smallest value, in whole steps of the lever, at which the expected total reaches the target (the current
    /// value when it already does); <see langword="null"/> when no value up to the lever's maximum does.
    /// </summary>
    public decimal? Value { get; }

    /// <summary>Gets how much the lever must rise: <see cref="Value"/> less <see cref="Current"/>; <see langword="null"/> when unreachable.</summary>
    public decimal? Increase => Value - Current;

    /// <summary>Gets the report at <see cref="Value"/>, or at the lever's maximum when the target cannot be reached.</summary>
    public RevenueReport Report { get; }

    /// <summary>Gets why the target cannot be reached; <see langword="null"/> when it can.</summary>
    public string? Reason { get; }

    /// <inheritdoc/>
    public override string ToString() => Value is { } value
        ? string.Format(CultureInfo.InvariantCulture, "{0} {1} (now {2}) reach {3} (expected total {4})", InSteps(value), Lever.Unit, InSteps(Current), Target, Report.Total.Expected)
        : Reason!;

    // As many decimals as the lever's step has: "3,195,134 views", "79.40 LIVE hours".
    private string InSteps(decimal value) =>
        value.ToString("N" + ((decimal.GetBits(Lever.Step)[3] >> 16) & 0xFF).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
