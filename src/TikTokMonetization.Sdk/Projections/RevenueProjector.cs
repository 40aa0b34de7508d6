using System.Buffers;
using System.Globalization;
using System.Runtime.ExceptionServices;
using TikTokMonetization.Creators;
using TikTokMonetization.Internal;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Projections;

/// <summary>The built-in <see cref="IRevenueProjector"/>: every month and every path is a report of the engine on a grown snapshot.</summary>
/// <remarks>Thread-safe: it keeps no state between calls.</remarks>
internal sealed class RevenueProjector : IRevenueProjector
{
    // Paths are handed out in blocks: each block reuses one generator and one buffer of levels.
    private const int PathsPerBlock = 32;

    private readonly IRevenueEngine _engine;
    private readonly IGrowthModel _growth;

    public RevenueProjector(IRevenueEngine engine, IGrowthModel growth)
    {
        _engine = engine ?? throw new ArgumentNullException(nameof(engine));
        _growth = growth ?? throw new ArgumentNullException(nameof(growth));
    }

    public RevenueProjection Project(CreatorSnapshot snapshot, GrowthAssumptions assumptions, int months)
    {
        Check(snapshot, assumptions);
        if (months is < 1 or > SimulationSettings.MaxMonths)
        {
            throw new ArgumentOutOfRangeException(nameof(months), months, $"months is {months}; it must be from 1 to {SimulationSettings.MaxMonths}.");
        }

        var baseline = _engine.Estimate(snapshot);
        var currency = baseline.Currency;
        var result = new ProjectedMonth[months];
        var crossings = new List<EligibilityCrossing>();
        var previous = baseline;
        for (var m = 1; m <= months; m++)
        {
            var date = DateOf(assumptions, m);
            var capped = new List<GrowthDriver>();
            var levels = Bounded(snapshot, _growth.Project(assumptions, m, RangePoint.Expected), capped);
            var grown = Grow(snapshot, levels, m);
            var expected = _engine.Estimate(grown, currency);
            var low = _engine.Estimate(Grow(snapshot, Bounded(snapshot, _growth.Project(assumptions, m, RangePoint.Low), null), m), currency);
            var high = _engine.Estimate(Grow(snapshot, Bounded(snapshot, _growth.Project(assumptions, m, RangePoint.High), null), m), currency);

            var streams = new ProjectedStream[expected.Streams.Count];
            for (var i = 0; i < streams.Length; i++)
            {
                streams[i] = new ProjectedStream(expected.Streams[i], low.Streams[i].Range.Expected, high.Streams[i].Range.Expected);
            }

            result[m - 1] = new ProjectedMonth(m, date, levels, grown, expected, streams, low.Total.Expected, high.Total.Expected, capped);
            AddCrossings(crossings, previous, expected, m, date);
            previous = expected;
        }

        return new RevenueProjection(baseline, result, crossings);
    }

    private const int MinDaysInMonth = 28;

    private const int MaxDaysInMonth = 31;

    public RevenueSimulation Simulate(CreatorSnapshot snapshot, GrowthAssumptions assumptions, SimulationSettings settings, IncomeGoal? goal = null, IProgress<SimulationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Check(snapshot, assumptions);
        Guard.NotNull(settings, nameof(settings));
        settings.ThrowIfInvalid();
        if (goal is not null && goal.ByMonth > settings.Months)
        {
            throw new ArgumentException($"The goal's month is {goal.ByMonth}; the simulation covers months 1 to {settings.Months}.", nameof(goal));
        }

        // The goal is an income a month and the simulation's totals are per period of the snapshot: compared across a
        // period of a week or a quarter they would give odds of something else, without a word.
        if (goal is not null && snapshot.PeriodDays is < MinDaysInMonth or > MaxDaysInMonth)
        {
            throw new ArgumentException(
                $"A monthly income goal needs a snapshot of one month (28 to 31 days); this one covers {snapshot.PeriodDays} days, so its totals are not monthly incomes.",
                nameof(goal));
        }

        var baseline = goal is null ? _engine.Estimate(snapshot) : _engine.Estimate(snapshot, goal.MonthlyIncome.Currency);
        var currency = baseline.Currency;
        var width = baseline.Streams.Count;
        var paths = settings.Paths;
        var months = settings.Months;
        // The result buffers hold every path-month (the percentiles need them all); they come from the shared pool, so
        // a warmed process allocates nothing per path-month, and go back to it once summarised.
        var cells = paths * months;
        var values = ArrayPool<decimal>.Shared.Rent(cells * width);
        var totals = ArrayPool<decimal>.Shared.Rent(cells);
        var eligible = ArrayPool<bool>.Shared.Rent(cells * width);
        try
        {
            var capped = Run(snapshot, assumptions, settings, currency, width, values, totals, eligible, progress, cancellationToken);
            return Summarise(baseline, assumptions, settings, goal, values, totals, eligible, capped);
        }
        catch (AggregateException aggregate)
        {
            // What a path throws (a grown snapshot beyond a field, named by its month) reaches the caller as itself, as
            // from Project, not wrapped by the parallel loop; with several workers failing, the first one's.
            ExceptionDispatchInfo.Capture(aggregate.InnerExceptions[0]).Throw();
            throw;
        }
        finally
        {
            ArrayPool<decimal>.Shared.Return(values);
            ArrayPool<decimal>.Shared.Return(totals);
            ArrayPool<bool>.Shared.Return(eligible);
        }
    }

    // Fills values, totals and eligible for every path-month and returns how many path-months a cap held.
    private long Run(CreatorSnapshot snapshot, GrowthAssumptions assumptions, SimulationSettings settings, Currency currency, int width, decimal[] values, decimal[] totals, bool[] eligible, IProgress<SimulationProgress>? progress, CancellationToken cancellationToken)
    {
        var paths = settings.Paths;
        var months = settings.Months;
        long capped = 0;
        var completed = 0;
        var blocks = (paths + PathsPerBlock - 1) / PathsPerBlock;
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = settings.MaxDegreeOfParallelism };

        // The engine's own type can give each stream's expected amount and eligibility without building a report;
        // another IRevenueEngine (a decorator, a test double) is asked for the report, with the same numbers.
        var fast = _engine as RevenueEngine;

        // When every model is the SDK's own fast path, each worker grows one scratch copy of the snapshot in place, month
        // after month (no allocation per path-month); otherwise each path-month is a snapshot of its own, since a user
        // model may keep the instance it was given. A worker's buffers live as long as the worker, not the block.
        var reuse = fast is { KeepsNoSnapshot: true };
        Parallel.For(
            0,
            blocks,
            options,
            () => new Worker(settings.Seed, width, months, reuse ? SnapshotGrowth.Scratch(snapshot) : null),
            (block, _, worker) =>
            {
                var random = worker.Random;
                var rowValues = worker.Values;
                var rowEligible = worker.Eligible;
                var levels = worker.Levels;
                var scratch = worker.Scratch;
                var blockCapped = 0L;
                var first = block * PathsPerBlock;
                var last = Math.Min(paths, first + PathsPerBlock);
                for (var path = first; path < last; path++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    random.Reset(settings.Seed, path);
                    _growth.SamplePath(assumptions, random, levels);
                    for (var m = 0; m < months; m++)
                    {
                        var wasCapped = false;
                        var bounded = Bounded(snapshot, in levels[m], ref wasCapped);
                        if (wasCapped)
                        {
                            blockCapped++;
                        }

                        var grown = Grow(snapshot, in bounded, scratch, m + 1);
                        var cell = (path * months) + m;
                        if (fast is not null)
                        {
                            totals[cell] = fast.EstimateExpectedOfChecked(grown, currency, rowValues, rowEligible);
                            rowValues.AsSpan().CopyTo(values.AsSpan(cell * width, width));
                            rowEligible.AsSpan().CopyTo(eligible.AsSpan(cell * width, width));
                            continue;
                        }

                        var report = _engine.Estimate(grown, currency);
                        totals[cell] = report.Total.Expected.Amount;
                        for (var s = 0; s < width; s++)
                        {
                            values[(cell * width) + s] = report.Streams[s].Range.Expected.Amount;
                            eligible[(cell * width) + s] = report.Streams[s].IsEligible;
                        }
                    }
                }

                Interlocked.Add(ref capped, blockCapped);
                var done = Interlocked.Add(ref completed, last - first);
                progress?.Report(new SimulationProgress(done, paths));
                return worker;
            },
            _ => { });

        return capped;
    }

    // What one worker of the simulation reuses from block to block.
    private sealed class Worker(long seed, int width, int months, CreatorSnapshot? scratch)
    {
        public SimulationRandom Random { get; } = new(seed, 0);

        public decimal[] Values { get; } = new decimal[width];

        public bool[] Eligible { get; } = new bool[width];

        public DriverLevels[] Levels { get; } = new DriverLevels[months];

        public CreatorSnapshot? Scratch { get; } = scratch;
    }

    public GoalSeekResult SeekGoal(CreatorSnapshot snapshot, Money target, GoalLever lever)
    {
        Guard.NotNull(snapshot, nameof(snapshot));
        Guard.NotNull(lever, nameof(lever));
        snapshot.ThrowIfInvalid();
        var currency = target.Currency;
        var current = lever.Read(snapshot);
        var now = _engine.Estimate(snapshot, currency);
        if (now.Total.Expected.Amount >= target.Amount)
        {
            return new GoalSeekResult(lever, target, current, current, now, null);
        }

        // Values are whole steps. A value whose snapshot is invalid (beyond what a field allows, or beyond the input
        // limits the engine applies) counts as out of reach, which keeps the search's predicate monotone: false below
        // the answer, true from it on.
        var step = lever.Step;
        var lo = Math.Floor(current / step); // known not to reach (or to be the current value)
        var maxSteps = Math.Floor(lever.Maximum / step);
        if (lo >= maxSteps)
        {
            return Unreachable(lever, target, current, now, now, current, GoalLimit.AtMaximum);
        }

        // The report at lo once lo is a value tried (valid, short of the target); null while lo is today's value.
        RevenueReport? atLo = null;
        var hi = Math.Max(lo + 1m, Math.Min(maxSteps, Math.Max(1m, lo) * 2m));
        RevenueReport? answer;
        while (!Reaches(hi, out answer))
        {
            lo = hi;
            atLo = answer;
            if (hi >= maxSteps)
            {
                return Unreachable(lever, target, current, now, answer!, hi * step, GoalLimit.LeverMaximum);
            }

            hi = Math.Min(maxSteps, hi * 2m);
        }

        while (hi - lo > 1m)
        {
            var mid = Math.Floor((lo + hi) / 2m);
            if (Reaches(mid, out var report))
            {
                hi = mid;
                answer = report;
            }
            else
            {
                lo = mid;
                atLo = report;
            }
        }

        // The report at hi is kept from the step that found it; null when hi is beyond what a snapshot allows. Then lo,
        // one step below, is the largest valid value: the last one tried, or today's when none above it was valid.
        if (answer is not null)
        {
            return new GoalSeekResult(lever, target, current, hi * step, answer, null);
        }

        return atLo is null
            ? Unreachable(lever, target, current, now, now, current, GoalLimit.NoValidValue)
            : Unreachable(lever, target, current, now, atLo, lo * step, GoalLimit.ValidSnapshot);

        bool Reaches(decimal steps, out RevenueReport? report)
        {
            if (Moved(steps) is not { } moved)
            {
                report = null;
                return true;
            }

            report = _engine.Estimate(moved, currency);
            return report.Total.Expected.Amount >= target.Amount;
        }

        // The lever at a number of steps, or null when the snapshot there is invalid. From a value below one step (a
        // millionth of a LIVE hour, say) the first step is a large multiple, which can take a count that follows the
        // lever past what its field holds: that value is out of reach too.
        CreatorSnapshot? Moved(decimal steps)
        {
            CreatorSnapshot moved;
            try
            {
                moved = lever.Apply(snapshot, steps * step);
            }
            catch (GrownCountOutOfRangeException)
            {
                return null;
            }

            return moved.ValidateWithLimits().Count == 0 ? moved : null;
        }
    }

    // Why a goal-seek stops short: which limit its last value is.
    private enum GoalLimit
    {
        AtMaximum,
        LeverMaximum,
        ValidSnapshot,
        NoValidValue,
    }

    private static GoalSeekResult Unreachable(GoalLever lever, Money target, decimal current, RevenueReport now, RevenueReport atLimit, decimal limit, GoalLimit kind)
    {
        var reached = atLimit.Total.Expected;
        var why = kind switch
        {
            GoalLimit.AtMaximum => $"{lever.Name} is already at {Text(current)} {lever.Unit}, the most this lever allows",
            GoalLimit.NoValidValue => $"every value of {lever.Name} above {Text(current)} {lever.Unit} gives an invalid snapshot (CreatorSnapshot.Validate and docs/input-limits.md say which fields)",
            _ when reached == now.Total.Expected => $"{lever.Name} does not move the expected total ({now.Total.Expected}) up to {Text(limit)} {lever.Unit}: the streams it feeds are ineligible or capped (see the report's eligibility rules)",
            GoalLimit.LeverMaximum => $"even at {Text(limit)} {lever.Unit}, the most this lever allows, the expected total is {reached}, short of {target}",
            _ => $"even at {Text(limit)} {lever.Unit}, the most a valid snapshot allows, the expected total is {reached}, short of {target}",
        };
        return new GoalSeekResult(lever, target, current, null, atLimit, $"{target} a period cannot be reached by {lever.Name} alone: {why}.");
    }

    private static RevenueSimulation Summarise(RevenueReport baseline, GrowthAssumptions assumptions, SimulationSettings settings, IncomeGoal? goal, decimal[] values, decimal[] totals, bool[] eligible, long capped)
    {
        // One column of every path's value at a time, for the nearest-rank percentiles; pooled like the buffers.
        var rented = ArrayPool<decimal>.Shared.Rent(settings.Paths);
        var keys = ArrayPool<long>.Shared.Rent(settings.Paths);
        var work = ArrayPool<long>.Shared.Rent(settings.Paths);
        try
        {
            return Summarise(baseline, assumptions, settings, goal, values, totals, eligible, capped, new SortedColumn(rented, keys, work, settings.Paths, baseline.Currency.MinorUnits));
        }
        finally
        {
            ArrayPool<decimal>.Shared.Return(rented);
            ArrayPool<long>.Shared.Return(keys);
            ArrayPool<long>.Shared.Return(work);
        }
    }

    private static RevenueSimulation Summarise(RevenueReport baseline, GrowthAssumptions assumptions, SimulationSettings settings, IncomeGoal? goal, decimal[] values, decimal[] totals, bool[] eligible, long capped, SortedColumn sorted)
    {
        var currency = baseline.Currency;
        var width = baseline.Streams.Count;
        var paths = settings.Paths;
        var months = settings.Months;
        var percentiles = settings.Percentiles.ToArray();
        var column = sorted.Values;
        var result = new SimulatedMonth[months];
        for (var m = 0; m < months; m++)
        {
            var streams = new SimulatedStream[width];
            for (var s = 0; s < width; s++)
            {
                var count = 0;
                for (var p = 0; p < paths; p++)
                {
                    var cell = ((((long)p * months) + m) * width) + s;
                    column[p] = values[cell];
                    count += eligible[cell] ? 1 : 0;
                }

                var stream = baseline.Streams[s];
                streams[s] = new SimulatedStream(stream.Name, stream.DisplayName, sorted.Percentiles(percentiles, currency), (decimal)count / paths);
            }

            var reaching = 0;
            for (var p = 0; p < paths; p++)
            {
                column[p] = totals[((long)p * months) + m];
                reaching += goal is not null && column[p] >= goal.MonthlyIncome.Amount ? 1 : 0;
            }

            result[m] = new SimulatedMonth(m + 1, DateOf(assumptions, m + 1), sorted.Percentiles(percentiles, currency), streams, goal is null ? null : (decimal)reaching / paths);
        }

        decimal? reached = null;
        if (goal is not null)
        {
            var count = 0;
            for (var p = 0; p < paths; p++)
            {
                for (var m = 0; m < goal.ByMonth; m++)
                {
                    if (totals[((long)p * months) + m] >= goal.MonthlyIncome.Amount)
                    {
                        count++;
                        break;
                    }
                }
            }

            reached = (decimal)count / paths;
        }

        return new RevenueSimulation(settings.Seed, paths, currency, result, goal, reached, capped);
    }

    private static void AddCrossings(List<EligibilityCrossing> crossings, RevenueReport before, RevenueReport after, int month, DateTime? date)
    {
        foreach (var stream in after.Streams)
        {
            var earlier = before.Streams.FirstOrDefault(s => s.Name == stream.Name);
            if (earlier is null || earlier.IsEligible == stream.IsEligible)
            {
                continue;
            }

            var was = earlier.Estimate.Eligibility.Rules.ToDictionary(r => r.Id, r => r.IsMet, StringComparer.Ordinal);
            var changed = stream.Estimate.Eligibility.Rules.Where(r => !was.TryGetValue(r.Id, out var met) || met != r.IsMet).ToList();
            crossings.Add(new EligibilityCrossing(month, date, stream.Name, stream.DisplayName, stream.IsEligible, changed));
        }
    }

    private static void Check(CreatorSnapshot snapshot, GrowthAssumptions assumptions)
    {
        Guard.NotNull(snapshot, nameof(snapshot));
        Guard.NotNull(assumptions, nameof(assumptions));
        snapshot.ThrowIfInvalid();
        assumptions.ThrowIfInvalid();
    }

    private static DriverLevels Bounded(CreatorSnapshot snapshot, DriverLevels levels, List<GrowthDriver>? capped)
    {
        var wasCapped = false;
        var bounded = Bounded(snapshot, levels, ref wasCapped, capped);
        return bounded;
    }

    private static DriverLevels Bounded(CreatorSnapshot snapshot, in DriverLevels levels, ref bool wasCapped, List<GrowthDriver>? capped = null)
    {
        var bounded = levels;
        if (levels.AnyAbove(GrowthAssumptions.CeilingMultiple))
        {
            foreach (var driver in ProjectionDrivers.All)
            {
                if (levels[driver] > GrowthAssumptions.CeilingMultiple)
                {
                    bounded = bounded.With(driver, GrowthAssumptions.CeilingMultiple);
                    wasCapped = true;
                    capped?.Add(driver);
                }
            }
        }

        // LIVE hours stop at 24 a day of the period (SnapshotGrowth.Apply holds them there): say so.
        if (snapshot.Live.Hours * (double)bounded.LiveHours > 24d * snapshot.PeriodDays)
        {
            wasCapped = true;
            if (capped is not null && !capped.Contains(GrowthDriver.LiveHours))
            {
                capped.Add(GrowthDriver.LiveHours);
            }
        }

        return bounded;
    }

    private static CreatorSnapshot Grow(CreatorSnapshot snapshot, DriverLevels levels, int month) => Grow(snapshot, in levels, null, month);

    // A grown month (into the worker's scratch snapshot when there is one) is checked once, with the input limits the
    // engine applies, so that a month beyond one, or with a count beyond what its field holds, is named as that month,
    // not as the snapshot the user gave.
    private static CreatorSnapshot Grow(CreatorSnapshot snapshot, in DriverLevels levels, CreatorSnapshot? scratch, int month)
    {
        CreatorSnapshot grown;
        try
        {
            if (scratch is null)
            {
                grown = SnapshotGrowth.Apply(snapshot, levels);
            }
            else
            {
                SnapshotGrowth.ApplyInto(snapshot, in levels, scratch);
                grown = scratch;
            }
        }
        catch (GrownCountOutOfRangeException beyond)
        {
            throw MonthRefused(new[] { beyond.Problem }, levels, month);
        }

        if (grown.ProblemsWithLimits() is { } problems)
        {
            throw MonthRefused(problems, levels, month);
        }

        return grown;
    }

    // Named by property paths: the grown snapshot was never JSON.
    private static InvalidCreatorSnapshotException MonthRefused(IReadOnlyList<SnapshotProblem> problems, in DriverLevels levels, int month) =>
        new(problems, $"month {month.ToString(CultureInfo.InvariantCulture)} of the projection ({levels})", jsonPaths: false, parameter: "snapshot");

    private static DateTime? DateOf(GrowthAssumptions assumptions, int month) =>
        assumptions.StartMonth is { } start ? new DateTime(start.Year, start.Month, 1, 0, 0, 0, DateTimeKind.Unspecified).AddMonths(month - 1) : null;

    // Lever values with their digits (LIVE hours go in hundredths), grouped in thousands; trailing zeros dropped.
    private static string Text(decimal value) => value.ToString("#,0.############################", CultureInfo.InvariantCulture);
}
