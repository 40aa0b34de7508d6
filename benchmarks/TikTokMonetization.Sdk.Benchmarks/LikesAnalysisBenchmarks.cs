using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// The likes analysis (<see cref="IRevenueEngine.AnalyzeLikes"/>, 1,000 more likes by default) with all six built-in
/// models, against one full report of the same creator as the baseline: the Ratio column is the analysis's cost in
/// reports. Target: no more than a small multiple of one report.
/// </summary>
[MemoryDiagnoser]
public class LikesAnalysisBenchmarks
{
    private readonly CreatorSnapshot _creator = SampleCreators.MidTierUs;
    private ServiceProvider? _services;
    private IRevenueEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _services = BenchmarkServices.AllBuiltInModels();
        _engine = _services.GetRequiredService<IRevenueEngine>();

        var report = EngineEstimate();
        var analysis = AnalyzeLikes();
        Agreement.RequireStreams(report.Streams.Select(s => s.Name));
        Agreement.RequireStreams(analysis.Streams.Select(s => s.Name));
        Agreement.Require(analysis.Currency == report.Currency, $"the analysis is in {analysis.Currency}, the report in {report.Currency}.");
        Agreement.Require(analysis.TotalChange.Expected.Amount > 0m, "1,000 more likes should raise the sample creator's expected total, so every step of the analysis runs.");
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    [Benchmark(Baseline = true)]
    public RevenueReport EngineEstimate() => _engine.Estimate(_creator);

    [Benchmark]
    public LikesAnalysis AnalyzeLikes() => _engine.AnalyzeLikes(_creator);
}
