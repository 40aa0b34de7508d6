using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// One creator's full report with all six built-in models (<see cref="IRevenueEngine.Estimate(CreatorSnapshot)"/> after
/// <c>AddBuiltInModels()</c>) against the same streams' low, expected and high cents, and their totals, by hand
/// (<see cref="AllStreamsByHand"/>). The difference is the price of validation, eligibility rules, breakdown lines,
/// shares of the total and the report itself. Target: the report allocates under 8 KB.
/// </summary>
[MemoryDiagnoser]
public class AllModelsReportBenchmarks
{
    private readonly CreatorSnapshot _creator = SampleCreators.MidTierUs;
    private readonly decimal[] _byHand = new decimal[AllStreamsByHand.CentsLength];
    private ServiceProvider? _services;
    private IRevenueEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _services = BenchmarkServices.AllBuiltInModels();
        _engine = _services.GetRequiredService<IRevenueEngine>();

        var report = EngineEstimate();
        var cents = HandWritten();
        Agreement.RequireStreams(report.Streams.Select(s => s.Name));
        Agreement.Require(report.Currency == Currency.Usd, $"the report is in {report.Currency}, the hand-written baseline in USD.");
        for (var i = 0; i < AllStreamsByHand.StreamCount; i++)
        {
            var stream = report.Streams[i];
            Agreement.Require(stream.IsEligible && cents[(i * 3) + 1] > 0m, $"the sample creator should be eligible for {stream.Name} and earn from it.");
            Agreement.RequireEqual(stream.Name, stream.Range, cents, i * 3);
        }

        Agreement.RequireEqual("total", report.Total, cents, AllStreamsByHand.StreamCount * 3);
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    [Benchmark(Baseline = true)]
    public decimal[] HandWritten()
    {
        AllStreamsByHand.Cents(_creator, _byHand);
        return _byHand;
    }

    [Benchmark]
    public RevenueReport EngineEstimate() => _engine.Estimate(_creator);
}
