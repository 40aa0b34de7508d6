using System.Globalization;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Projections;

/// <summary>The month in which a stream's eligibility changes in a projection, and the rules whose outcome changed.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class EligibilityCrossing
{
    internal EligibilityCrossing(int month, DateTime? date, string stream, string displayName, bool becameEligible, IReadOnlyList<EligibilityRule> rules)
    {
        Month = month;
        Date = date;
        Stream = stream;
        DisplayName = displayName;
        BecameEligible = becameEligible;
        ChangedRules = rules;
    }

    /// <summary>Gets the month from which the new eligibility holds (1 is the first month after the snapshot).</summary>
    public int Month { get; }

    /// <summary>Gets that month's first day, when the assumptions give a start month.</summary>
    public DateTime? Date { get; }

    /// <summary>Gets the stream's stable name.</summary>
    public string Stream { get; }

    /// <summary>Gets the stream's display name.</summary>
    public string DisplayName { get; }

    /// <summary>Gets whether the stream became eligible (<see langword="true"/>) or stopped being eligible.</summary>
    public bool BecameEligible { get; }

    /// <summary>Gets the rules, as evaluated in <see cref="Month"/>, whose outcome differs from the month before.</summary>
    public IReadOnlyList<EligibilityRule> ChangedRules { get; }

    /// <summary>Describes the crossing, for example <c>Creator Rewards: eligible from 2027-03, when at least 10,000 followers is met (has 10,450)</c>.</summary>
    /// <returns>The description, in the invariant culture.</returns>
    public override string ToString()
    {
        var when = Date is { } date ? date.ToString("yyyy-MM", CultureInfo.InvariantCulture) : "month " + Month.ToString(CultureInfo.InvariantCulture);
        var state = BecameEligible ? "eligible from " : "no longer eligible from ";
        var rules = ChangedRules.Count == 0
            ? string.Empty
            : ", when " + string.Join(" and ", ChangedRules.Select(r => $"'{r.Description}' is {(r.IsMet ? "met" : "no longer met")} ({r.ActualText})"));
        return DisplayName + ": " + state + when + rules;
    }
}
