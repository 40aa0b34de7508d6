using System.Globalization;
using TikTokMonetization.Creators;
using TikTokMonetization.Internal;
using TikTokMonetization.Revenue;
using TikTokMonetization.Serialization;

namespace TikTokMonetization.Testing;

/// <summary>
/// The laws every revenue model must keep, as a check you can run on your own model from any test framework
/// (the SDK runs it on every built-in model with generated snapshots). It needs no test library: it returns the
/// violations it finds, or throws <see cref="RevenueModelContractException"/> listing them all.
/// </summary>
/// <remarks>
/// <para>Laws checked for each snapshot:</para>
/// <list type="bullet">
/// <item><description>the estimate is for the model's own <see cref="IRevenueModel.Name"/>, which is a non-empty lower-case identifier;</description></item>
/// <item><description>low, expected and high are in one currency, never negative, and ordered;</description></item>
/// <item><description>an ineligible creator gets exactly zero and at least one unmet rule with a reason, and an eligible
/// one has no unmet rule (the flag of <see cref="RevenueEstimate.FromDetails"/> agrees with the rules its details build);</description></item>
/// <item><description>deferred breakdown lines and rules build without throwing;</description></item>
/// <item><description>estimating twice gives the same result (determinism), also from several threads at once;</description></item>
/// <item><description>the snapshot is not changed;</description></item>
/// <item><description>an <see cref="IExpectedRevenueModel"/> fast path returns exactly the estimate's expected amount;</description></item>
/// <item><description>an <see cref="IEligibilityRevenueModel"/> fast path says exactly what the estimate's eligibility says;</description></item>
/// <item><description>the same creator with likes as the only activity earns nothing (likes are not money);</description></item>
/// <item><description>every breakdown line reads as true arithmetic for its <see cref="BreakdownLine.Kind"/>: a product at every
/// point, an independent product's expected value, a product held within its bounds, or an interpolation between the
/// rate's ends (to 20 significant digits).</description></item>
/// </list>
/// <para>Use <see cref="FindMonotonicityViolation"/> for laws about your model's own drivers ("more coins never pays less").</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class RevenueModelContract
{
    /// <summary>Checks every law on every snapshot and returns the violations found.</summary>
    /// <param name="model">The model under test.</param>
    /// <param name="snapshots">Valid snapshots to check it on; include eligible and ineligible creators.</param>
    /// <returns>One line per violation, naming the snapshot and the law; empty when the model keeps the contract.</returns>
    public static IReadOnlyList<string> FindViolations(IRevenueModel model, IEnumerable<CreatorSnapshot> snapshots)
    {
        Guard.NotNull(model, nameof(model));
        Guard.NotNull(snapshots, nameof(snapshots));
        var violations = new List<string>();
        var index = 0;
        foreach (var snapshot in snapshots)
        {
            foreach (var violation in FindViolations(model, snapshot))
            {
                violations.Add($"snapshot #{index} ({snapshot.CreatorId ?? "no id"}): {violation}");
            }

            index++;
        }

        return violations;
    }

    /// <summary>Checks every law on one snapshot and returns the violations found.</summary>
    /// <param name="model">The model under test.</param>
    /// <param name="snapshot">A valid snapshot.</param>
    /// <returns>One line per violation; empty when the model keeps the contract for this snapshot.</returns>
    public static IReadOnlyList<string> FindViolations(IRevenueModel model, CreatorSnapshot snapshot)
    {
        Guard.NotNull(model, nameof(model));
        Guard.NotNull(snapshot, nameof(snapshot)).ThrowIfInvalid();
        var violations = new List<string>();
        var name = model.Name;
        if (string.IsNullOrEmpty(name) || name.Any(c => char.IsUpper(c) || char.IsWhiteSpace(c)))
        {
            violations.Add($"Name '{name}' must be a non-empty lower-case identifier without spaces, such as 'live-gifts'.");
        }

        var before = CreatorSnapshotJson.Serialize(snapshot);
        var estimate = Capture(violations, "Estimate", () => model.Estimate(snapshot));
        if (estimate is null)
        {
            return violations;
        }

        CheckEstimate(model, estimate, violations);

        var again = Capture(violations, "second Estimate", () => model.Estimate(snapshot));
        if (again is not null && again.Range != estimate.Range)
        {
            violations.Add($"not deterministic: {estimate.Range} then {again.Range} for the same snapshot.");
        }

        var parallel = new RevenueEstimate?[4];
        Parallel.For(0, parallel.Length, i => parallel[i] = SafeEstimate(model, snapshot));
        if (parallel.Any(p => p is null || p.Range != estimate.Range))
        {
            violations.Add("concurrent calls returned different ranges (or threw): the model is not thread-safe.");
        }

        if (CreatorSnapshotJson.Serialize(snapshot) != before)
        {
            violations.Add("Estimate changed the snapshot; models must not mutate their input.");
        }

        if (model is IExpectedRevenueModel fast)
        {
            var expected = Capture(violations, "EstimateExpected", () => (Money?)fast.EstimateExpected(snapshot));
            if (expected is { } value && value != estimate.Range.Expected)
            {
                violations.Add($"EstimateExpected returned {value} but Estimate's expected amount is {estimate.Range.Expected}.");
            }
        }

        if (model is IEligibilityRevenueModel probe)
        {
            var eligible = Capture(violations, "IsEligible", () => (bool?)probe.IsEligible(snapshot));
            if (eligible is { } answer && answer != estimate.Eligibility.IsEligible)
            {
                violations.Add($"IsEligible returned {(answer ? "true" : "false")} but Estimate's eligibility is {(estimate.Eligibility.IsEligible ? "eligible" : "not eligible")}.");
            }
        }

        var likesOnly = LikesOnly(snapshot);
        var likesEstimate = Capture(violations, "Estimate (likes only)", () => model.Estimate(likesOnly));
        if (likesEstimate is not null && likesEstimate.Range.High.Amount != 0m)
        {
            violations.Add($"a creator whose only activity is likes earned {likesEstimate.Range}; likes alone must earn nothing.");
        }

        return violations;
    }

    /// <summary>Checks every law on every snapshot and throws if any is broken.</summary>
    /// <param name="model">The model under test.</param>
    /// <param name="snapshots">Valid snapshots to check it on.</param>
    /// <exception cref="RevenueModelContractException">At least one law is broken; the exception lists every violation.</exception>
    public static void Verify(IRevenueModel model, IEnumerable<CreatorSnapshot> snapshots)
    {
        var violations = FindViolations(model, snapshots);
        if (violations.Count > 0)
        {
            throw new RevenueModelContractException(model.Name, violations);
        }
    }

    /// <summary>
    /// Checks that the expected amount does not fall when a driver of the model increases, for example
    /// "more coins gifted never pays less".
    /// </summary>
    /// <param name="model">The model under test.</param>
    /// <param name="snapshot">A valid snapshot.</param>
    /// <param name="increase">Returns a copy of the snapshot with one driver increased (and everything else unchanged).</param>
    /// <param name="driver">The driver's name, for the message.</param>
    /// <returns>A description of the violation, or <see langword="null"/> when the law holds.</returns>
    public static string? FindMonotonicityViolation(IRevenueModel model, CreatorSnapshot snapshot, Func<CreatorSnapshot, CreatorSnapshot> increase, string driver)
    {
        Guard.NotNull(model, nameof(model));
        Guard.NotNull(increase, nameof(increase));
        var larger = increase(snapshot).ThrowIfInvalid();
        var before = model.Estimate(snapshot).Range;
        var after = model.Estimate(larger).Range;
        return after.Low < before.Low || after.Expected < before.Expected || after.High < before.High
            ? $"increasing {driver} lowered the estimate from {before} to {after}."
            : null;
    }

    private static void CheckEstimate(IRevenueModel model, RevenueEstimate estimate, List<string> violations)
    {
        if (!string.Equals(estimate.Stream, model.Name, StringComparison.Ordinal))
        {
            violations.Add($"the estimate's Stream is '{estimate.Stream}' but the model's Name is '{model.Name}'.");
        }

        var range = estimate.Range;
        if (range.Low.Currency != range.Expected.Currency || range.Expected.Currency != range.High.Currency)
        {
            violations.Add($"the range mixes currencies: {range}.");
        }

        if (range.Low.Amount < 0m || range.Low.Amount > range.Expected.Amount || range.Expected.Amount > range.High.Amount)
        {
            violations.Add($"the range is negative or out of order: {range}.");
        }

        if (!estimate.Eligibility.IsEligible && range.High.Amount != 0m)
        {
            violations.Add($"ineligible but the range is {range}; an ineligible stream pays zero.");
        }

        // Deferred details (RevenueEstimate.FromDetails) are built here, on first read: a build that throws is a
        // violation to report, not an exception out of the contract.
        var rules = Capture(violations, "building the eligibility rules", () => estimate.Eligibility.Rules);
        if (rules is not null)
        {
            var unmet = rules.Where(r => !r.IsMet).ToList();
            if (!estimate.Eligibility.IsEligible)
            {
                if (unmet.Count == 0 || unmet.Any(r => string.IsNullOrWhiteSpace(r.Reason)))
                {
                    violations.Add("ineligible without an unmet rule that gives a reason.");
                }
            }
            else if (unmet.Count > 0)
            {
                violations.Add($"eligible, but rule '{unmet[0].Id}' is not met: the eligibility flag and the rules disagree.");
            }
        }

        if (estimate.Likes is null)
        {
            violations.Add("the estimate does not say how likes bear on the stream.");
        }

        var lines = Capture(violations, "building the breakdown", () => estimate.Breakdown);
        foreach (var line in lines ?? [])
        {
            if (line.ArithmeticProblem() is { } problem)
            {
                violations.Add($"breakdown line '{line.Label}' ({line.Kind}) does not read as true arithmetic: {problem}.");
            }
        }
    }

    private static CreatorSnapshot LikesOnly(CreatorSnapshot snapshot) => new()
    {
        CreatorId = snapshot.CreatorId,
        PeriodDays = snapshot.PeriodDays,
        Profile = snapshot.Profile,
        Videos = new ShortVideoStats { Likes = Math.Max(1, snapshot.Videos.Likes) },
        Live = new LiveStats { Likes = Math.Max(1, snapshot.Live.Likes) },
    };

    private static RevenueEstimate? SafeEstimate(IRevenueModel model, CreatorSnapshot snapshot)
    {
        try
        {
            return model.Estimate(snapshot);
        }
        catch (Exception)
        {
            return null;
        }
    }

    private static T? Capture<T>(List<string> violations, string call, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex)
        {
            violations.Add(string.Format(CultureInfo.InvariantCulture, "{0} threw {1}: {2}", call, ex.GetType().Name, ex.Message));
            return default;
        }
    }
}
