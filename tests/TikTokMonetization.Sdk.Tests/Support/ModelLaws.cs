using FsCheck;
using FsCheck.Fluent;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;
using TikTokMonetization.Testing;

namespace TikTokMonetization.Tests;

/// <summary>Property forms of the reusable model laws in <see cref="RevenueModelContract"/>, shared by every model's property tests.</summary>
internal static class ModelLaws
{
    /// <summary>Increasing <paramref name="driver"/> never lowers the model's low, expected or high amount for <paramref name="snapshot"/>.</summary>
    public static Property Monotone(IRevenueModel model, CreatorSnapshot snapshot, Func<CreatorSnapshot, CreatorSnapshot> increase, string driver)
    {
        var violation = RevenueModelContract.FindMonotonicityViolation(model, snapshot, increase, driver);
        return (violation is null).Label(violation ?? "ok");
    }

    /// <summary>Every model keeps every law of <see cref="RevenueModelContract"/> for <paramref name="snapshot"/>; the label lists each violation with its model.</summary>
    public static Property KeepTheContract(CreatorSnapshot snapshot, params IRevenueModel[] models)
    {
        var violations = ContractViolations(snapshot, models);
        return (violations.Count == 0).Label(violations.Count == 0 ? "ok" : string.Join("; ", violations));
    }

    /// <summary>Returns every violation of <see cref="RevenueModelContract"/> by any of <paramref name="models"/> for <paramref name="snapshot"/>, each prefixed with its model's name.</summary>
    public static IReadOnlyList<string> ContractViolations(CreatorSnapshot snapshot, params IRevenueModel[] models) =>
        models.SelectMany(m => RevenueModelContract.FindViolations(m, snapshot).Select(v => m.Name + ": " + v)).ToList();

    /// <summary>Every line of <paramref name="estimate"/>'s breakdown reads as true arithmetic for its kind; the label names each line that does not.</summary>
    public static Property BreakdownReadsAsArithmetic(RevenueEstimate estimate)
    {
        var problems = estimate.Breakdown.Where(l => l.ArithmeticProblem() is not null).Select(l => $"'{l}': {l.ArithmeticProblem()}").ToList();
        return (problems.Count == 0).Label(problems.Count == 0 ? "ok" : string.Join("; ", problems));
    }

    /// <summary>
    /// For each model that finds <paramref name="snapshot"/> eligible, the estimate's three amounts are the amounts its
    /// breakdown arrives at (<paramref name="result"/> reads them from the lines), digit for digit and scale included:
    /// for a model whose estimate computes its range apart from the figures its breakdown builds when read.
    /// </summary>
    public static Property RangeIsTheBreakdownsResult(CreatorSnapshot snapshot, IEnumerable<IRevenueModel> models, Func<RevenueEstimate, ValueRange> result)
    {
        var property = true.ToProperty();
        foreach (var model in models)
        {
            var estimate = model.Estimate(snapshot);
            if (!estimate.IsEligible)
            {
                continue;
            }

            var lines = result(estimate);
            var range = estimate.Range;
            property = property.And(
                (Text(range.Low.Amount) == Text(lines.Low) && Text(range.Expected.Amount) == Text(lines.Expected) && Text(range.High.Amount) == Text(lines.High))
                    .Label($"{model.Name}: {range} against the breakdown's {lines}"));
        }

        return property;
    }

    /// <summary>
    /// Each model's fast path (<see cref="IExpectedRevenueModel.EstimateExpected"/>) gives its estimate's expected amount
    /// digit for digit and scale included, and in its currency: the batch, the simulation and the likes analysis read the
    /// fast path where a report reads the estimate, so a scale apart would print differently.
    /// </summary>
    public static Property ExpectedIsTheEstimates(CreatorSnapshot snapshot, IEnumerable<IRevenueModel> models)
    {
        var property = true.ToProperty();
        foreach (var model in models)
        {
            var expected = model.Estimate(snapshot).Range.Expected;
            var fast = ((IExpectedRevenueModel)model).EstimateExpected(snapshot);
            property = property.And(
                (Text(fast.Amount) == Text(expected.Amount) && fast.Currency == expected.Currency)
                    .Label($"{model.Name}: the fast path gives {fast.Amount} {fast.Currency}, the estimate {expected.Amount} {expected.Currency}"));
        }

        return property;
    }

    private static string Text(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
