using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>The refusals of the range arithmetic, and the settings a model reads for conversions.</summary>
public sealed class RangeArithmeticTests
{
    [Fact]
    public void Multiply_WhenANegativeBoundWouldUnorderTheProduct_IsRefusedNotReordered()
    {
        var deduction = new ValueRange(-3m, -2m, -1m);
        var quantity = new ValueRange(1m, 2m, 3m);

        var error = Assert.Throws<ArgumentException>(() => quantity * deduction);

        Assert.Contains("low <= expected <= high", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1.5)]
    public void MoneyConvertTo_ARateOfZeroOrLess_IsRefusedNamingTheRate(double rate)
    {
        var range = new MoneyRange(new ValueRange(1m, 2m, 3m), Currency.Usd);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => range.ConvertTo(Currency.Eur, (decimal)rate));

        Assert.Equal("rate", error.ParamName);
    }

    [Fact]
    public void MoneyScale_ANegativeFactor_IsRefused()
    {
        var range = new MoneyRange(new ValueRange(1m, 2m, 3m), Currency.Usd);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => range.Scale(-1m));

        Assert.Equal("factor", error.ParamName);
    }

    [Fact]
    public void Settings_ConvertThroughTheTable_AsUnitsOfTheTargetPerUnitOfTheSource()
    {
        var settings = RevenueModelSettings.From(new RevenueEngineOptions());

        var rate = settings.ConversionRate(Currency.Usd, Currency.Eur);
        var converted = settings.Convert(new MoneyRange(new ValueRange(10m, 20m, 30m), Currency.Usd), Currency.Eur);

        Assert.Equal(1m / 1.1419m, rate);
        Assert.Equal(Currency.Eur, converted.Currency);
        Assert.Equal(20m * rate, converted.Expected.Amount);
        Assert.Equal(1m, settings.ConversionRate(Currency.Jpy, Currency.Jpy));
        Assert.Equal(new Money(20m * rate, Currency.Eur), settings.Convert(Money.Usd(20m), Currency.Eur));
    }

    [Fact]
    public void Settings_ACurrencyWithoutARate_CannotBeConverted_AndTheErrorSaysWhereToAddIt()
    {
        var settings = RevenueModelSettings.From(new RevenueEngineOptions());
        var xof = Currency.FromCode("VND");

        Assert.False(settings.CanConvert(xof, Currency.Usd));
        Assert.False(settings.TryGetConversionRate(xof, Currency.Usd, out var rate));
        Assert.Equal(0m, rate);
        Assert.True(settings.TryGetConversionRate(Currency.Gbp, Currency.Usd, out var gbp));
        Assert.Equal(1.1419m / 0.84340m, gbp);
        var error = Assert.Throws<InvalidOperationException>(() => settings.ConversionRate(xof, Currency.Usd));
        Assert.Contains("has no rate for VND", error.Message, StringComparison.Ordinal);
        Assert.Contains("ExchangeRates.Rates", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Context_GivesOneSettingsInstancePerVersionOfTheEngineOptions_AndFollowsAReload()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["TikTokMonetization:ReportingCurrency"] = "USD" })
            .Build();
        using var provider = new ServiceCollection()
            .AddTikTokMonetization(configuration.GetSection("TikTokMonetization"))
            .Services.BuildServiceProvider();
        var context = provider.GetRequiredService<IRevenueModelContext>();

        var before = context.Settings;
        Assert.Same(before, context.Settings);
        configuration["TikTokMonetization:ReportingCurrency"] = "EUR";
        configuration.Reload();
        var after = context.Settings;

        Assert.Equal(Currency.Usd, before.ReportingCurrency);
        Assert.Equal(Currency.Eur, after.ReportingCurrency);
    }

    [Fact]
    public void SettingsFrom_Null_IsRefused() =>
        Assert.Throws<ArgumentNullException>(() => RevenueModelSettings.From(null!));
}

/// <summary>A snapshot is validated once on the path from a file to a report, and a changed copy is validated again.</summary>
public sealed class ValidatedOnceTests
{
    [Fact]
    public void AChangedCopyOfASnapshotTheReaderPassed_IsStillRefused()
    {
        var read = TikTokMonetization.Serialization.CreatorSnapshotJson.Deserialize(
            """{ "creatorId": "a", "profile": { "followers": 20000, "age": 30, "region": "US" } }""");
        using var provider = TestServices.BuiltIns();
        var engine = provider.GetRequiredService<IRevenueEngine>();

        Assert.NotNull(engine.Estimate(read));
        var changed = read with { PeriodDays = 0 };
        var error = Assert.Throws<TikTokMonetization.Creators.InvalidCreatorSnapshotException>(() => { engine.Estimate(changed); });
        Assert.Contains("PeriodDays is 0", error.Message, StringComparison.Ordinal);
        var deeper = read with { Profile = read.Profile with { Followers = -1 } };
        Assert.Throws<TikTokMonetization.Creators.InvalidCreatorSnapshotException>(() => { engine.Estimate(deeper); });
    }

    [Fact]
    public void ASnapshotBuiltInCode_OnceEstimated_StillHasItsChangedCopiesRefused_OnEveryPath()
    {
        using var provider = TestServices.BuiltIns();
        var engine = provider.GetRequiredService<IRevenueEngine>();
        var creator = SampleCreators.MidTierUs with { };
        engine.Estimate(creator);
        engine.EstimateExpected([creator], new decimal[engine.Models.Count]);

        var beyondLimits = creator with { Videos = creator.Videos with { Likes = TikTokMonetization.Internal.InputLimits.MaxLikes + 1 } };
        var row = new decimal[engine.Models.Count];
        Assert.Throws<TikTokMonetization.Creators.InvalidCreatorSnapshotException>(() => engine.EstimateExpected([beyondLimits], row));
        Assert.Throws<TikTokMonetization.Creators.InvalidCreatorSnapshotException>(() => { engine.Estimate(beyondLimits); });
        Assert.Throws<TikTokMonetization.Creators.InvalidCreatorSnapshotException>(() => { engine.AnalyzeLikes(beyondLimits); });
        Assert.All(row, amount => Assert.Equal(0m, amount));

        // The same change again, on a copy of the copy: still refused (the refusal marks nothing).
        Assert.Throws<TikTokMonetization.Creators.InvalidCreatorSnapshotException>(() => { engine.Estimate(beyondLimits with { }); });
    }

    [Fact]
    public void ACheckedSnapshot_EqualsAnUncheckedOneWithTheSameValues_WithTheSameHashCodeAndText()
    {
        using var provider = TestServices.BuiltIns();
        var engine = provider.GetRequiredService<IRevenueEngine>();
        var checkedOne = SampleCreators.MidTierUs with { };
        var uncheckedOne = SampleCreators.MidTierUs with { };
        engine.Estimate(checkedOne);

        Assert.Equal(uncheckedOne, checkedOne);
        Assert.True(checkedOne == uncheckedOne);
        Assert.Equal(uncheckedOne.GetHashCode(), checkedOne.GetHashCode());
        Assert.Equal(uncheckedOne.ToString(), checkedOne.ToString());
        Assert.NotEqual(checkedOne, checkedOne with { CreatorId = "other" });
    }
}
