using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Models.LiveGifts;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// The built-in descriptors and <c>AddBuiltInModels</c> at their edges: the options instance a descriptor names is the
/// one its model reads, and null arguments are refused naming the first.
/// </summary>
public sealed class BuiltInModelsEdgeTests
{
    [Fact]
    public void EveryBuiltInDescriptor_NamesTheUnnamedOptionsInstance_TheOneItsModelReads()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["TikTokMonetization:LiveGifts:AgencyShare"] = "0.2" })
            .Build();
        var section = configuration.GetSection(BuiltInModels.SectionName);
        using var provider = TestServices.Build(s => s.AddTikTokMonetization(section).AddBuiltInModels(section));

        var registered = provider.GetServices<RevenueModelDescriptor>().ToList();
        var liveGifts = registered.Single(d => d.Name == BuiltInModels.LiveGifts.Name);

        Assert.All(BuiltInModels.All, d => Assert.Equal(string.Empty, d.OptionsName));
        Assert.All(registered, d => Assert.Equal(string.Empty, d.OptionsName));
        Assert.Equal(0.2m, provider.GetRequiredService<IOptionsMonitor<LiveGiftsOptions>>().Get(liveGifts.OptionsName).AgencyShare);
    }

    [Fact]
    public void AddBuiltInModels_RefusesNullArguments_NamingTheFirst()
    {
        var configuration = new ConfigurationBuilder().Build();
        var builder = new ServiceCollection().AddTikTokMonetization();

        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => BuiltInModelsBuilderExtensions.AddBuiltInModels(null!)).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => BuiltInModelsBuilderExtensions.AddBuiltInModels(null!, configuration)).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => BuiltInModelsBuilderExtensions.AddBuiltInModels(null!, null!)).ParamName);
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() => builder.AddBuiltInModels((IConfiguration)null!)).ParamName);
    }
}
