using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// One creator's full report (<see cref="IRevenueEngine.Estimate(CreatorSnapshot)"/> with the LIVE gifts model) against
/// the same low, expected and high cents computed by hand. The difference is the price of validation, eligibility
/// reasons, breakdown lines and the report itself. Target: the report allocates under 4 KB.
/// </summary>
[MemoryDiagnoser]
public class FullReportBenchmarks
{
    private readonly CreatorSnapshot _creator = SampleCreators.MidTierUs;
    private ServiceProvider? _services;
    private IRevenueEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _services = BenchmarkServices.LiveGiftsOnly();
        _engine = _services.GetRequiredService<IRevenueEngine>();

        var report = EngineEstimate();
        var (low, expected, high) = HandWritten();
        Agreement.Require(report.Streams.Count == 1, $"the report has {report.Streams.Count} streams; only LIVE gifts should be registered.");
        Agreement.Require(report.Currency == Currency.Usd, $"the report is in {report.Currency}, the hand-written baseline in USD.");
        Agreement.Require(report.Streams[0].IsEligible && LiveGiftsByHand.IsEligible(_creator.Profile), "the sample creator should be eligible on both paths.");
        foreach (var range in new[] { report.Streams[0].Range, report.Total })
        {
            Agreement.RequireEqual("low", range.Low.Amount, low);
            Agreement.RequireEqual("expected", range.Expected.Amount, expected);
            Agreement.RequireEqual("high", range.High.Amount, high);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    [Benchmark(Baseline = true)]
    public (decimal Low, decimal Expected, decimal High) HandWritten() => ByHand.Cents(LiveGiftsByHand.Amounts(_creator));

    [Benchmark]
    public RevenueReport EngineEstimate() => _engine.Estimate(_creator);
}
