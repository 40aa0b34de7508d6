using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// Ranking 100,000 creators with all six built-in models: the engine's batch path
/// (<see cref="IRevenueEngine.EstimateExpected"/>) into a preallocated array of 600,000 amounts, against a hand-written
/// loop computing the same six expected cents per creator (<see cref="AllStreamsByHand.ExpectedCents"/>). One operation
/// is the whole batch, so any allocation shows in Allocated. Targets: within 2x of the baseline, and 0 B allocated.
/// </summary>
/// <remarks>
/// <para>
/// The engine checks a snapshot instance once (with the input limits) and skips the check on later estimates of the same
/// instance, so <see cref="EngineEstimateExpected"/>, which ranks the same 100,000 instances on every invocation, measures
/// the steady state of an app that ranks its creators again (new options, new rates). <see cref="EngineEstimateExpectedFirstSight"/>
/// ranks copies the engine has never seen (made before each iteration, outside the measurement), so every creator is
/// checked: the cost of a batch read fresh from code.
/// </para>
/// <para>
/// Two more rows split the engine's cost: <see cref="SnapshotValidationLoop"/> is the validation (without the input
/// limits) of every creator, and <see cref="ModelFastPathsLoop"/> is the six models' fast paths with the same conversion
/// and rounding, without the engine. They show where the time and the bytes go; they are not alternatives.
/// </para>
/// </remarks>
[MemoryDiagnoser]
public class AllModelsBatchBenchmarks
{
    private const int CreatorCount = CreatorMix.BatchSize;
    private const int Width = AllStreamsByHand.StreamCount;

    private ServiceProvider? _services;
    private IRevenueEngine _engine = null!;
    private IExpectedRevenueModel[] _models = [];
    private CreatorSnapshot[] _creators = [];
    private CreatorSnapshot[] _fresh = [];
    private decimal[] _byHand = [];
    private decimal[] _bySdk = [];
    private decimal[] _byModels = [];

    [GlobalSetup]
    public void Setup()
    {
        _services = BenchmarkServices.AllBuiltInModels();
        _engine = _services.GetRequiredService<IRevenueEngine>();
        Agreement.RequireStreams(_engine.Models.Select(m => m.Name));
        _models = _engine.Models.Cast<IExpectedRevenueModel>().ToArray();

        _creators = CreatorMix.ForBatch();
        _fresh = new CreatorSnapshot[CreatorCount];
        _byHand = new decimal[CreatorCount * Width];
        _bySdk = new decimal[CreatorCount * Width];
        _byModels = new decimal[CreatorCount * Width];
        HandWrittenLoop();
        EngineEstimateExpected();
        ModelFastPathsLoop();

        var paying = new int[Width];
        for (var i = 0; i < CreatorCount; i++)
        {
            Agreement.Require(_creators[i].Validate().Count == 0, $"generated creator {i} is not a valid snapshot.");
            for (var j = 0; j < Width; j++)
            {
                var cell = (i * Width) + j;
                Agreement.RequireEqual($"creator {i} ({_creators[i].CreatorId}), {_models[j].Name}", _bySdk[cell], _byHand[cell]);
                Agreement.RequireEqual($"creator {i} ({_creators[i].CreatorId}), {_models[j].Name}, model fast path", _byModels[cell], _byHand[cell]);
                paying[j] += _byHand[cell] > 0m ? 1 : 0;
            }
        }

        // Every stream must both pay and not pay somewhere in the mix, or the batch would skip a branch of a model.
        for (var j = 0; j < Width; j++)
        {
            Agreement.Require(paying[j] > 0 && paying[j] < CreatorCount, $"{_models[j].Name} pays {paying[j]} of {CreatorCount} creators; the mix should hold both kinds.");
        }

        Console.WriteLine("// Creators with a non-zero expected amount, per stream: " + string.Join(", ", _models.Select((m, j) => m.Name + " " + paying[j].ToString("N0", CultureInfo.InvariantCulture))));
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    [Benchmark(Baseline = true)]
    public void HandWrittenLoop()
    {
        var creators = _creators;
        var destination = _byHand.AsSpan();
        for (var i = 0; i < creators.Length; i++)
        {
            AllStreamsByHand.ExpectedCents(creators[i], destination.Slice(i * Width, Width));
        }
    }

    [Benchmark]
    public void EngineEstimateExpected() => _engine.EstimateExpected(_creators, _bySdk);

    [IterationSetup(Target = nameof(EngineEstimateExpectedFirstSight))]
    public void CopyCreators() => FirstSight.Copy(_creators, _fresh);

    [Benchmark]
    public void EngineEstimateExpectedFirstSight() => _engine.EstimateExpected(_fresh, _bySdk);

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
    public void ModelFastPathsLoop()
    {
        var creators = _creators;
        var models = _models;
        var destination = _byModels;
        for (var i = 0; i < creators.Length; i++)
        {
            for (var j = 0; j < models.Length; j++)
            {
                var expected = models[j].EstimateExpected(creators[i]);
                destination[(i * Width) + j] = ByHand.Cents(ByHand.ToUsd(expected.Amount, expected.Currency));
            }
        }
    }
}
