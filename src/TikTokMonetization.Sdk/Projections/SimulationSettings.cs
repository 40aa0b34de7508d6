using System.Globalization;
using TikTokMonetization.Creators;

namespace TikTokMonetization.Projections;

/// <summary>How many paths and months a Monte Carlo simulation runs, from which seed, and which percentiles it reports.</summary>
/// <remarks>
/// The same settings and assumptions give the same numbers on every run, on every machine, in both package builds and
/// at any <see cref="MaxDegreeOfParallelism"/>. An options class: not thread-safe while it is being changed; once set
/// up, any number of threads may read it.
/// </remarks>
public sealed class SimulationSettings
{
    /// <summary>The most months a projection or simulation covers: ten years.</summary>
    public const int MaxMonths = 120;

    /// <summary>The most paths a simulation runs.</summary>
    public const int MaxPaths = 200_000;

    /// <summary>The most path-months a simulation holds (paths × months), which bounds its memory to about 290 MB with six streams (16 bytes a decimal: 2.4 million × 6 stream values, 2.4 million totals).</summary>
    public const long MaxPathMonths = 2_400_000;

    /// <summary>Gets or sets the number of months, from 1 (the first month after the snapshot).</summary>
    /// <value>1 to <see cref="MaxMonths"/>. The default value is 12.</value>
    public int Months { get; set; } = 12;

    /// <summary>Gets or sets the number of simulated paths.</summary>
    /// <value>1 to <see cref="MaxPaths"/>, with paths × months at most <see cref="MaxPathMonths"/>. The default value is 10,000.</value>
    public int Paths { get; set; } = 10_000;

    /// <summary>Gets or sets the seed: the same seed gives the same numbers.</summary>
    /// <value>Any number. The default value is 1.</value>
    public long Seed { get; set; } = 1;

    /// <summary>Gets or sets the percentiles reported for every month and stream.</summary>
    /// <value>One to twenty values from 0 to 100. The default value is 10, 50 and 90.</value>
    public List<decimal> Percentiles { get; set; } = [10m, 50m, 90m];

    /// <summary>Gets or sets how many threads run paths at once; the results do not depend on it.</summary>
    /// <value>-1 (as many as the machine has) or 1 to 256. The default value is -1.</value>
    public int MaxDegreeOfParallelism { get; set; } = -1;

    /// <summary>Checks every setting and returns every problem found.</summary>
    /// <returns>The problems, each naming the field, the value and what is allowed; empty when the settings are valid.</returns>
    public IReadOnlyList<SnapshotProblem> Validate()
    {
        var problems = new List<SnapshotProblem>();
        if (Months is < 1 or > MaxMonths)
        {
            problems.Add(new SnapshotProblem(nameof(Months), Text(Months), $"from 1 to {Text(MaxMonths)}"));
        }

        if (Paths is < 1 or > MaxPaths)
        {
            problems.Add(new SnapshotProblem(nameof(Paths), Text(Paths), $"from 1 to {Text(MaxPaths)}"));
        }
        else if (Months is >= 1 and <= MaxMonths && (long)Paths * Months > MaxPathMonths)
        {
            problems.Add(new SnapshotProblem(nameof(Paths), Text(Paths), $"at most {Text(MaxPathMonths / Months)} for {Text(Months)} months (paths × months at most {Text(MaxPathMonths)})"));
        }

        if (Percentiles is null || Percentiles.Count is < 1 or > 20)
        {
            problems.Add(new SnapshotProblem(nameof(Percentiles), Percentiles is null ? "null" : Text(Percentiles.Count) + " values", "one to twenty percentiles"));
        }
        else
        {
            for (var i = 0; i < Percentiles.Count; i++)
            {
                if (Percentiles[i] is < 0m or > 100m)
                {
                    problems.Add(new SnapshotProblem($"{nameof(Percentiles)}.{i}", Percentiles[i].ToString(CultureInfo.InvariantCulture), "from 0 to 100"));
                }
            }
        }

        if (MaxDegreeOfParallelism is not (-1 or (>= 1 and <= 256)))
        {
            problems.Add(new SnapshotProblem(nameof(MaxDegreeOfParallelism), Text(MaxDegreeOfParallelism), "-1 (every core) or from 1 to 256"));
        }

        return problems;
    }

    /// <summary>Throws when <see cref="Validate"/> finds any problem.</summary>
    /// <returns>These settings, so that the call can be chained.</returns>
    /// <exception cref="ArgumentException">At least one value is not allowed; the message lists them all.</exception>
    public SimulationSettings ThrowIfInvalid()
    {
        var problems = Validate();
        if (problems.Count != 0)
        {
            throw new ArgumentException(
                $"The simulation settings are invalid ({problems.Count} {(problems.Count == 1 ? "problem" : "problems")}):{Environment.NewLine}{string.Join(Environment.NewLine, problems.Select(p => "  - " + p))}",
                "settings");
        }

        return this;
    }

    private static string Text(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
