using BenchmarkDotNet.Attributes;

namespace TikTokMonetization.Benchmarks;

/// <summary>The Creator Rewards model against <see cref="CreatorRewardsByHand"/>.</summary>
public class CreatorRewardsModelBenchmarks : ModelBenchmarks
{
    public CreatorRewardsModelBenchmarks()
        : base("creator-rewards", CreatorRewardsByHand.Amounts, CreatorRewardsByHand.Expected)
    {
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(FullEstimate)]
    public (decimal Low, decimal Expected, decimal High) HandWrittenRange() => CreatorRewardsByHand.Amounts(Creator);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(ExpectedOnly)]
    public decimal HandWrittenExpected() => CreatorRewardsByHand.Expected(Creator);
}
