using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// Ranking 100,000 creators: the engine's batch path (<see cref="IRevenueEngine.EstimateExpected"/>) into a
/// preallocated array, against a hand-written loop computing the same expected LIVE gifts cents with the same
/// eligibility rules. One operation is the whole batch, so any allocation shows in Allocated.
/// Targets: within 2x of the baseline, and 0 B allocated.
/// </summary>
/// <remarks>
/// Two more rows split the engine's cost in two: <see cref="SnapshotValidationLoop"/> is the validation the engine runs
/// on every creator, and <see cref="ModelFastPathLoop"/> is the LIVE gifts model's fast path with the same rounding,
/// without the engine. They are there to show where the time and the bytes go, not as alternatives.
/// </remarks>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private const int CreatorCount = CreatorMix.BatchSize;

    private ServiceProvider? _services;
    private IRevenueEngine _engine = null!;
    private IExpectedRevenueModel _model = null!;
    private CreatorSnapshot[] _creators = [];
    private decimal[] _byHand = [];
    private decimal[] _bySdk = [];
    private decimal[] _byModel = [];

    [GlobalSetup]
    public void Setup()
    {
        _services = BenchmarkServices.LiveGiftsOnly();
        _engine = _services.GetRequiredService<IRevenueEngine>();
        Agreement.Require(_engine.Models.Count == 1, $"the engine has {_engine.Models.Count} models; only LIVE gifts should be registered.");
        _model = (IExpectedRevenueModel)_engine.Models[0];

        _creators = CreatorMix.ForBatch();
        _byHand = new decimal[CreatorCount];
        _bySdk = new decimal[CreatorCount];
        _byModel = new decimal[CreatorCount];
        HandWrittenLoop();
        EngineEstimateExpected();
        ModelFastPathLoop();

        int ineligible = 0, observed = 0, estimated = 0;
        for (var i = 0; i < CreatorCount; i++)
        {
            var creator = _creators[i];
            Agreement.Require(creator.Validate().Count == 0, $"generated creator {i} is not a valid snapshot.");
            Agreement.RequireEqual($"creator {i} ({creator.CreatorId})", _bySdk[i], _byHand[i]);
            Agreement.RequireEqual($"creator {i} ({creator.CreatorId}), model fast path", _byModel[i], _byHand[i]);
            if (!LiveGiftsByHand.IsEligible(creator.Profile))
            {
                ineligible++;
            }
            else if (creator.Live.CoinsGifted.HasValue)
            {
                observed++;
            }
            else if (_byHand[i] > 0m)
            {
                estimated++;
            }
        }

        Agreement.Require(
            ineligible > 0 && observed > 0 && estimated > 0,
            $"the mix should hold ineligible ({ineligible}), observed-coins ({observed}) and estimated ({estimated}) creators.");
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    [Benchmark(Baseline = true)]
    public void HandWrittenLoop()
    {
        var creators = _creators;
        var destination = _byHand;
        for (var i = 0; i < creators.Length; i++)
        {
            destination[i] = ByHand.Cents(LiveGiftsByHand.Expected(creators[i]));
        }
    }

    [Benchmark]
    public void EngineEstimateExpected() => _engine.EstimateExpected(_creators, _bySdk);

    [Benchmark]
    public void SnapshotValidationLoop()
    {
        var creators = _creators;
        for (var i = 0; i < creators.Length; i++)
        {
            creators[i].ThrowIfInvalid();
        }
    }

    [Benchmark]
    public void ModelFastPathLoop()
    {
        var creators = _creators;
        var destination = _byModel;
        for (var i = 0; i < creators.Length; i++)
        {
            destination[i] = ByHand.Cents(_model.EstimateExpected(creators[i]).Amount);
        }
    }
}
