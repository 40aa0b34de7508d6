using FsCheck;
using FsCheck.Fluent;
using TikTokMonetization.Creators;
using TikTokMonetization.Projections;

namespace TikTokMonetization.Tests;

/// <summary>Generators for the projection laws: valid creators, and growth assumptions of every distribution.</summary>
public static class ProjectionArbitraries
{
    /// <summary>Valid creators, as the engine's laws use them.</summary>
    public static Arbitrary<CreatorSnapshot> Creator() => CreatorArbitraries.SnapshotGen().ToArbitrary();

    /// <summary>
    /// Assumptions in which no driver ever shrinks: fixed, range and zero-spread log-normal growth of 0 to 20 % a month,
    /// some saturating. Posts are held: more posts at the same views spread the views thinner, which rightly lowers a
    /// sponsored post's price, so brand deals are not monotone in posts alone.
    /// </summary>
    public static Arbitrary<NonNegativeGrowth> NonNegative() =>
        Gen.ArrayOf(NonNegativeDriver(), ProjectionDriverCount)
            .Select(drivers =>
            {
                drivers[4] = DriverGrowth.None();
                return new NonNegativeGrowth(Assumptions(drivers));
            })
            .ToArbitrary();

    /// <summary>Assumptions with uncertainty in every driver: ranges and log-normals that may shrink or grow.</summary>
    public static Arbitrary<GrowthAssumptions> Uncertain() =>
        Gen.ArrayOf(UncertainDriver(), ProjectionDriverCount).Select(Assumptions).ToArbitrary();

    private const int ProjectionDriverCount = 6;

    private static Gen<DriverGrowth> NonNegativeDriver() =>
        from kind in Gen.Choose(0, 2)
        from a in Gen.Choose(0, 20)
        from b in Gen.Choose(0, 20)
        from c in Gen.Choose(0, 20)
        from cap in Gen.Elements<decimal?>(null, null, 1.5m, 3m)
        let sorted = new[] { a, b, c }.OrderBy(x => x).Select(x => x / 100m).ToArray()
        select (kind switch
        {
            0 => DriverGrowth.Fixed(sorted[1]),
            1 => DriverGrowth.Between(sorted[0], sorted[1], sorted[2]),
            _ => DriverGrowth.LogNormal(sorted[1], 0m),
        }).WithCap(cap);

    private static Gen<DriverGrowth> UncertainDriver() =>
        from kind in Gen.Choose(0, 1)
        from a in Gen.Choose(-10, 20)
        from b in Gen.Choose(-10, 20)
        from c in Gen.Choose(-10, 20)
        from spread in Gen.Choose(0, 40)
        let sorted = new[] { a, b, c }.OrderBy(x => x).Select(x => x / 100m).ToArray()
        select kind == 0 ? DriverGrowth.Between(sorted[0], sorted[1], sorted[2]) : DriverGrowth.LogNormal(sorted[1], spread / 100m);

    private static GrowthAssumptions Assumptions(DriverGrowth[] d) => new()
    {
        Followers = d[0],
        Views = d[1],
        LiveHours = d[2],
        AverageViewers = d[3],
        Posts = d[4],
        Engagement = d[5],
    };

    private static DriverGrowth WithCap(this DriverGrowth growth, decimal? cap)
    {
        growth.MaxMultiple = cap;
        return growth;
    }
}

/// <summary>Growth assumptions in which no driver ever shrinks.</summary>
/// <param name="Assumptions">The assumptions.</param>
public sealed record NonNegativeGrowth(GrowthAssumptions Assumptions);
