using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// The LIVE gifts model on its own, as resolved from dependency injection: the full estimate with breakdown and
/// eligibility reasons, and the expected-only fast path, against the same arithmetic by hand.
/// </summary>
/// <remarks>
/// A model returns unrounded amounts (the engine rounds), so the baseline here does not round either. The baseline
/// computes all three amounts; so does the model's fast path internally, so the comparison is like for like.
/// </remarks>
[MemoryDiagnoser]
public class LiveGiftsModelBenchmarks
{
    private readonly CreatorSnapshot _creator = SampleCreators.MidTierUs;
    private ServiceProvider? _services;
    private IRevenueModel _model = null!;
    private IExpectedRevenueModel _expectedModel = null!;

    [GlobalSetup]
    public void Setup()
    {
        _services = BenchmarkServices.Build();
        _model = _services.GetServices<IRevenueModel>().Single(m => m.Name == "live-gifts");
        _expectedModel = (IExpectedRevenueModel)_model;

        var estimate = ModelEstimate();
        var expectedOnly = ModelEstimateExpected();
        var (low, expected, high) = HandWritten();
        Agreement.Require(estimate.Range.Currency == Currency.Usd && expectedOnly.Currency == Currency.Usd, "the model should report in USD, as the baseline does.");
        Agreement.Require(estimate.Eligibility.IsEligible && LiveGiftsByHand.IsEligible(_creator.Profile), "the sample creator should be eligible on both paths.");
        Agreement.RequireEqual("low", estimate.Range.Low.Amount, low);
        Agreement.RequireEqual("expected", estimate.Range.Expected.Amount, expected);
        Agreement.RequireEqual("high", estimate.Range.High.Amount, high);
        Agreement.RequireEqual("expected (fast path)", expectedOnly.Amount, expected);
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    [Benchmark(Baseline = true)]
    public (decimal Low, decimal Expected, decimal High) HandWritten() => LiveGiftsByHand.Amounts(_creator);

    [Benchmark]
    public RevenueEstimate ModelEstimate() => _model.Estimate(_creator);

    [Benchmark]
    public Money ModelEstimateExpected() => _expectedModel.EstimateExpected(_creator);
}
