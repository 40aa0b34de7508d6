using BenchmarkDotNet.Attributes;

namespace TikTokMonetization.Benchmarks;

/// <summary>The subscriptions model against <see cref="SubscriptionsByHand"/>.</summary>
public class SubscriptionsModelBenchmarks : ModelBenchmarks
{
    public SubscriptionsModelBenchmarks()
        : base("subscriptions", SubscriptionsByHand.Amounts, SubscriptionsByHand.Expected)
    {
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(FullEstimate)]
    public (decimal Low, decimal Expected, decimal High) HandWrittenRange() => SubscriptionsByHand.Amounts(Creator);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(ExpectedOnly)]
    public decimal HandWrittenExpected() => SubscriptionsByHand.Expected(Creator);
}
