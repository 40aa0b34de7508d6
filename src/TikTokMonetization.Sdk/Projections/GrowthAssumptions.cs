using System.Globalization;
using TikTokMonetization.Creators;

namespace TikTokMonetization.Projections;

/// <summary>
/// How a creator's numbers are assumed to move month by month: one <see cref="DriverGrowth"/> per
/// <see cref="GrowthDriver"/>, an optional seasonality and the calendar month the projection starts in.
/// </summary>
/// <remarks>
/// <para>
/// Every driver defaults to no growth, so that <c>new GrowthAssumptions()</c> projects the snapshot unchanged every month.
/// Growth compounds: after <c>t</c> months a driver stands at the product of its <c>t</c> monthly factors
/// <c>(1 + g)</c>, stopped at its <see cref="DriverGrowth.MaxMultiple"/> and at <see cref="CeilingMultiple"/>.
/// Seasonality then multiplies the flow drivers (views, LIVE hours, posts) of each calendar month, not the trend.
/// </para>
/// <para>An options class: not thread-safe while it is being changed; once set up, any number of threads may read it.</para>
/// </remarks>
public sealed class GrowthAssumptions
{
    /// <summary>The highest multiple of its snapshot level a driver reaches, whatever its growth: reaching it is flagged.</summary>
    public const decimal CeilingMultiple = 1_000m;

    /// <summary>The largest seasonal factor accepted.</summary>
    public const decimal MaxSeasonalFactor = 10m;

    /// <summary>Gets or sets the growth of followers.</summary>
    /// <value>The default value is no growth.</value>
    public DriverGrowth Followers { get; set; } = new();

    /// <summary>Gets or sets the growth of short-video views per period.</summary>
    /// <value>The default value is no growth.</value>
    public DriverGrowth Views { get; set; } = new();

    /// <summary>Gets or sets the growth of LIVE hours per period.</summary>
    /// <value>The default value is no growth.</value>
    public DriverGrowth LiveHours { get; set; } = new();

    /// <summary>Gets or sets the growth of average concurrent LIVE viewers.</summary>
    /// <value>The default value is no growth.</value>
    public DriverGrowth AverageViewers { get; set; } = new();

    /// <summary>Gets or sets the growth of videos posted per period.</summary>
    /// <value>The default value is no growth.</value>
    public DriverGrowth Posts { get; set; } = new();

    /// <summary>Gets or sets the growth of the engagement rate (interactions per view).</summary>
    /// <value>The default value is no growth.</value>
    public DriverGrowth Engagement { get; set; } = new();

    /// <summary>
    /// Gets or sets twelve factors, January to December, that multiply the flow drivers (views, LIVE hours, posts) in
    /// that calendar month: <c>1.2</c> in December is a December 20 % above the trend. Needs <see cref="StartMonth"/>.
    /// </summary>
    /// <value>Empty (no seasonality), or exactly twelve factors above 0 and at most <see cref="MaxSeasonalFactor"/>. The default value is empty.</value>
    public List<decimal> Seasonality { get; set; } = [];

    /// <summary>Gets or sets the calendar month of the projection's first month (the day is ignored).</summary>
    /// <value>The default value is <see langword="null"/>: months are numbered 1, 2, … without dates.</value>
    public DateTime? StartMonth { get; set; }

    /// <summary>Gets or sets the growth of one driver: the same as the driver's own property.</summary>
    /// <param name="driver">The driver.</param>
    /// <value>Its growth.</value>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="driver"/> is not a <see cref="GrowthDriver"/>.</exception>
    public DriverGrowth this[GrowthDriver driver]
    {
        get => driver switch
        {
            GrowthDriver.Followers => Followers,
            GrowthDriver.Views => Views,
            GrowthDriver.LiveHours => LiveHours,
            GrowthDriver.AverageViewers => AverageViewers,
            GrowthDriver.Posts => Posts,
            GrowthDriver.Engagement => Engagement,
            _ => throw NotADriver(driver),
        };
        set
        {
            switch (driver)
            {
                case GrowthDriver.Followers: Followers = value; break;
                case GrowthDriver.Views: Views = value; break;
                case GrowthDriver.LiveHours: LiveHours = value; break;
                case GrowthDriver.AverageViewers: AverageViewers = value; break;
                case GrowthDriver.Posts: Posts = value; break;
                case GrowthDriver.Engagement: Engagement = value; break;
                default: throw NotADriver(driver);
            }
        }
    }

    private static ArgumentOutOfRangeException NotADriver(GrowthDriver driver) =>
        new(nameof(driver), driver, "Not a growth driver.");

    /// <summary>Checks every field and cross-field rule and returns every problem found.</summary>
    /// <returns>The problems, each naming the field, the value and what is allowed; empty when the assumptions are valid.</returns>
    public IReadOnlyList<SnapshotProblem> Validate()
    {
        var problems = new List<SnapshotProblem>();
        foreach (var driver in ProjectionDrivers.All)
        {
            var growth = this[driver];
            var path = driver.ToString();
            if (growth is null)
            {
                problems.Add(new SnapshotProblem(path, "null", "a driver growth (use DriverGrowth.None() for none)"));
                continue;
            }

            Check(growth, path, problems);
        }

        if (Seasonality is null)
        {
            problems.Add(new SnapshotProblem(nameof(Seasonality), "null", "a list (empty for no seasonality)"));
        }
        else if (Seasonality.Count != 0)
        {
            if (Seasonality.Count != 12)
            {
                problems.Add(new SnapshotProblem(nameof(Seasonality), Seasonality.Count.ToString(CultureInfo.InvariantCulture) + " factors", "empty or exactly 12 factors, January to December"));
            }

            for (var i = 0; i < Seasonality.Count; i++)
            {
                if (Seasonality[i] <= 0m || Seasonality[i] > MaxSeasonalFactor)
                {
                    problems.Add(new SnapshotProblem($"{nameof(Seasonality)}.{i}", Text(Seasonality[i]), $"greater than 0 and at most {Text(MaxSeasonalFactor)}"));
                }
            }

            if (StartMonth is null)
            {
                problems.Add(new SnapshotProblem(nameof(StartMonth), "not set", "a calendar month when Seasonality is given (the factors are for calendar months)"));
            }
        }

        return problems;
    }

    /// <summary>Throws when <see cref="Validate"/> finds any problem.</summary>
    /// <returns>These assumptions, so that the call can be chained.</returns>
    /// <exception cref="InvalidGrowthAssumptionsException">At least one value is not allowed; the exception lists them all.</exception>
    public GrowthAssumptions ThrowIfInvalid()
    {
        var problems = Validate();
        if (problems.Count != 0)
        {
            throw new InvalidGrowthAssumptionsException(problems);
        }

        return this;
    }

    private static void Check(DriverGrowth growth, string path, List<SnapshotProblem> problems)
    {
        switch (growth.Distribution)
        {
            case GrowthDistribution.Fixed:
                Rate(growth.Rate, path + ".Rate", problems);
                break;
            case GrowthDistribution.Range:
                Rate(growth.Low, path + ".Low", problems);
                Rate(growth.Expected, path + ".Expected", problems);
                Rate(growth.High, path + ".High", problems);
                if (growth.Low > growth.Expected || growth.Expected > growth.High)
                {
                    problems.Add(new SnapshotProblem(path, $"Low {Text(growth.Low)}, Expected {Text(growth.Expected)}, High {Text(growth.High)}", "ordered: Low ≤ Expected ≤ High"));
                }

                break;
            case GrowthDistribution.LogNormal:
                Rate(growth.Median, path + ".Median", problems);
                if (growth.Spread < 0m || growth.Spread > DriverGrowth.MaxSpread)
                {
                    problems.Add(new SnapshotProblem(path + ".Spread", Text(growth.Spread), $"from 0 to {Text(DriverGrowth.MaxSpread)}"));
                }

                break;
            default:
                problems.Add(new SnapshotProblem(path + ".Distribution", growth.Distribution.ToString(), "Fixed, Range or LogNormal"));
                break;
        }

        if (growth.MaxMultiple is { } cap && (cap < 1m || cap > CeilingMultiple))
        {
            problems.Add(new SnapshotProblem(path + ".MaxMultiple", Text(cap), $"at least 1 (today's level) and at most {Text(CeilingMultiple)}, or not set"));
        }
    }

    private static void Rate(decimal rate, string path, List<SnapshotProblem> problems)
    {
        if (rate <= -1m || rate > DriverGrowth.MaxRate)
        {
            problems.Add(new SnapshotProblem(path, Text(rate), $"a monthly rate above -1 (−100 %) and at most {Text(DriverGrowth.MaxRate)} (+1,000 %)"));
        }
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
