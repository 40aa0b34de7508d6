using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// The engine's guards and edges: what it refuses (with a message naming the problem), what it names when a model
/// misbehaves, and the parts of a report and a likes analysis that only unusual models or inputs reach.
/// </summary>
public sealed class RevenueEngineGuardTests
{
    private static readonly LikesImpact Fixed = new(false, LikesInfluence.None, LikesChannels.None, "Fixed.");

    [Fact]
    public void TwoModelsWithOneName_AreRefused_NamingTheName()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization()
            .AddRevenueModel(new FlatModel("twin", 1m, Currency.Usd))
            .AddRevenueModel(new OtherFlatModel("twin")));

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IRevenueEngine>());
        Assert.Equal("Two or more registered revenue models share the name(s) 'twin'; every model needs a unique Name.", ex.Message);
    }

    [Fact]
    public void Report_WithEveryStreamConverted_StillNamesTheExchangeRates()
    {
        // Two euro streams reported in dollars: the report must say which rates it used whether one stream or all were converted.
        using var provider = TestServices.With(b => b.AddRevenueModel(new FlatModel("euro-a", 10m, Currency.Eur)).AddRevenueModel(new OtherFlatModel("euro-b")));

        var report = provider.GetRequiredService<IRevenueEngine>().Estimate(SampleCreators.Newcomer);

        Assert.Contains("European Central Bank", report.ExchangeRatesSource, StringComparison.Ordinal);
        Assert.NotNull(report.ExchangeRatesAsOf);
    }

    [Fact]
    public void Report_KeepsTheRatesItWasMadeWith_WhenTheOptionsObjectIsChangedInPlaceAfterwards()
    {
        using var provider = TestServices.With(b => b.AddRevenueModel(new FlatModel("euro", 10m, Currency.Eur)));
        var engine = provider.GetRequiredService<IRevenueEngine>();
        var report = engine.Estimate(SampleCreators.Newcomer);
        var rate = report.ConversionRate(Currency.Eur);
        var total = report.Total;

        // Misuse the SDK cannot prevent: the current options object changed in place instead of reloaded.
        var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<RevenueEngineOptions>>().CurrentValue;
        options.ExchangeRates.Rates["USD"] = 2m;
        options.ExchangeRates.Source = "changed";
        options.ExchangeRates.AsOf = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        Assert.Equal(1.1419m, rate);
        Assert.Equal(rate, report.ConversionRate(Currency.Eur));
        Assert.Equal(total, report.Total);
        Assert.Equal("European Central Bank euro foreign exchange reference rates of 2 June 2025", report.ExchangeRatesSource);
        Assert.Equal(new DateTime(2025, 6, 2, 0, 0, 0, DateTimeKind.Utc), report.ExchangeRatesAsOf);

        // The engine's settings were made from that options version, so later reports agree with the earlier one.
        var later = engine.Estimate(SampleCreators.Newcomer);
        Assert.Equal(rate, later.ConversionRate(Currency.Eur));
        Assert.Equal(total, later.Total);
    }

    [Fact]
    public void Batch_WithATooShortDestination_IsRefused_SayingHowLongItMustBe()
    {
        using var provider = TestServices.With(b => b.AddRevenueModel(new FlatModel("a", 1m, Currency.Usd))
            .AddRevenueModel(new OtherFlatModel("b")).AddRevenueModel(new ThirdFlatModel("c", 2m, Currency.Usd)));
        var engine = provider.GetRequiredService<IRevenueEngine>();

        var ex = Assert.Throws<ArgumentException>(() => engine.EstimateExpected([SampleCreators.Newcomer, SampleCreators.Newcomer], new decimal[5]));

        Assert.Equal("destination", ex.ParamName);
        Assert.StartsWith("destination has 5 elements; it needs at least 6 (2 creators × 3 streams).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_WithANullCreator_IsRefused_NamingItsPosition()
    {
        using var provider = TestServices.With(b => b.AddRevenueModel(new FlatModel("a", 1m, Currency.Usd)));

        var ex = Assert.Throws<ArgumentException>(() =>
            provider.GetRequiredService<IRevenueEngine>().EstimateExpected([SampleCreators.Newcomer, null!], new decimal[2]));

        Assert.Equal("snapshots", ex.ParamName);
        Assert.StartsWith("snapshots[1] is null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_WithAnInvalidCreator_IsRefused_LikeASingleEstimate()
    {
        using var provider = TestServices.With(b => b.AddRevenueModel(new FlatModel("a", 1m, Currency.Usd)));
        var invalid = SampleCreators.Newcomer with { PeriodDays = 0 };

        Assert.Throws<InvalidCreatorSnapshotException>(() => provider.GetRequiredService<IRevenueEngine>().EstimateExpected([invalid], new decimal[1]));
    }

    [Fact]
    public void Batch_ConvertsEachStreamWithItsOwnCurrencysRate()
    {
        // Columns alternate currencies so that the one-entry rate cache must be refilled: 10 EUR at 1.1419 USD per euro.
        using var provider = TestServices.With(b => b.AddRevenueModel(new FlatModel("usd", 3m, Currency.Usd))
            .AddRevenueModel(new OtherFlatModel("eur")).AddRevenueModel(new ThirdFlatModel("usd-2", 4m, Currency.Usd)));
        var row = new decimal[3];

        provider.GetRequiredService<IRevenueEngine>().EstimateExpected([SampleCreators.Newcomer], row);

        Assert.Equal([3m, 11.42m, 4m], row);
    }

    [Fact]
    public void Batch_AFastModelThatThrows_IsNamed_AndItsOwnModelExceptionIsKept()
    {
        using var provider = TestServices.With(b => b.AddRevenueModel(new FastThrowingModel("fast-boom", new InvalidOperationException("no data")))
            .AddRevenueModel(new FastThrowingModel("fast-named", new RevenueModelException("fast-named", "its own words"))));
        var engine = provider.GetRequiredService<IRevenueEngine>();

        var ex = Assert.Throws<RevenueModelException>(() => engine.EstimateExpected([SampleCreators.Newcomer], new decimal[2]));

        Assert.Equal("fast-boom", ex.ModelName);
        Assert.Equal("Revenue model 'fast-boom' failed: no data", ex.Message);
        Assert.IsType<InvalidOperationException>(ex.InnerException);

        using var second = TestServices.With(b => b.AddRevenueModel(new FastThrowingModel("fast-named", new RevenueModelException("fast-named", "its own words"))));
        var own = Assert.Throws<RevenueModelException>(() => second.GetRequiredService<IRevenueEngine>().EstimateExpected([SampleCreators.Newcomer], new decimal[1]));
        Assert.Equal("Revenue model 'fast-named' failed: its own words", own.Message);
        Assert.Null(own.InnerException);
    }

    [Fact]
    public void AModelReturningNull_IsNamed_WithWhatItMustDoInstead()
    {
        using var provider = TestServices.With(b => b.AddRevenueModel(new NullModel()));

        var ex = Assert.Throws<RevenueModelException>(() => provider.GetRequiredService<IRevenueEngine>().Estimate(SampleCreators.Newcomer));

        Assert.Equal("returns-null", ex.ModelName);
        Assert.Equal("Revenue model 'returns-null' failed: Estimate returned null; a model must return an estimate (zero and ineligible when it cannot apply).", ex.Message);
    }

    [Fact]
    public void AModelReturningAnotherStreamsEstimate_IsNamed()
    {
        using var provider = TestServices.With(b => b.AddRevenueModel(new FlatModel("own-name", 1m, Currency.Usd, stream: "someone-else")));

        var ex = Assert.Throws<RevenueModelException>(() => provider.GetRequiredService<IRevenueEngine>().Estimate(SampleCreators.Newcomer));

        Assert.Equal("Revenue model 'own-name' failed: Estimate returned an estimate for stream 'someone-else'; it must use the model's own Name.", ex.Message);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-5L)]
    [InlineData(1_000_000_000_001L)]
    public void AnalyzeLikes_OutsideOneToATrillionAdditionalLikes_IsRefused(long additional)
    {
        using var provider = TestServices.With(b => b.AddRevenueModel(new FlatModel("a", 1m, Currency.Usd)));

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => provider.GetRequiredService<IRevenueEngine>().AnalyzeLikes(SampleCreators.MidTierUs, additional));

        Assert.Equal("additionalLikes", ex.ParamName);
        Assert.StartsWith($"additionalLikes is {additional}; it must be between 1 and 1,000,000,000,000.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(1_000_000_000_000L)]
    public void AnalyzeLikes_AtEitherEndOfTheRange_IsAccepted(long additional)
    {
        using var provider = TestServices.With(b => b.AddRevenueModel(new PerLikeModel()));

        var analysis = provider.GetRequiredService<IRevenueEngine>().AnalyzeLikes(SampleCreators.MidTierUs, additional);

        Assert.Equal(additional, analysis.AdditionalLikes);
    }

    [Fact]
    public void AnalyzeLikes_OfAnInvalidCreator_IsRefused()
    {
        using var provider = TestServices.With(b => b.AddRevenueModel(new FlatModel("a", 1m, Currency.Usd)));

        Assert.Throws<InvalidCreatorSnapshotException>(() =>
            provider.GetRequiredService<IRevenueEngine>().AnalyzeLikes(SampleCreators.MidTierUs with { PeriodDays = 0 }));
    }

    [Fact]
    public void AnalyzeLikes_OfACreatorWithMoneyTheTableCannotConvert_IsRefusedUpFront()
    {
        using var provider = TestServices.With(b => b.AddRevenueModel(new FlatModel("a", 1m, Currency.Usd)));
        var snapshot = SampleCreators.MidTierUs with { Merchandise = new MerchandiseInputs { AverageOrderValue = new Money(2m, Currency.FromCode("NGN")) } };

        var ex = Assert.Throws<InvalidCreatorSnapshotException>(() => provider.GetRequiredService<IRevenueEngine>().AnalyzeLikes(snapshot));

        Assert.Equal("Merchandise.AverageOrderValue", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void AnalyzeLikes_DirectRevenue_IsTheLikesAlone_OnTheSameProfile_LessNoActivity()
    {
        // PerLikeModel pays 1 USD to a creator with at least 1,000 followers, plus 0.001 USD per like: on the creator's own
        // profile the likes alone are worth 1,000 × 0.001 = 1 USD more than no activity at all.
        using var provider = TestServices.With(b => b.AddRevenueModel(new PerLikeModel()));

        var analysis = provider.GetRequiredService<IRevenueEngine>().AnalyzeLikes(SampleCreators.MidTierUs, 1_000);

        Assert.Equal(new Money(1m, Currency.Usd), Assert.Single(analysis.Streams).DirectRevenue);
    }

    [Fact]
    public void AnalyzeLikes_OfACreatorWithNoLikesYet_AddsThemAllToVideos()
    {
        using var provider = TestServices.With(b => b.AddRevenueModel(new PerLikeModel()));
        var noLikes = SampleCreators.MidTierUs with { Videos = SampleCreators.MidTierUs.Videos with { Likes = 0 }, Live = SampleCreators.MidTierUs.Live with { Likes = 0 } };

        var analysis = provider.GetRequiredService<IRevenueEngine>().AnalyzeLikes(noLikes, 2_000);

        Assert.Equal((2_000L, 0L), (analysis.VideoLikesAdded, analysis.LiveLikesAdded));
    }

    [Fact]
    public void AnalyzeLikes_AReachModelReturningNull_IsNamed()
    {
        using var provider = TestServices.Build(s =>
        {
            s.AddSingleton<IReachModel>(new FixedReach(null));
            s.AddTikTokMonetization().AddRevenueModel(new PerLikeModel());
        });

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IRevenueEngine>().AnalyzeLikes(SampleCreators.MidTierUs));

        Assert.Equal("The reach model FixedReach returned null.", ex.Message);
    }

    private sealed class FlatModel(string name, decimal amount, Currency currency, string? stream = null) : IRevenueModel
    {
        public string Name => name;

        public string DisplayName => "Flat " + name;

        public RevenueEstimate Estimate(CreatorSnapshot snapshot) =>
            new(stream ?? name, DisplayName, new MoneyRange(ValueRange.Exactly(amount), currency), Eligibility.Unconditional, null, Fixed);
    }

    /// <summary>Another type with the same behaviour: the container keeps one instance per model type.</summary>
    private sealed class ThirdFlatModel(string name, decimal amount, Currency currency) : IRevenueModel
    {
        public string Name => name;

        public string DisplayName => "Third " + name;

        public RevenueEstimate Estimate(CreatorSnapshot snapshot) =>
            new(name, DisplayName, new MoneyRange(ValueRange.Exactly(amount), currency), Eligibility.Unconditional, null, Fixed);
    }

    /// <summary>Another type, so that the container keeps it beside a <see cref="FlatModel"/>: 10 EUR.</summary>
    private sealed class OtherFlatModel(string name) : IRevenueModel
    {
        public string Name => name;

        public string DisplayName => "Other " + name;

        public RevenueEstimate Estimate(CreatorSnapshot snapshot) =>
            new(name, DisplayName, new MoneyRange(ValueRange.Exactly(10m), Currency.Eur), Eligibility.Unconditional, null, Fixed);
    }

    private sealed class NullModel : IRevenueModel
    {
        public string Name => "returns-null";

        public string DisplayName => "Returns null";

        public RevenueEstimate Estimate(CreatorSnapshot snapshot) => null!;
    }

    private sealed class FastThrowingModel(string name, Exception error) : IExpectedRevenueModel
    {
        public string Name => name;

        public string DisplayName => "Throws " + name;

        public RevenueEstimate Estimate(CreatorSnapshot snapshot) => throw error;

        public Money EstimateExpected(CreatorSnapshot snapshot) => throw error;
    }

    /// <summary>1 USD to a creator with at least 1,000 followers, plus 0.001 USD per video or LIVE like; nothing otherwise.</summary>
    private sealed class PerLikeModel : IRevenueModel
    {
        public string Name => "per-like";

        public string DisplayName => "Per like";

        public RevenueEstimate Estimate(CreatorSnapshot snapshot)
        {
            var rule = EligibilityRule.AtLeast("min-followers", 1_000, snapshot.Profile.Followers, "followers");
            var amount = rule.IsMet ? 1m + ((snapshot.Videos.Likes + snapshot.Live.Likes) * 0.001m) : 0m;
            return new RevenueEstimate(Name, DisplayName, new MoneyRange(ValueRange.Exactly(amount), Currency.Usd), new Eligibility([rule]), null,
                new LikesImpact(true, LikesInfluence.Direct, LikesChannels.None, "Pays per like."));
        }
    }

    private sealed class FixedReach(ReachResponse? response) : IReachModel
    {
        public ReachResponse Respond(CreatorSnapshot before, CreatorSnapshot after) => response!;
    }
}
