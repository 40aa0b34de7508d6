using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

public sealed class RevenueEngineTests
{
    private static readonly CreatorSnapshot Creator = new()
    {
        CreatorId = "c1",
        Profile = new CreatorProfile { Followers = 20_000, Age = 30, Region = "US" },
        Videos = new ShortVideoStats { VideosPosted = 5, Views = 10_000 },
        Live = new LiveStats { CoinsGifted = new Coins(1_000) },
    };

    [Fact]
    public void Report_HasOneStreamPerModel_InRegistrationOrder_AndTotalsExactly()
    {
        using var provider = TestServices.With(b => b.AddLiveGifts().AddRevenueModel<FollowerBonusModel>());
        var report = provider.GetRequiredService<IRevenueEngine>().Estimate(Creator);

        Assert.Equal(new[] { "live-gifts", "follower-bonus" }, report.Streams.Select(s => s.Name));
        Assert.Equal("c1", report.CreatorId);
        Assert.Equal(Currency.Usd, report.Currency);

        // LIVE gifts 5.00 exactly; follower bonus 20 × (0.10, 0.25, 0.40) = 2, 5, 8.
        Assert.Equal(new MoneyRange(new ValueRange(7m, 10m, 13m), Currency.Usd), report.Total);
        Assert.Equal(0.5m, report["live-gifts"].ShareOfExpected);
        Assert.Equal(0.5m, report["follower-bonus"].ShareOfExpected);
        Assert.Equal(0.5m, report.ConcentrationIndex);
        Assert.Empty(report.IneligibleStreams);
        Assert.Null(report.ExchangeRatesSource);
    }

    [Fact]
    public void Report_ListsIneligibleStreams_WithTheirReasons()
    {
        using var provider = TestServices.With(b => b.AddLiveGifts().AddRevenueModel<FollowerBonusModel>());
        var report = provider.GetRequiredService<IRevenueEngine>().Estimate(SampleCreators.Newcomer);

        Assert.Equal(new[] { "live-gifts", "follower-bonus" }, report.IneligibleStreams.Select(s => s.Name));
        Assert.Equal(MoneyRange.Zero(Currency.Usd), report.Total);
        Assert.Null(report.ConcentrationIndex);
        var reasons = report.IneligibleStreams.SelectMany(s => s.Estimate.Eligibility.UnmetRules).Select(r => r.Reason).ToList();
        Assert.Contains(reasons, r => r.StartsWith("needs 300 more followers", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("needs 1 more year of age", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_InAnotherCurrency_ConvertsEveryStreamThroughTheDatedTable()
    {
        using var provider = TestServices.With(b => b.AddLiveGifts());
        var report = provider.GetRequiredService<IRevenueEngine>().Estimate(Creator, Currency.Eur);

        // 5.00 USD at the ECB rates of 2 June 2025 (EUR 1 = USD 1.1419): 5 / 1.1419 = 4.3786... -> 4.38 EUR.
        Assert.Equal(new Money(4.38m, Currency.Eur), report.Total.Expected);
        Assert.Equal(Currency.Eur, report.Currency);
        Assert.Contains("European Central Bank", report.ExchangeRatesSource, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2025, 6, 2), report.ExchangeRatesAsOf!.Value.Date);
    }

    [Fact]
    public void Report_ConvertsAModelsForeignCurrency_IntoTheReportingCurrency()
    {
        using var provider = TestServices.With(b => b.AddLiveGifts().AddRevenueModel<EuroModel>());
        var report = provider.GetRequiredService<IRevenueEngine>().Estimate(Creator);

        // 20 EUR × 1.1419 = 22.838 -> 22.84 USD (banker's rounding leaves .838 at .84).
        Assert.Equal(Money.Usd(22.84m), report["euro-stipend"].Range.Expected);
        Assert.Equal(new Money(20m, Currency.Eur), report["euro-stipend"].Estimate.Range.Expected);
        Assert.Equal(Money.Usd(27.84m), report.Total.Expected);
    }

    [Fact]
    public void Report_NamesTheRateEachForeignAmountWasConvertedWith()
    {
        using var provider = TestServices.With(b => b.AddLiveGifts().AddRevenueModel<EuroModel>());
        var report = provider.GetRequiredService<IRevenueEngine>().Estimate(Creator);

        Assert.Equal([Currency.Eur], report.ConvertedFrom);
        Assert.Equal(1.1419m, report.ConversionRate(Currency.Eur));
        Assert.Equal(1m, report.ConversionRate(Currency.Usd));
        var stream = report["euro-stipend"];
        Assert.Equal(stream.Range.Expected.Amount, decimal.Round(stream.Estimate.Range.Expected.Amount * report.ConversionRate(Currency.Eur), 2, MidpointRounding.ToEven));
        Assert.Contains("converted nothing from GBP; it converted from EUR", Assert.Throws<ArgumentException>(() => report.ConversionRate(Currency.Gbp)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WithoutConversion_ConvertedFromNothing()
    {
        using var provider = TestServices.With(b => b.AddLiveGifts());
        var report = provider.GetRequiredService<IRevenueEngine>().Estimate(Creator);

        Assert.Empty(report.ConvertedFrom);
        Assert.Contains("converted nothing from EUR; it converted from no currency", Assert.Throws<ArgumentException>(() => report.ConversionRate(Currency.Eur)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WithoutARateForTheCurrency_ThrowsNamingIt()
    {
        using var provider = TestServices.With(b => b.AddLiveGifts());
        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IRevenueEngine>().Estimate(Creator, Currency.FromCode("NGN")));
        Assert.Contains("no rate for NGN", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_RejectsAnInvalidSnapshot_BeforeAnyModelRuns()
    {
        using var provider = TestServices.With(b => b.AddLiveGifts().AddRevenueModel<ThrowingModel>());
        var invalid = new CreatorSnapshot { Profile = new CreatorProfile { Followers = -1 } };

        var ex = Assert.Throws<InvalidCreatorSnapshotException>(() => provider.GetRequiredService<IRevenueEngine>().Estimate(invalid));
        Assert.Equal("Profile.Followers", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void AFailingModel_IsNamed_NotDropped()
    {
        using var provider = TestServices.With(b => b.AddLiveGifts().AddRevenueModel<ThrowingModel>());

        var ex = Assert.Throws<RevenueModelException>(() => provider.GetRequiredService<IRevenueEngine>().Estimate(Creator));
        Assert.Equal("throws", ex.ModelName);
        Assert.IsType<InvalidOperationException>(ex.InnerException);
    }

    [Fact]
    public void TwoModelsWithOneName_AreRejected()
    {
        using var provider = TestServices.With(b => b.AddLiveGifts().AddRevenueModel(new FollowerBonusModel()).AddRevenueModel<SameNameModel>());

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IRevenueEngine>());
        Assert.Contains("'follower-bonus'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BatchPath_WritesTheSameRoundedExpectedAmountsAsTheReport()
    {
        using var provider = TestServices.With(b => b.AddLiveGifts().AddRevenueModel<FollowerBonusModel>().AddRevenueModel<EuroModel>());
        var engine = provider.GetRequiredService<IRevenueEngine>();
        CreatorSnapshot[] creators = [Creator, SampleCreators.MidTierUs, SampleCreators.Newcomer, SampleCreators.LikesOnly];
        var destination = new decimal[creators.Length * engine.Models.Count];

        engine.EstimateExpected(creators, destination);

        for (var i = 0; i < creators.Length; i++)
        {
            var report = engine.Estimate(creators[i]);
            for (var j = 0; j < engine.Models.Count; j++)
            {
                Assert.Equal(report.Streams[j].Range.Expected.Amount, destination[(i * engine.Models.Count) + j]);
            }
        }
    }

    [Fact]
    public void BatchPath_RejectsAShortBuffer_AndAnInvalidCreator()
    {
        using var provider = TestServices.With(b => b.AddLiveGifts());
        var engine = provider.GetRequiredService<IRevenueEngine>();

        var shortBuffer = Assert.Throws<ArgumentException>(() => engine.EstimateExpected(new[] { Creator, Creator }, new decimal[1]));
        Assert.Contains("needs at least 2", shortBuffer.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidCreatorSnapshotException>(() => engine.EstimateExpected(new[] { new CreatorSnapshot { PeriodDays = 0 } }, new decimal[1]));
    }

    private sealed class SameNameModel : IRevenueModel
    {
        private readonly FollowerBonusModel _inner = new();

        public string Name => _inner.Name;

        public string DisplayName => "Duplicate";

        public RevenueEstimate Estimate(CreatorSnapshot snapshot) => _inner.Estimate(snapshot);
    }
}
