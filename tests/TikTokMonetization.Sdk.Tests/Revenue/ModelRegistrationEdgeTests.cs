using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Revenue;
using static TikTokMonetization.Tests.UserModelRegistrationTests;

namespace TikTokMonetization.Tests;

/// <summary>
/// The edges of registering models: what a stream name may be, where a model's settings are said to live (and that a
/// later registration from another section moves it), that each registration path adds its validator on its own, and
/// that null arguments are refused by name.
/// </summary>
public sealed class ModelRegistrationEdgeTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("z")]
    [InlineData("zz-top")]
    [InlineData("a0")]
    [InlineData("a9")]
    [InlineData("a-")]
    public void IsValidName_AcceptsLowerCaseLettersDigitsAndHyphens_StartingWithALetter(string name) =>
        Assert.True(RevenueModelDescriptor.IsValidName(name));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-a")]
    [InlineData("0a")]
    [InlineData("{a")]
    [InlineData("`a")]
    [InlineData("a{")]
    [InlineData("a/")]
    [InlineData("a:")]
    [InlineData("aB")]
    [InlineData("a_b")]
    public void IsValidName_RefusesAnythingElse(string? name) => Assert.False(RevenueModelDescriptor.IsValidName(name));

    [Fact]
    public void IsValidName_AllowsSixtyFourCharacters_NotSixtyFive()
    {
        Assert.True(RevenueModelDescriptor.IsValidName(new string('a', 64)));
        Assert.False(RevenueModelDescriptor.IsValidName(new string('a', 65)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Descriptor_WithABlankDisplayName_IsRefused_NamingTheModel(string displayName)
    {
        var ex = Assert.Throws<ArgumentException>(() => new RevenueModelDescriptor("sponsored", displayName, typeof(SponsoredLiveModel), typeof(SponsoredLiveOptions), "sponsored", null));

        Assert.Equal("displayName", ex.ParamName);
        Assert.StartsWith("The display name of revenue model 'sponsored' is empty; give the name to show people, for example 'Sponsored LIVE'.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Descriptor_SaysWhereItsSettingsLive()
    {
        var bound = new RevenueModelDescriptor("sponsored", "Sponsored LIVE", typeof(SponsoredLiveModel), typeof(SponsoredLiveOptions), "sponsored", "Agency:Streams:Sponsored");
        var top = new RevenueModelDescriptor("sponsored", "Sponsored LIVE", typeof(SponsoredLiveModel), typeof(SponsoredLiveOptions), "sponsored", "Sponsored");
        var inCode = new RevenueModelDescriptor("sponsored", "Sponsored LIVE", typeof(SponsoredLiveModel), typeof(SponsoredLiveOptions), "sponsored", null);

        Assert.Equal("Sponsored", bound.SectionKey);
        Assert.Equal("Sponsored", top.SectionKey);
        Assert.Null(inCode.SectionKey);
        Assert.Equal("Agency:Streams:Sponsored", bound.SettingsPath);
        Assert.Equal("revenue model 'sponsored'", inCode.SettingsPath);
        Assert.Equal("sponsored (Sponsored LIVE)", inCode.ToString());
    }

    [Fact]
    public void ALaterRegistrationFromAnotherSection_MovesWhereTheSettingsAreSaidToLive()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization()
            .AddRevenueModel<SponsoredLiveModel, SponsoredLiveOptions>("sponsored", "Sponsored LIVE", o => o.RatePerViewerHour = 0.05m)
            .AddRevenueModel<SponsoredLiveModel, SponsoredLiveOptions>("sponsored", "Sponsored LIVE", Section("Agency:Sponsored", "RatePerViewerHour", "0.03")));

        Assert.Equal("Agency:Sponsored", Assert.Single(provider.GetServices<RevenueModelDescriptor>()).ConfigurationPath);
        Assert.Single(provider.GetServices<IRevenueModel>());
    }

    [Fact]
    public void ALaterRegistrationInCode_KeepsTheSectionTheSettingsWereBoundFrom()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization()
            .AddRevenueModel<SponsoredLiveModel, SponsoredLiveOptions>("sponsored", "Sponsored LIVE", Section("Agency:Sponsored", "RatePerViewerHour", "0.03"))
            .AddRevenueModel<SponsoredLiveModel, SponsoredLiveOptions>("sponsored", "Sponsored LIVE", o => o.Currency = "EUR"));

        Assert.Equal("Agency:Sponsored", Assert.Single(provider.GetServices<RevenueModelDescriptor>()).ConfigurationPath);
    }

    [Fact]
    public void AValidatorAddedInCode_RunsAtStart_OnItsOwn()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization()
            .AddRevenueModel<SponsoredLiveModel, SponsoredLiveOptions, SponsoredLiveOptionsValidator>("sponsored", "Sponsored LIVE", o => o.RatePerViewerHour = -1m));

        Assert.Equal(["revenue model 'sponsored': RatePerViewerHour is -1; it must be from 0 to 1000."], TestServices.StartupFailures(provider));
    }

    [Fact]
    public void AValidatorAddedWithASection_RunsAtStart_OnItsOwn_WithEachErrorPrefixed()
    {
        var section = Section("Agency:Sponsored", "RatePerViewerHour", "-1", "Currency", "EURO");
        using var provider = TestServices.Build(s => s.AddTikTokMonetization()
            .AddRevenueModel<SponsoredLiveModel, SponsoredLiveOptions, SponsoredLiveOptionsValidator>("sponsored", "Sponsored LIVE", section));

        Assert.Equal(
            ["Agency:Sponsored: RatePerViewerHour is -1; it must be from 0 to 1000.", "Agency:Sponsored: Currency is 'EURO'; it must be an ISO 4217 code the SDK knows."],
            TestServices.StartupFailures(provider));
    }

    [Fact]
    public void AModelBoundFromAConfigurationRoot_HasItsErrorsNamedAfterTheModel_NotAnEmptyPath()
    {
        // A root has no path: its errors used to begin with ": " and name no place at all.
        var root = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["RatePerViewerHour"] = "-1" }).Build();
        using var provider = TestServices.Build(s => s.AddTikTokMonetization()
            .AddRevenueModel<SponsoredLiveModel, SponsoredLiveOptions, SponsoredLiveOptionsValidator>("sponsored", "Sponsored LIVE", root));

        Assert.Equal(["revenue model 'sponsored': RatePerViewerHour is -1; it must be from 0 to 1000."], TestServices.StartupFailures(provider));
    }

    [Fact]
    public void AValidModel_WithAValidator_PassesStart()
    {
        using var provider = TestServices.With(b => b.AddRevenueModel<SponsoredLiveModel, SponsoredLiveOptions, SponsoredLiveOptionsValidator>("sponsored", "Sponsored LIVE"));

        Assert.Single(provider.GetServices<IRevenueModel>());
    }

    [Fact]
    public void OptionsOfTheSameTypeThatNoModelUses_AreNotValidatedAsTheModels()
    {
        using var provider = TestServices.Build(s =>
        {
            s.AddTikTokMonetization().AddRevenueModel<SponsoredLiveModel, SponsoredLiveOptions, SponsoredLiveOptionsValidator>("sponsored", "Sponsored LIVE");
            s.Configure<SponsoredLiveOptions>("unrelated", o => o.RatePerViewerHour = -1m);
        });

        Assert.Equal(-1m, provider.GetRequiredService<IOptionsMonitor<SponsoredLiveOptions>>().Get("unrelated").RatePerViewerHour);
    }

    [Fact]
    public void AValidatorsFailureWithOnlyAMessage_IsStillPrefixed()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization()
            .AddRevenueModel<SponsoredLiveModel, SponsoredLiveOptions, MessageOnlyValidator>("sponsored", "Sponsored LIVE"));

        Assert.Equal(["revenue model 'sponsored': not today"], TestServices.StartupFailures(provider));
    }

    [Fact]
    public void AConfigurableModel_RefusesANullCreator_ByName()
    {
        using var provider = TestServices.With(b => b.AddRevenueModel<SponsoredLiveModel, SponsoredLiveOptions>("sponsored", "Sponsored LIVE"));

        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => Assert.Single(provider.GetServices<IRevenueModel>()).Estimate(null!)).ParamName);
    }

    [Fact]
    public void NullArguments_AreRefusedByName()
    {
        var builder = new ServiceCollection().AddTikTokMonetization();

        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => TikTokMonetizationBuilderExtensions.AddRevenueModel<FollowerBonusModel>(null!)).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => TikTokMonetizationBuilderExtensions.AddRevenueModel(null!, new FollowerBonusModel())).ParamName);
        Assert.Equal("model", Assert.Throws<ArgumentNullException>(() => builder.AddRevenueModel(null!)).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() =>
            RevenueModelBuilderExtensions.AddRevenueModel<SponsoredLiveModel, SponsoredLiveOptions>(null!, "sponsored", "Sponsored LIVE")).ParamName);
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() =>
            builder.AddRevenueModel<SponsoredLiveModel, SponsoredLiveOptions>("sponsored", "Sponsored LIVE", (IConfiguration)null!)).ParamName);
    }

    private static IConfigurationSection Section(string path, params string[] keysAndValues)
    {
        var values = new Dictionary<string, string?>();
        for (var i = 0; i < keysAndValues.Length; i += 2)
        {
            values[path + ":" + keysAndValues[i]] = keysAndValues[i + 1];
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection(path);
    }

    /// <summary>A validator whose failure carries a message but no list of failures, as a hand-made result may.</summary>
    public sealed class MessageOnlyValidator : IValidateOptions<SponsoredLiveOptions>
    {
        public ValidateOptionsResult Validate(string? name, SponsoredLiveOptions options) => new MessageOnlyFailure("not today");
    }

    private sealed class MessageOnlyFailure : ValidateOptionsResult
    {
        public MessageOnlyFailure(string message)
        {
            Failed = true;
            FailureMessage = message;
        }
    }
}
