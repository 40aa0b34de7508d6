using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Revenue;
using TikTokMonetization.Testing;

namespace TikTokMonetization.Tests;

/// <summary>
/// <c>AddRevenueModel&lt;TModel, TOptions&gt;(name, ...)</c> does for a user's configurable model what the SDK does for
/// its own: named options from code or configuration (with reloads), validation at start naming the section, a
/// descriptor, and several instances of one class.
/// </summary>
public sealed class UserModelRegistrationTests
{
    private static readonly CreatorSnapshot TenLiveHours = new()
    {
        Profile = new CreatorProfile { Followers = 5_000, Age = 30, Region = "US" },
        Live = new LiveStats { Sessions = 4, Hours = 10, AverageConcurrentViewers = 50 },
    };

    [Fact]
    public void OneModelClass_TwoNames_TwoStreamsWithTheirOwnOptions()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization()
            .AddRevenueModel<SponsoredLiveModel, SponsoredLiveOptions>("sponsored-us", "Sponsored LIVE (US)", o => o.RatePerViewerHour = 0.02m)
            .AddRevenueModel<SponsoredLiveModel, SponsoredLiveOptions>("sponsored-eu", "Sponsored LIVE (EU)", o => { o.RatePerViewerHour = 0.03m; o.Currency = "EUR"; }));

        var report = provider.GetRequiredService<IRevenueEngine>().Estimate(TenLiveHours);

        Assert.Equal(["sponsored-us", "sponsored-eu"], report.Streams.Select(s => s.Name));
        Assert.Equal("Sponsored LIVE (EU)", report["sponsored-eu"].DisplayName);
        Assert.Equal(Money.Usd(10m), report["sponsored-us"].Estimate.Range.Expected);
        Assert.Equal(new Money(15m, Currency.Eur), report["sponsored-eu"].Estimate.Range.Expected);
        Assert.Equal(
            ["sponsored-us", "sponsored-eu"],
            provider.GetServices<RevenueModelDescriptor>().Select(d => d.Name));
    }

    [Fact]
    public void BoundFromConfiguration_FollowsAReload_OnTheNextEstimate()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Models:Sponsored:RatePerViewerHour"] = "0.02" })
            .Build();
        using var provider = TestServices.Build(s => s.AddTikTokMonetization()
            .AddRevenueModel<SponsoredLiveModel, SponsoredLiveOptions>("sponsored", "Sponsored LIVE", configuration.GetSection("Models:Sponsored")));
        var engine = provider.GetRequiredService<IRevenueEngine>();

        var before = engine.Estimate(TenLiveHours)["sponsored"].Estimate.Range.Expected;
        configuration["Models:Sponsored:RatePerViewerHour"] = "0.04";
        configuration.Reload();
        var after = engine.Estimate(TenLiveHours)["sponsored"].Estimate.Range.Expected;

        Assert.Equal(Money.Usd(10m), before);
        Assert.Equal(Money.Usd(20m), after);
        Assert.Equal("Models:Sponsored", provider.GetServices<RevenueModelDescriptor>().Single().ConfigurationPath);
    }

    [Fact]
    public void InvalidOptions_FailAtStart_EveryInstanceListed_UnderTheSectionActuallyBound()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Agency:Streams:Sponsored:RatePerViewerHour"] = "-1" })
            .Build();
        using var provider = TestServices.Build(s => s.AddTikTokMonetization()
            .AddRevenueModel<SponsoredLiveModel, SponsoredLiveOptions, SponsoredLiveOptionsValidator>("sponsored", "Sponsored LIVE", configuration.GetSection("Agency:Streams:Sponsored"))
            .AddRevenueModel<SponsoredLiveModel, SponsoredLiveOptions, SponsoredLiveOptionsValidator>("sponsored-eu", "Sponsored LIVE (EU)", o => o.Currency = "EURO"));

        var failures = TestServices.StartupFailures(provider);

        Assert.Contains(failures, f => f.StartsWith("Agency:Streams:Sponsored: RatePerViewerHour is -1;", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("revenue model 'sponsored-eu': Currency is 'EURO';", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSameNameAgain_AddsConfiguration_NotASecondModel()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization()
            .AddRevenueModel<SponsoredLiveModel, SponsoredLiveOptions>("sponsored", "Sponsored LIVE")
            .AddRevenueModel<SponsoredLiveModel, SponsoredLiveOptions>("sponsored", "Sponsored LIVE", o => o.RatePerViewerHour = 0.05m));

        var model = Assert.Single(provider.GetServices<IRevenueModel>());
        Assert.Equal(Money.Usd(25m), model.Estimate(TenLiveHours).Range.Expected);
    }

    [Fact]
    public void ANameTakenByAnotherModelType_IsRefusedAtRegistration()
    {
        var services = new ServiceCollection();
        var builder = services.AddTikTokMonetization().AddRevenueModel<SponsoredLiveModel, SponsoredLiveOptions>("sponsored", "Sponsored LIVE");

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddRevenueModel<OtherModel, SponsoredLiveOptions>("sponsored", "Other"));

        Assert.Contains("'sponsored' is already registered (SponsoredLiveModel", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sponsored")]
    [InlineData("")]
    [InlineData("1st")]
    [InlineData("sponsored live")]
    public void AnInvalidName_IsRefusedSayingWhatIsAllowed(string name)
    {
        var builder = new ServiceCollection().AddTikTokMonetization();

        var error = Assert.Throws<ArgumentException>(() => builder.AddRevenueModel<SponsoredLiveModel, SponsoredLiveOptions>(name, "Sponsored"));

        Assert.Contains($"is '{name}'; it must be 1 to 64 characters of lower-case letters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheRegisteredModel_KeepsTheModelContract()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization()
            .AddRevenueModel<SponsoredLiveModel, SponsoredLiveOptions>("sponsored", "Sponsored LIVE"));

        RevenueModelContract.Verify(Assert.Single(provider.GetServices<IRevenueModel>()), [SampleCreators.MidTierUs, SampleCreators.Newcomer, SampleCreators.LikesOnly, TenLiveHours]);
    }

    /// <summary>A configurable user model: a sponsor pays per LIVE viewer-hour, for creators with at least 1,000 followers.</summary>
    public sealed class SponsoredLiveModel(RevenueModelContext<SponsoredLiveOptions> context) : RevenueModel<SponsoredLiveOptions>(context)
    {
        protected override RevenueEstimate Estimate(CreatorSnapshot snapshot, SponsoredLiveOptions options, RevenueModelSettings settings)
        {
            var rules = new EligibilityRule[1];
            var eligible = EligibilityChecks.AtLeast("min-followers", 1_000, snapshot.Profile.Followers, "followers", rules, 0);
            var viewerHours = (decimal)snapshot.Live.Hours * (decimal)snapshot.Live.AverageConcurrentViewers;
            var amount = eligible ? viewerHours * options.RatePerViewerHour : 0m;
            var line = BreakdownLine.For("Sponsor pay").Quantity(viewerHours, "viewer-hours")
                .Times(options.RatePerViewerHour, options.Currency + " per viewer-hour").Gives(amount, options.Currency, Provenance.Configured);
            var range = new MoneyRange(ValueRange.Exactly(amount), Currency.FromCode(options.Currency));
            return new RevenueEstimate(Name, DisplayName, range, new Eligibility(rules), [line], new LikesImpact(false, LikesInfluence.None, LikesChannels.None, "Sponsors pay per viewer-hour."));
        }
    }

    public sealed class OtherModel(RevenueModelContext<SponsoredLiveOptions> context) : RevenueModel<SponsoredLiveOptions>(context)
    {
        protected override RevenueEstimate Estimate(CreatorSnapshot snapshot, SponsoredLiveOptions options, RevenueModelSettings settings) =>
            throw new NotSupportedException();
    }

    public sealed class SponsoredLiveOptions
    {
        public decimal RatePerViewerHour { get; set; } = 0.02m;

        public string Currency { get; set; } = "USD";
    }

    public sealed class SponsoredLiveOptionsValidator : IValidateOptions<SponsoredLiveOptions>
    {
        public ValidateOptionsResult Validate(string? name, SponsoredLiveOptions options)
        {
            var errors = new List<string>();
            if (options.RatePerViewerHour is < 0m or > 1_000m)
            {
                errors.Add($"RatePerViewerHour is {options.RatePerViewerHour}; it must be from 0 to 1000.");
            }

            if (!Currency.TryFromCode(options.Currency, out _))
            {
                errors.Add($"Currency is '{options.Currency}'; it must be an ISO 4217 code the SDK knows.");
            }

            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}

/// <summary>The one list of built-in models: what <c>AddBuiltInModels</c> registers, in order, with the sections it binds.</summary>
public sealed class BuiltInModelDescriptorTests
{
    [Fact]
    public void AddBuiltInModels_RegistersExactlyTheDescribedModels_InTheirOrder()
    {
        using var provider = TestServices.Build(s => s.AddTikTokMonetization().AddBuiltInModels());

        var models = provider.GetRequiredService<IRevenueEngine>().Models;
        Assert.Equal(BuiltInModels.All.Select(d => d.Name), models.Select(m => m.Name));
        Assert.Equal(BuiltInModels.All.Select(d => d.ModelType), models.Select(m => m.GetType()));
        Assert.Equal(BuiltInModels.All, provider.GetServices<RevenueModelDescriptor>());
        Assert.Equal(BuiltInModels.All, BuiltInModelsBuilderExtensions.Registrations.Select(r => r.Model));
        Assert.Equal(["LiveGifts", "CreatorRewards", "BrandDeals", "Merchandise", "Affiliate", "Subscriptions"], BuiltInModels.All.Select(d => d.SectionKey));
    }

    [Fact]
    public void BoundFromAnotherSection_TheDescriptorsNameIt_AndSoDoTheValidationErrors()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Apps:Sdk:LiveGifts:AgencyShare"] = "0.2" })
            .Build();
        var section = configuration.GetSection("Apps:Sdk");
        using var provider = TestServices.Build(s => s.AddTikTokMonetization(section).AddBuiltInModels(section));

        var paths = provider.GetServices<RevenueModelDescriptor>().Select(d => d.ConfigurationPath);

        Assert.Equal(BuiltInModels.All.Select(d => "Apps:Sdk:" + d.SectionKey), paths);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AUserModelWithABuiltInsName_IsRefused_WhicheverComesFirst(bool builtInFirst)
    {
        var builder = new ServiceCollection().AddTikTokMonetization();
        Action add = builtInFirst
            ? () => builder.AddLiveGifts().AddRevenueModel<UserModelRegistrationTests.SponsoredLiveModel, UserModelRegistrationTests.SponsoredLiveOptions>("live-gifts", "Mine")
            : () => builder.AddRevenueModel<UserModelRegistrationTests.SponsoredLiveModel, UserModelRegistrationTests.SponsoredLiveOptions>("live-gifts", "Mine").AddLiveGifts();

        var error = Assert.Throws<InvalidOperationException>(add);

        Assert.Contains("'live-gifts' is already registered", error.Message, StringComparison.Ordinal);
    }
}
