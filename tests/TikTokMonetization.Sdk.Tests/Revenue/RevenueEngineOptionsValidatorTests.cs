using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// The engine's settings are checked at start-up, each error naming the setting, its value and what is allowed, so that
/// no estimate is ever made with a table that could give a wrong or overflowing conversion.
/// </summary>
public sealed class RevenueEngineOptionsValidatorTests
{
    [Fact]
    public void ReportingCurrency_NotAnIsoCode_IsRefused_NamingTheValue() =>
        Assert.Contains(
            "TikTokMonetization:ReportingCurrency is 'ZZZ'; it must be an ISO 4217 code such as 'USD'.",
            Failures(o => o.ReportingCurrency = "ZZZ"));

    [Fact]
    public void ReportingCurrency_NoCurrency_IsRefused() =>
        Assert.Equal(
            ["TikTokMonetization:ReportingCurrency is 'XXX', ISO 4217's 'no currency'; it must be a real currency such as 'USD'."],
            Failures(o => o.ReportingCurrency = "XXX"));

    [Fact]
    public void Rounding_NotAMidpointRoundingValue_IsRefused() =>
        Assert.Equal(
            ["TikTokMonetization:Rounding is 99; it must be a MidpointRounding value such as 'ToEven' or 'AwayFromZero'."],
            Failures(o => o.Rounding = (MidpointRounding)99));

    [Fact]
    public void EngagementInteractions_WithAnUnknownFlag_IsRefused() =>
        Assert.Equal(
            ["TikTokMonetization:EngagementInteractions is 17; it must combine Likes, Comments, Shares and Saves."],
            Failures(o => o.EngagementInteractions = EngagementInteractions.Likes | (EngagementInteractions)16));

    [Fact]
    public void ExchangeRates_Null_IsRefused_WithNoOtherTableError() =>
        Assert.Equal(
            ["TikTokMonetization:ExchangeRates is null; it must be a table (it may hold only the base currency)."],
            Failures(o => o.ExchangeRates = null!));

    [Fact]
    public void BaseCurrency_NotAnIsoCode_IsRefused() =>
        Assert.Contains(
            "TikTokMonetization:ExchangeRates:BaseCurrency is 'QQQ'; it must be an ISO 4217 code.",
            Failures(o => o.ExchangeRates = Table("QQQ", ("USD", 1.1m))));

    [Fact]
    public void BaseCurrency_Null_IsRefused_InsteadOfThrowing() =>
        Assert.Contains(
            "TikTokMonetization:ExchangeRates:BaseCurrency is ''; it must be an ISO 4217 code.",
            Failures(o => o.ExchangeRates = Table(null!, ("USD", 1.1m))));

    [Fact]
    public void BaseCurrency_ListedAtARateOtherThanOne_IsRefused() =>
        Assert.Equal(
            ["TikTokMonetization:ExchangeRates:Rates:EUR is 2, but EUR is the base currency, whose rate must be 1. Changing BaseCurrency needs a whole new table (the default rates are quoted per euro)."],
            Failures(o => o.ExchangeRates = Table("EUR", ("EUR", 2m), ("USD", 1.1m))));

    [Fact]
    public void Rates_KeyedByAnUnknownCode_AreRefused() =>
        Assert.Equal(
            ["TikTokMonetization:ExchangeRates:Rates:ZZZ names an unknown currency; keys must be ISO 4217 codes."],
            Failures(o => o.ExchangeRates = Table("EUR", ("USD", 1.1m), ("ZZZ", 3m))));

    [Theory]
    [InlineData("0")]
    [InlineData("-1.5")]
    public void Rates_ZeroOrNegative_AreRefused_WithoutDividingByThem(string rate)
    {
        var value = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(
            [$"TikTokMonetization:ExchangeRates:Rates:GBP is {rate}; a rate must be greater than zero."],
            Failures(o => o.ExchangeRates = Table("EUR", ("USD", 1.1m), ("GBP", value))));
    }

    [Fact]
    public void ReportingCurrency_WithoutARate_IsRefused_SayingHowToAddOne() =>
        Assert.Equal(
            ["TikTokMonetization:ReportingCurrency is 'GBP', which has no rate in TikTokMonetization:ExchangeRates:Rates; add one (TikTokMonetization:ExchangeRates:Rates:GBP, units of GBP per 1 EUR) or report in another currency."],
            Failures(o =>
            {
                o.ReportingCurrency = "GBP";
                o.ExchangeRates = Table("EUR", ("USD", 1.1m));
            }));

    [Theory]
    [InlineData("EUR")]
    [InlineData("eur")]
    public void ReportingCurrency_ThatIsTheBaseCurrency_NeedsNoRate(string baseCurrency)
    {
        void Configure(RevenueEngineOptions o)
        {
            o.ReportingCurrency = "EUR";
            o.ExchangeRates = Table(baseCurrency, ("USD", 1.25m));
        }

        Assert.Empty(Failures(Configure));

        // And the engine converts through it: 10, 20, 30 EUR stay as they are; 10 USD is 8 EUR at 1.25 USD per euro.
        using var provider = TestServices.Build(s => s.AddTikTokMonetization(Configure).AddRevenueModel<EuroModel>().AddRevenueModel(new FixedUsdModel()));
        provider.GetRequiredService<IStartupValidator>().Validate();
        var report = provider.GetRequiredService<IRevenueEngine>().Estimate(SampleCreators.Newcomer);
        Assert.Equal(new Money(20m, Currency.Eur), report["euro-stipend"].Range.Expected);
        Assert.Equal(new Money(8m, Currency.Eur), report["fixed-usd"].Range.Expected);
    }

    [Fact]
    public void Rates_SpanningExactlyTheLimit_AreAccepted() =>
        Assert.Empty(Failures(o => o.ExchangeRates = Table("EUR", ("USD", 1m), ("JPY", 1_000_000m))));

    [Fact]
    public void Rates_SpanningMoreThanTheLimitBelowTheBase_AreRefused_NamingTheSpan() =>
        Assert.Equal(
            ["TikTokMonetization:ExchangeRates:Rates spans 0.0000005 to 1.1 (the base currency counting as 1); the largest rate may be at most 1,000,000 times the smallest (the widest real pair among the SDK's currencies is about 10^5)."],
            Failures(o => o.ExchangeRates = Table("EUR", ("GBP", 0.0000005m), ("USD", 1.1m))));

    [Fact]
    public void Rates_SpanningMoreThanTheLimitAboveTheBase_AreRefused_NamingTheSpan() =>
        Assert.Equal(
            ["TikTokMonetization:ExchangeRates:Rates spans 0.5 to 2000000 (the base currency counting as 1); the largest rate may be at most 1,000,000 times the smallest (the widest real pair among the SDK's currencies is about 10^5)."],
            Failures(o => o.ExchangeRates = Table("EUR", ("JPY", 2_000_000m), ("USD", 0.5m))));

    [Fact]
    public void TheDefaults_AreValid() => Assert.Empty(Failures(_ => { }));

    private static ExchangeRateOptions Table(string baseCurrency, params (string Code, decimal Rate)[] rates) => new()
    {
        BaseCurrency = baseCurrency,
        Rates = rates.ToDictionary(r => r.Code, r => r.Rate, StringComparer.OrdinalIgnoreCase),
        Source = "test table",
    };

    private static List<string> Failures(Action<RevenueEngineOptions> configure)
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization(configure));
        try
        {
            provider.GetRequiredService<IStartupValidator>().Validate();
            return [];
        }
        catch (OptionsValidationException ex)
        {
            return ex.Failures.ToList();
        }
    }

    /// <summary>A model paying exactly 10 USD to anyone.</summary>
    private sealed class FixedUsdModel : IRevenueModel
    {
        public string Name => "fixed-usd";

        public string DisplayName => "Fixed USD (test model)";

        public RevenueEstimate Estimate(CreatorSnapshot snapshot) => new(
            Name,
            DisplayName,
            new MoneyRange(ValueRange.Exactly(10m), Currency.Usd),
            Eligibility.Unconditional,
            null,
            new Likes.LikesImpact(false, Likes.LikesInfluence.None, Likes.LikesChannels.None, "Fixed."));
    }
}
