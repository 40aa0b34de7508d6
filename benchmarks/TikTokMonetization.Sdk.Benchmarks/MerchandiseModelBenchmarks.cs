using BenchmarkDotNet.Attributes;

namespace TikTokMonetization.Benchmarks;

/// <summary>The merchandise model against <see cref="MerchandiseByHand"/>, low and high included.</summary>
public class MerchandiseModelBenchmarks : ModelBenchmarks
{
    public MerchandiseModelBenchmarks()
        : base("merchandise", MerchandiseByHand.Amounts, MerchandiseByHand.Expected, MerchandiseByHand.CurrencyOf)
    {
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(FullEstimate)]
    public (decimal Low, decimal Expected, decimal High) HandWrittenRange() => MerchandiseByHand.Amounts(Creator);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(ExpectedOnly)]
    public decimal HandWrittenExpected() => MerchandiseByHand.Expected(Creator);
}
