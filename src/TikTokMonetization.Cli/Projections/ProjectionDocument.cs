using TikTokMonetization.Projections;

namespace TikTokMonetization.Cli;

/// <summary>
/// The <c>project --format json</c> document: the assumptions as used, every month's totals and streams at low,
/// expected and high growth, the simulated percentiles and odds, and the eligibility crossings (schema in docs/cli.md).
/// Money is as the SDK reports it: totals and percentiles rounded to the currency's minor unit.
/// </summary>
internal sealed record ProjectionDocument(
    int SchemaVersion,
    string Command,
    string? CreatorId,
    string Currency,
    int PeriodDays,
    string Growth,
    DateTime? StartMonth,
    SimulationInfoJson? Simulation,
    GoalJson? Goal,
    IReadOnlyList<ProjectedMonthJson> Months,
    IReadOnlyList<CrossingJson> Crossings)
{
    public static ProjectionDocument From(ProjectionRun run)
    {
        var simulation = run.Simulation;
        var months = new List<ProjectedMonthJson>();
        for (var i = 0; i < run.Projection.Months.Count; i++)
        {
            months.Add(ProjectedMonthJson.From(run.Projection.Months[i], simulation?.Months[i]));
        }

        return new ProjectionDocument(
            CliJson.SchemaVersion,
            "project",
            run.Snapshot.CreatorId,
            run.Projection.Currency.Code,
            run.Snapshot.PeriodDays,
            GrowthFlags.Describe(run.Assumptions),
            run.Assumptions.StartMonth,
            simulation is null ? null : new SimulationInfoJson(simulation.Paths, simulation.Seed, simulation.CappedPathMonths),
            run.Goal is { } goal ? new GoalJson(MoneyJson.From(goal.MonthlyIncome), goal.ByMonth, simulation?.GoalReachedProbability) : null,
            months,
            run.Projection.Crossings.Select(CrossingJson.From).ToList());
    }
}

/// <summary>How the simulation ran: paths, seed, and path-months in which a driver was held at its cap.</summary>
internal sealed record SimulationInfoJson(int Paths, long Seed, long CappedPathMonths);

/// <summary>The income goal and the share of simulated paths that reach it by its month.</summary>
internal sealed record GoalJson(MoneyJson MonthlyIncome, int ByMonth, decimal? Probability);

/// <summary>One month: the total and every stream at low, expected and high growth, and the simulated percentiles.</summary>
internal sealed record ProjectedMonthJson(
    int Month,
    DateTime? Date,
    MoneyJson TotalAtLowGrowth,
    MoneyRangeJson Total,
    MoneyJson TotalAtHighGrowth,
    IReadOnlyList<string> CappedDrivers,
    PercentilesJson? SimulatedTotal,
    decimal? GoalProbability,
    IReadOnlyList<ProjectedStreamJson> Streams)
{
    public static ProjectedMonthJson From(ProjectedMonth month, SimulatedMonth? simulated) => new(
        month.Month,
        month.Date,
        MoneyJson.From(month.TotalAtLowGrowth),
        MoneyRangeJson.From(month.Report.Total),
        MoneyJson.From(month.TotalAtHighGrowth),
        month.CappedDrivers.Select(d => d.ToString()).ToList(),
        simulated is null ? null : PercentilesJson.From(simulated.Total),
        simulated?.GoalProbability,
        month.Streams.Select(s => ProjectedStreamJson.From(s, simulated?.Streams.FirstOrDefault(x => x.Name == s.Name))).ToList());
}

/// <summary>One stream in one month: its range at expected growth, its expected value at low and high growth, and its simulated percentiles.</summary>
internal sealed record ProjectedStreamJson(
    string Name,
    string DisplayName,
    bool Eligible,
    MoneyRangeJson Range,
    MoneyJson AtLowGrowth,
    MoneyJson AtHighGrowth,
    PercentilesJson? Simulated,
    decimal? EligibleProbability)
{
    public static ProjectedStreamJson From(ProjectedStream stream, SimulatedStream? simulated) => new(
        stream.Name,
        stream.DisplayName,
        stream.IsEligible,
        MoneyRangeJson.From(stream.Range),
        MoneyJson.From(stream.AtLowGrowth),
        MoneyJson.From(stream.AtHighGrowth),
        simulated is null ? null : PercentilesJson.From(simulated.Values),
        simulated?.EligibleProbability);
}

/// <summary>Simulated percentiles: <c>{ "percentiles": [{ "percentile": 10, "amount": 1.23 }], "mean": 2.34 }</c>, amounts in the document's currency.</summary>
internal sealed record PercentilesJson(IReadOnlyList<PercentileJson> Percentiles, decimal Mean)
{
    public static PercentilesJson From(MoneyPercentiles values) =>
        new(values.Percentiles.Select((p, i) => new PercentileJson(p, values.Values[i].Amount)).ToList(), values.Mean.Amount);
}

/// <summary>One percentile and its amount.</summary>
internal sealed record PercentileJson(decimal Percentile, decimal Amount);

/// <summary>A change of a stream's eligibility, with the rules whose outcome changed that month.</summary>
internal sealed record CrossingJson(int Month, DateTime? Date, string Stream, string DisplayName, bool BecameEligible, string Description, IReadOnlyList<ChangedRuleJson> ChangedRules)
{
    public static CrossingJson From(EligibilityCrossing crossing) => new(
        crossing.Month,
        crossing.Date,
        crossing.Stream,
        crossing.DisplayName,
        crossing.BecameEligible,
        crossing.ToString(),
        crossing.ChangedRules.Select(r => new ChangedRuleJson(r.Id, r.IsMet, r.Reason)).ToList());
}

/// <summary>A rule whose outcome changed: its id, whether it is now met, and why.</summary>
internal sealed record ChangedRuleJson(string Id, bool Met, string Reason);
