using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// The likes analysis beyond the built-in models and the sample creators: a stream's text, the value per 1,000 likes of
/// a change too large to multiply first, every disagreement text (alone and after another), the total direct revenue of
/// a stream that pays per like, the totals' refusal of a stream in another currency, an impact without explanation, the
/// reach curve's refusal of an uplift outside 0 to 1 and its message, its registration in code and from configuration,
/// and the guards of the reach model and its registration.
/// </summary>
public sealed class LikesEdgeTests
{
    private static readonly LikesImpact Indirect = new(false, LikesInfluence.Indirect, LikesChannels.Visibility | LikesChannels.EngagementPricing, "Through reach and rates.");

    /// <summary>
    /// One stream measured from an expected amount of 10 USD: the LIVE likes add <paramref name="retention"/>, the video
    /// likes <paramref name="pricing"/>, reach <paramref name="visibility"/>; the likes alone earn <paramref name="direct"/>.
    /// </summary>
    private static LikesStreamValue Measured(decimal retention, decimal pricing, decimal visibility, LikesImpact? declared = null, decimal direct = 0m)
    {
        var withLive = 10m + retention;
        var withAll = withLive + pricing;
        var withReach = withAll + visibility;
        return LikesValuation.Value(
            "test",
            "Test stream",
            declared ?? new LikesImpact(false, LikesInfluence.Direct, LikesChannels.Visibility | LikesChannels.EngagementPricing | LikesChannels.LiveRetention, "Every channel."),
            new MoneyRange(ValueRange.Exactly(10m), Currency.Usd),
            Money.Usd(withLive),
            Money.Usd(withAll),
            new MoneyRange(ValueRange.Exactly(withReach), Currency.Usd),
            Money.Usd(direct),
            1_000);
    }

    [Fact]
    public void AStream_ReadsAsItsValuePerThousandLikes_AndItsInfluence()
    {
        Assert.Equal("Test stream: 2.00 USD per 1,000 likes (Indirect)", Measured(0m, 0.5m, 1.5m, Indirect).ToString());
    }

    [Fact]
    public void TheValuePerThousandLikes_OfAChangeBeyond10To25_DoesNotOverflow()
    {
        // 10^28 × 1,000 is past decimal's range: the change is divided first.
        Assert.Equal(10_000_000_000_000_000_000_000_000_000m, LikesValuation.PerThousand(10_000_000_000_000_000_000_000_000_000m, 1_000));
        Assert.Equal(decimal.MinValue, LikesValuation.PerThousand(decimal.MinValue, 1_000));
    }

    [Fact]
    public void AnIndirectDeclaration_ContradictedByTheLiveLikes_IsReportedAfterTheDirectRevenue_AndBeforeTheUndeclaredChannel()
    {
        var value = Measured(1m, 0m, 0m, Indirect, direct: 2m);

        Assert.Equal(
            [
                "earns 2.00 USD from the likes alone, but declares that it does not pay per like",
                "declares an indirect influence, but the LIVE likes alone moved it by 1.00 USD",
                "moved through LiveRetention, which it does not declare",
            ],
            value.Disagreements);
        Assert.False(value.AgreesWithDeclaration);
    }

    [Fact]
    public void AChannelTheDeclarationLeavesOut_IsReported()
    {
        var declared = new LikesImpact(false, LikesInfluence.Indirect, LikesChannels.Visibility, "Through reach.");

        Assert.Equal(["moved through EngagementPricing, which it does not declare"], Measured(0m, 1m, 0m, declared).Disagreements);
    }

    [Fact]
    public void ADeclarationOfNoInfluence_ThatMoved_IsReportedOnce_NotAgainForItsChannels()
    {
        var declared = new LikesImpact(false, LikesInfluence.None, LikesChannels.None, "Likes do not matter.");

        Assert.Equal(
            ["declares that likes do not influence it, but its expected estimate moved by 1.00 USD through EngagementPricing"],
            Measured(0m, 1m, 0m, declared).Disagreements);
    }

    [Theory]
    [InlineData(-1, 0, 0, "more likes lowered its estimate (retention -1.00 USD, engagement pricing 0.00 USD, visibility 0.00 USD)")]
    [InlineData(0, -1, 0, "more likes lowered its estimate (retention 0.00 USD, engagement pricing -1.00 USD, visibility 0.00 USD)")]
    [InlineData(0, 0, -1, "more likes lowered its estimate (retention 0.00 USD, engagement pricing 0.00 USD, visibility -1.00 USD)")]
    public void AnyChannelThatFell_IsReported(int retention, int pricing, int visibility, string disagreement)
    {
        Assert.Equal([disagreement], Measured(retention, pricing, visibility).Disagreements);
    }

    [Fact]
    public void AFall_IsReportedAfterTheDirectRevenue()
    {
        Assert.Equal(
            [
                "earns 0.50 USD from the likes alone, but declares that it does not pay per like",
                "more likes lowered its estimate (retention 0.00 USD, engagement pricing 0.00 USD, visibility -1.00 USD)",
            ],
            Measured(0m, 0m, -1m, Indirect, direct: 0.5m).Disagreements);
    }

    [Fact]
    public void Totals_RefuseAStreamWhoseChangeIsInAnotherCurrency_EvenWhenItsDirectRevenueIsNot()
    {
        var inEuros = new LikesStreamValue(
            "test", "Test stream", Indirect, Money.Zero(Currency.Usd), MoneyRange.Zero(Currency.Eur), Money.Zero(Currency.Eur), Money.Zero(Currency.Eur), Money.Zero(Currency.Eur), Money.Zero(Currency.Eur), []);

        var ex = Assert.Throws<CurrencyMismatchException>(() => new LikesAnalysis(1_000, 1_000, 0, Currency.Usd, ReachResponse.None, [inEuros]));

        Assert.Equal("Cannot add USD and EUR: the currencies differ. Convert one amount to the other currency first.", ex.Message);
    }

    [Fact]
    public void Totals_RefuseAStreamWhoseDirectRevenueIsInAnotherCurrency()
    {
        var directInEuros = new LikesStreamValue(
            "test", "Test stream", Indirect, Money.Zero(Currency.Eur), MoneyRange.Zero(Currency.Usd), Money.Zero(Currency.Usd), Money.Zero(Currency.Usd), Money.Zero(Currency.Usd), Money.Zero(Currency.Usd), []);

        var ex = Assert.Throws<CurrencyMismatchException>(() => new LikesAnalysis(1_000, 1_000, 0, Currency.Usd, ReachResponse.None, [directInEuros]));

        Assert.Equal("Cannot add USD and EUR: the currencies differ. Convert one amount to the other currency first.", ex.Message);
    }

    [Fact]
    public void TheTotalDirectRevenue_IsWhatTheStreamsThatPayPerLikeEarnFromTheLikesAlone()
    {
        using var provider = TestServices.With(b => b.AddRevenueModel<PaysPerLikeModel>());

        var analysis = provider.GetRequiredService<IRevenueEngine>().AnalyzeLikes(SampleCreators.MidTierUs);

        // 0.002 USD a like: the 1,000 likes alone earn 2.00 USD.
        Assert.Equal(Money.Usd(2m), analysis.TotalDirectRevenue);
    }

    [Fact]
    public void AnImpactWithoutExplanation_ReadsAsEmpty()
    {
        Assert.Equal(string.Empty, new LikesImpact(false, LikesInfluence.None, LikesChannels.None, null!).Explanation);
    }

    [Theory]
    [InlineData("-0.1")]
    [InlineData("1.5")]
    public void AMaximumViewsUpliftOutsideZeroToOne_IsRefusedAtStart_WithItsPathAndValue(string uplift)
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization().ConfigureReach(o => o.MaximumViewsUplift = decimal.Parse(uplift, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Contains(
            $"TikTokMonetization:Reach:MaximumViewsUplift is {uplift}; it must be from 0 to 1 (the likes analysis may at most double views; see docs/input-limits.md).",
            TestServices.StartupFailures(provider));
    }

    [Fact]
    public void ConfigureReach_InCode_WithNoUplift_LikesBringNoReach()
    {
        using var provider = TestServices.BuiltIns(b => b.ConfigureReach(o => o.MaximumViewsUplift = 0m));

        var analysis = provider.GetRequiredService<IRevenueEngine>().AnalyzeLikes(SampleCreators.MidTierUs);

        Assert.Equal((1m, 1m), (analysis.Reach.ViewsMultiplier, analysis.Reach.LiveViewersMultiplier));
        Assert.All(analysis.Streams, s => Assert.True(s.VisibilityChange.IsZero, s.Name));
    }

    [Fact]
    public void ConfigureReach_FromConfiguration_WithNoUplift_LikesBringNoReach()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MaximumViewsUplift"] = "0" }).Build();
        using var provider = TestServices.BuiltIns(b => b.ConfigureReach(configuration));

        var analysis = provider.GetRequiredService<IRevenueEngine>().AnalyzeLikes(SampleCreators.MidTierUs);

        Assert.Equal((1m, 1m), (analysis.Reach.ViewsMultiplier, analysis.Reach.LiveViewersMultiplier));
    }

    [Fact]
    public void TheReachRegistrations_RefuseNulls_NamingTheArgument()
    {
        var builder = new ServiceCollection().AddTikTokMonetization();
        var configuration = new ConfigurationBuilder().Build();

        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => TikTokMonetizationBuilderExtensions.UseReachModel<FixedReach>(null!)).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => TikTokMonetizationBuilderExtensions.ConfigureReach(null!, _ => { })).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => builder.ConfigureReach((Action<ReachModelOptions>)null!)).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => TikTokMonetizationBuilderExtensions.ConfigureReach(null!, configuration)).ParamName);
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() => builder.ConfigureReach((IConfiguration)null!)).ParamName);
    }

    [Fact]
    public void TheDefaultReachModel_RefusesNoCreator_NamingWhich()
    {
        using var provider = TestServices.BuiltIns();
        var reach = provider.GetRequiredService<IReachModel>();

        Assert.Equal("before", Assert.Throws<ArgumentNullException>(() => reach.Respond(null!, SampleCreators.MidTierUs)).ParamName);
        Assert.Equal("after", Assert.Throws<ArgumentNullException>(() => reach.Respond(SampleCreators.MidTierUs, null!)).ParamName);
    }

    [Fact]
    public void ALikesImpact_KeepsItsExplanation_AndReadsNoneAsEmpty()
    {
        Assert.Equal("Pays 0.002 USD a like.", new LikesImpact(true, LikesInfluence.Direct, LikesChannels.None, "Pays 0.002 USD a like.").Explanation);
        Assert.Equal(string.Empty, new LikesImpact(false, LikesInfluence.None, LikesChannels.None, null!).Explanation);
    }

    private sealed class PaysPerLikeModel : IRevenueModel
    {
        public string Name => "pays-per-like";

        public string DisplayName => "Pays per like";

        public RevenueEstimate Estimate(CreatorSnapshot snapshot) => new(
            Name,
            DisplayName,
            new MoneyRange(ValueRange.Exactly((snapshot.Videos.Likes + snapshot.Live.Likes) * 0.002m), Currency.Usd),
            Eligibility.Unconditional,
            null,
            new LikesImpact(true, LikesInfluence.Direct, LikesChannels.None, "Pays 0.002 USD a like."));
    }

    private sealed class FixedReach : IReachModel
    {
        public ReachResponse Respond(CreatorSnapshot before, CreatorSnapshot after) => ReachResponse.None;
    }
}
