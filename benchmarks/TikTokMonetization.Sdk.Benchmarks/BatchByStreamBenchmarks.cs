using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// Where the batch's time goes, one stream at a time: each model's <see cref="IExpectedRevenueModel.EstimateExpected"/>
/// over the 100,000 creators of the batch mix, against that stream's hand-written expected amount. Both sides give the
/// unrounded amount in the model's own currency and make one indirect call per creator (an interface call, a delegate).
/// </summary>
[MemoryDiagnoser]
public class BatchByStreamBenchmarks
{
    private const int CreatorCount = CreatorMix.BatchSize;

    private ServiceProvider? _services;
    private IExpectedRevenueModel _model = null!;
    private Func<CreatorSnapshot, decimal> _byHand = null!;
    private CreatorSnapshot[] _creators = [];
    private decimal[] _byHandAmounts = [];
    private decimal[] _byModel = [];

    [Params("live-gifts", "creator-rewards", "brand-deals", "merchandise", "affiliate", "subscriptions")]
    public string Stream { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _services = BenchmarkServices.AllBuiltInModels();
        _model = (IExpectedRevenueModel)_services.GetServices<IRevenueModel>().Single(m => m.Name == Stream);
        _byHand = Stream switch
        {
            "live-gifts" => LiveGiftsByHand.Expected,
            "creator-rewards" => CreatorRewardsByHand.Expected,
            "brand-deals" => BrandDealsByHand.Expected,
            "merchandise" => MerchandiseByHand.Expected,
            "affiliate" => AffiliateByHand.Expected,
            _ => SubscriptionsByHand.Expected,
        };

        _creators = CreatorMix.ForBatch();
        _byHandAmounts = new decimal[CreatorCount];
        _byModel = new decimal[CreatorCount];
        HandWrittenLoop();
        ModelFastPathLoop();
        for (var i = 0; i < CreatorCount; i++)
        {
            Agreement.RequireEqual($"creator {i} ({_creators[i].CreatorId}), {Stream}", _byModel[i], _byHandAmounts[i]);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    [Benchmark(Baseline = true)]
    public void HandWrittenLoop()
    {
        var creators = _creators;
        var byHand = _byHand;
        var destination = _byHandAmounts;
        for (var i = 0; i < creators.Length; i++)
        {
            destination[i] = byHand(creators[i]);
        }
    }

    [Benchmark]
    public void ModelFastPathLoop()
    {
        var creators = _creators;
        var model = _model;
        var destination = _byModel;
        for (var i = 0; i < creators.Length; i++)
        {
            destination[i] = model.EstimateExpected(creators[i]).Amount;
        }
    }
}
