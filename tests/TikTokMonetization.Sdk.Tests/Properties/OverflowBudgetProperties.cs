using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Projections;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// The overflow budget of docs/input-limits.md as a law: for creators with every count, price and amount at zero, at a
/// tiny value or at its documented limit, and for every built-in model configured with each option at its bound (the
/// exchange-rate table at its widest spread, reported in the currency that multiplies most), every model and the engine
/// give a result, and so does the likes analysis with its largest number of added likes. No exception at all: a model
/// overflow is impossible by construction, not caught after the fact.
/// </summary>
[Properties(Arbitrary = [typeof(LimitArbitraries)], MaxTest = 300, QuietOnSuccess = true)]
public sealed class OverflowBudgetProperties
{
    private static readonly ServiceProvider AtTheBounds = OptionsAtTheirBounds.Provider(tinyExpected: false);
    private static readonly ServiceProvider TinyExpected = OptionsAtTheirBounds.Provider(tinyExpected: true);
    private static readonly ServiceProvider Defaults = TestServices.BuiltIns();

    [Property]
    public Property Estimate_AtTheLimits_GivesAReport_ForEveryConfiguration(CreatorSnapshot snapshot) =>
        Every(snapshot, (engine, s) => engine.Estimate(s));

    [Property]
    public Property EstimateExpected_AtTheLimits_AgreesWithTheReport(CreatorSnapshot snapshot) =>
        Every(snapshot, (engine, s) =>
        {
            var row = new decimal[engine.Models.Count];
            engine.EstimateExpected([s], row);
            var report = engine.Estimate(s);
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] != report.Streams[i].Range.Expected.Amount)
                {
                    throw new InvalidOperationException($"stream {report.Streams[i].Estimate.Stream}: batch {row[i]}, report {report.Streams[i].Range.Expected.Amount}");
                }
            }
        });

    [Property(MaxTest = 100)]
    public Property AnalyzeLikes_AtTheLimits_WithTheMostAddedLikes_GivesAnAnalysis(CreatorSnapshot snapshot) =>
        Every(snapshot, (engine, s) => engine.AnalyzeLikes(s, 1_000_000_000_000));

    [Fact]
    public void EveryStream_AtTheWorstCase_StaysWithinItsDocumentedBudget()
    {
        // The worst case of docs/input-limits.md, per stream, in the model's own currency before conversion.
        var engine = AtTheBounds.GetRequiredService<IRevenueEngine>();
        var report = engine.Estimate(LimitArbitraries.WorstCase);

        Assert.All(report.Streams, s => Assert.True(s.Estimate.Range.High.Amount <= OptionsAtTheirBounds.StreamBudget, $"{s.Estimate.Stream}: {s.Estimate.Range.High}"));
        // Converted at the widest spread (10^6) and summed: under 10^28, an eighth of decimal's range.
        Assert.True(report.Total.High.Amount is > 0m and < 10_000_000_000_000_000_000_000_000_000m, report.Total.ToString());
    }

    [Fact]
    public void Projection_GrowingPastTheLimits_IsRefusedAsAnInvalidCreator_NeverAnOverflow()
    {
        using var provider = TestServices.BuiltIns(b => b.AddProjections());
        var growth = new GrowthAssumptions { Views = DriverGrowth.Fixed(10m), Followers = DriverGrowth.Fixed(10m) };

        var ex = Record.Exception(() => provider.GetRequiredService<IRevenueProjector>().Project(LimitArbitraries.WorstCase, growth, 3));

        var invalid = Assert.IsType<InvalidCreatorSnapshotException>(ex);
        Assert.Contains(invalid.Problems, p => p.Path == "Videos.Views");
    }

    private static Property Every(CreatorSnapshot snapshot, Action<IRevenueEngine, CreatorSnapshot> act)
    {
        var failures = new List<string>();
        foreach (var (name, provider) in new[] { ("defaults", Defaults), ("at-the-bounds", AtTheBounds), ("tiny-expected", TinyExpected) })
        {
            try
            {
                act(provider.GetRequiredService<IRevenueEngine>(), snapshot);
            }
            catch (Exception ex)
            {
                failures.Add($"{name}: {ex}");
            }
        }

        return (failures.Count == 0).Label(string.Join(Environment.NewLine, failures));
    }

    private static Property Every(CreatorSnapshot snapshot, Func<IRevenueEngine, CreatorSnapshot, object> act) =>
        Every(snapshot, (Action<IRevenueEngine, CreatorSnapshot>)((engine, s) => act(engine, s)));
}
