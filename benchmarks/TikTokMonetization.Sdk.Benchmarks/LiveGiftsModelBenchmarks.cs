using BenchmarkDotNet.Attributes;

namespace TikTokMonetization.Benchmarks;

/// <summary>The LIVE gifts model against <see cref="LiveGiftsByHand"/>.</summary>
public class LiveGiftsModelBenchmarks : ModelBenchmarks
{
    public LiveGiftsModelBenchmarks()
        : base("live-gifts", LiveGiftsByHand.Amounts, LiveGiftsByHand.Expected)
    {
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(FullEstimate)]
    public (decimal Low, decimal Expected, decimal High) HandWrittenRange() => LiveGiftsByHand.Amounts(Creator);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(ExpectedOnly)]
    public decimal HandWrittenExpected() => LiveGiftsByHand.Expected(Creator);
}
