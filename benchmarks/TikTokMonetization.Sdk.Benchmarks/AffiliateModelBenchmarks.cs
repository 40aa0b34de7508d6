using BenchmarkDotNet.Attributes;

namespace TikTokMonetization.Benchmarks;

/// <summary>The TikTok Shop affiliate model against <see cref="AffiliateByHand"/>, low and high included.</summary>
public class AffiliateModelBenchmarks : ModelBenchmarks
{
    public AffiliateModelBenchmarks()
        : base("affiliate", AffiliateByHand.Amounts, AffiliateByHand.Expected, AffiliateByHand.CurrencyOf)
    {
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(FullEstimate)]
    public (decimal Low, decimal Expected, decimal High) HandWrittenRange() => AffiliateByHand.Amounts(Creator);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(ExpectedOnly)]
    public decimal HandWrittenExpected() => AffiliateByHand.Expected(Creator);
}
