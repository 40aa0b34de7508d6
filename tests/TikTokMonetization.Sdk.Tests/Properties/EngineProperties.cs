using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>Laws of the engine's report: exact totals, shares, concentration, and agreement with the batch path.</summary>
[Properties(Arbitrary = [typeof(CreatorArbitraries)], MaxTest = 200, QuietOnSuccess = true)]
public sealed class EngineProperties
{
    private static readonly ServiceProvider Provider = TestServices.BuiltIns(b => b.AddRevenueModel<FollowerBonusModel>().AddRevenueModel<EuroModel>());
    private static readonly IRevenueEngine Engine = Provider.GetRequiredService<IRevenueEngine>();

    [Property]
    public bool Total_IsExactlyTheSumOfTheStreams(CreatorSnapshot snapshot)
    {
        var report = Engine.Estimate(snapshot);
        var sum = report.Streams.Aggregate(MoneyRange.Zero(report.Currency), (acc, s) => acc + s.Range);
        return sum == report.Total;
    }

    [Property]
    public bool EveryStream_IsNonNegativeOrderedAndRoundedToCents(CreatorSnapshot snapshot) =>
        Engine.Estimate(snapshot).Streams.All(s =>
            s.Range.Low.Amount >= 0m
            && s.Range.Low <= s.Range.Expected
            && s.Range.Expected <= s.Range.High
            && decimal.Round(s.Range.Expected.Amount, 2) == s.Range.Expected.Amount);

    [Property]
    public bool Shares_SumToOne_AndConcentrationLiesBetweenOneOverNAndOne(CreatorSnapshot snapshot)
    {
        var report = Engine.Estimate(snapshot);
        if (report.ConcentrationIndex is not { } hhi)
        {
            return report.Total.Expected.IsZero && report.Streams.All(s => s.ShareOfExpected == 0m);
        }

        var shareSum = report.Streams.Sum(s => s.ShareOfExpected);
        var n = report.Streams.Count;
        return Math.Abs(shareSum - 1m) < 0.000000000001m && hhi >= (1m / n) - 0.000000000001m && hhi <= 1.000000000001m;
    }

    [Property]
    public bool BatchPath_AgreesWithTheReport(CreatorSnapshot[] creators)
    {
        var width = Engine.Models.Count;
        var destination = new decimal[creators.Length * width];
        Engine.EstimateExpected(creators, destination);
        return creators.Select((c, i) => Engine.Estimate(c).Streams.Select((s, j) => s.Range.Expected.Amount == destination[(i * width) + j]).All(x => x)).All(x => x);
    }

    [Property]
    public bool Estimate_IsDeterministic(CreatorSnapshot snapshot) => Engine.Estimate(snapshot).Total == Engine.Estimate(snapshot).Total;
}
