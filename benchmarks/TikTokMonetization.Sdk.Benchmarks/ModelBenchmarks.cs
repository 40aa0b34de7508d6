using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// One built-in model on its own, resolved from dependency injection with every built-in model registered, for the
/// sample mid-tier creator (who is eligible for every stream and exercises each model's longest formula). Two
/// comparisons, each with its own baseline: the full <see cref="IRevenueModel.Estimate"/> (breakdown, eligibility rules)
/// against the same low, expected and high computed by hand, and the
/// <see cref="IExpectedRevenueModel.EstimateExpected"/> fast path against the expected amount alone computed by hand.
/// </summary>
/// <remarks>
/// A model returns unrounded amounts in its own currency (the engine converts and rounds), so the baselines do not
/// round or convert either. Each derived class declares its two hand-written baselines; the set-up here checks that
/// they give the SDK's numbers to the last digit.
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public abstract class ModelBenchmarks
{
    /// <summary>The category of the full estimate and its baseline.</summary>
    protected const string FullEstimate = "Estimate";

    /// <summary>The category of the fast path and its baseline.</summary>
    protected const string ExpectedOnly = "EstimateExpected";

    private readonly string _name;
    private readonly Func<CreatorSnapshot, (decimal Low, decimal Expected, decimal High)> _byHand;
    private readonly Func<CreatorSnapshot, decimal> _byHandExpected;
    private readonly Func<CreatorSnapshot, Currency> _currencyOf;
    private ServiceProvider? _services;
    private IRevenueModel _model = null!;
    private IExpectedRevenueModel _expectedModel = null!;

    private protected ModelBenchmarks(
        string name,
        Func<CreatorSnapshot, (decimal Low, decimal Expected, decimal High)> byHand,
        Func<CreatorSnapshot, decimal> byHandExpected,
        Func<CreatorSnapshot, Currency>? currencyOf = null)
    {
        _name = name;
        _byHand = byHand;
        _byHandExpected = byHandExpected;
        _currencyOf = currencyOf ?? (_ => Currency.Usd);
    }

    /// <summary>Gets the creator every benchmark of the class estimates.</summary>
    protected CreatorSnapshot Creator { get; } = SampleCreators.MidTierUs;

    [GlobalSetup]
    public void Setup()
    {
        _services = BenchmarkServices.AllBuiltInModels();
        _model = _services.GetServices<IRevenueModel>().Single(m => m.Name == _name);
        _expectedModel = _model as IExpectedRevenueModel
            ?? throw new InvalidOperationException($"Benchmark set-up check failed: the {_name} model has no fast path.");

        var estimate = ModelEstimate();
        var expectedOnly = ModelEstimateExpected();
        var (low, expected, high) = _byHand(Creator);
        var currency = _currencyOf(Creator);
        Agreement.Require(estimate.Range.Currency == currency && expectedOnly.Currency == currency, $"the {_name} model reports in {estimate.Range.Currency}, the hand-written baseline in {currency}.");
        Agreement.Require(estimate.Eligibility.IsEligible && expected > 0m, $"the sample creator should be eligible for {_name} and earn from it, so the whole formula runs.");
        Agreement.RequireEqual($"{_name} low", estimate.Range.Low.Amount, low);
        Agreement.RequireEqual($"{_name} expected", estimate.Range.Expected.Amount, expected);
        Agreement.RequireEqual($"{_name} high", estimate.Range.High.Amount, high);
        Agreement.RequireEqual($"{_name} expected (fast path)", expectedOnly.Amount, expected);
        Agreement.RequireEqual($"{_name} expected (hand-written fast path)", _byHandExpected(Creator), expected);
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    [Benchmark]
    [BenchmarkCategory(FullEstimate)]
    public RevenueEstimate ModelEstimate() => _model.Estimate(Creator);

    [Benchmark]
    [BenchmarkCategory(ExpectedOnly)]
    public Money ModelEstimateExpected() => _expectedModel.EstimateExpected(Creator);
}
