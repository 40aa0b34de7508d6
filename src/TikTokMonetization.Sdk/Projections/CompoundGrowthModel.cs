using TikTokMonetization.Revenue;

namespace TikTokMonetization.Projections;

/// <summary>
/// The built-in <see cref="IGrowthModel"/>: each driver's monthly factor <c>(1 + g)</c> compounds, stops at the driver's
/// <see cref="DriverGrowth.MaxMultiple"/>, and seasonality multiplies the flow drivers of each calendar month.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class CompoundGrowthModel : IGrowthModel
{
    // The 90th percentile of the standard normal distribution: a log-normal driver's low and high scenarios are its P10 and P90.
    internal const double Z90 = 1.2815515655446004;

    // Drawn factors are kept to ten decimal places, so that a last-bit difference in Math.Exp between machines cannot move a number.
    private const int FactorDecimals = 10;

    public DriverLevels Project(GrowthAssumptions assumptions, int month, RangePoint scenario)
    {
        Span<decimal> trends = stackalloc decimal[ProjectionDrivers.Count];
        for (var d = 0; d < ProjectionDrivers.Count; d++)
        {
            var growth = assumptions[ProjectionDrivers.All[d]];
            var factor = ScenarioFactor(growth, scenario);
            var cap = growth.MaxMultiple ?? GrowthAssumptions.CeilingMultiple;
            var trend = 1m;
            for (var k = 0; k < month; k++)
            {
                trend = Step(trend, factor, cap);
            }

            trends[d] = trend;
        }

        return Levels(assumptions, month, trends);
    }

    public void SamplePath(GrowthAssumptions assumptions, SimulationRandom random, Span<DriverLevels> destination)
    {
        Span<decimal> trends = stackalloc decimal[ProjectionDrivers.Count];
        trends.Fill(1m);
        for (var t = 0; t < destination.Length; t++)
        {
            for (var d = 0; d < ProjectionDrivers.Count; d++)
            {
                var growth = assumptions[ProjectionDrivers.All[d]];
                trends[d] = Step(trends[d], SampledFactor(growth, random), growth.MaxMultiple ?? GrowthAssumptions.CeilingMultiple);
            }

            destination[t] = Levels(assumptions, t + 1, trends);
        }
    }

    /// <summary>The monthly factor of one scenario.</summary>
    internal static decimal ScenarioFactor(DriverGrowth growth, RangePoint scenario) => growth.Distribution switch
    {
        GrowthDistribution.Fixed => 1m + growth.Rate,
        GrowthDistribution.Range => 1m + scenario switch
        {
            RangePoint.Low => growth.Low,
            RangePoint.High => growth.High,
            _ => growth.Expected,
        },
        _ => scenario switch
        {
            RangePoint.Low => Factor((double)(1m + growth.Median) * Math.Exp(-Z90 * (double)growth.Spread)),
            RangePoint.High => Factor((double)(1m + growth.Median) * Math.Exp(Z90 * (double)growth.Spread)),
            _ => 1m + growth.Median,
        },
    };

    private static decimal SampledFactor(DriverGrowth growth, SimulationRandom random)
    {
        switch (growth.Distribution)
        {
            case GrowthDistribution.Fixed:
                return 1m + growth.Rate;
            case GrowthDistribution.Range:
                if (growth.Low == growth.High)
                {
                    return 1m + growth.Low;
                }

                // Triangular on [Low, High] with its mode at Expected, by the inverse of its distribution function.
                double a = (double)growth.Low, c = (double)growth.Expected, b = (double)growth.High;
                var u = random.NextDouble();
                var rate = u < (c - a) / (b - a)
                    ? a + Math.Sqrt(u * (b - a) * (c - a))
                    : b - Math.Sqrt((1d - u) * (b - a) * (b - c));
                return Factor(1d + rate);
            default:
                return growth.Spread == 0m
                    ? 1m + growth.Median
                    : Factor((double)(1m + growth.Median) * Math.Exp((double)growth.Spread * random.NextNormal()));
        }
    }

    private static decimal Factor(double factor) =>
        factor >= (double)GrowthAssumptions.CeilingMultiple ? GrowthAssumptions.CeilingMultiple : decimal.Round((decimal)factor, FactorDecimals, MidpointRounding.AwayFromZero);

    private static decimal Step(decimal trend, decimal factor, decimal cap)
    {
        // Both are at most the ceiling (1,000) and the factor at most 11, so the product cannot overflow.
        var next = trend * factor;
        return next > cap ? cap : next;
    }

    private static DriverLevels Levels(GrowthAssumptions assumptions, int month, ReadOnlySpan<decimal> trends)
    {
        if (assumptions.Seasonality is not { Count: 12 } seasonality || assumptions.StartMonth is not { } start)
        {
            // No season: the flows are their trends (a product with 1 would give the very same decimal, more slowly).
            return new DriverLevels(trends[0], trends[1], trends[2], trends[3], trends[4], trends[5]);
        }

        var season = seasonality[(start.Month - 1 + month - 1) % 12];
        return new DriverLevels(
            trends[0],
            trends[1] * season,
            trends[2] * season,
            trends[3],
            trends[4] * season,
            trends[5]);
    }
}
