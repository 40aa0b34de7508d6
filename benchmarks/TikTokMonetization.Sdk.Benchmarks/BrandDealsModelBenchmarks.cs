using BenchmarkDotNet.Attributes;

namespace TikTokMonetization.Benchmarks;

/// <summary>The brand-deals model against <see cref="BrandDealsByHand"/>.</summary>
public class BrandDealsModelBenchmarks : ModelBenchmarks
{
    public BrandDealsModelBenchmarks()
        : base("brand-deals", BrandDealsByHand.Amounts, BrandDealsByHand.Expected)
    {
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(FullEstimate)]
    public (decimal Low, decimal Expected, decimal High) HandWrittenRange() => BrandDealsByHand.Amounts(Creator);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(ExpectedOnly)]
    public decimal HandWrittenExpected() => BrandDealsByHand.Expected(Creator);
}
