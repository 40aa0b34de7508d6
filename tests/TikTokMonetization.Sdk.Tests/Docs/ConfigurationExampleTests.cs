using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests.Docs;

/// <summary>
/// The appsettings example in docs/configuration.md: it is this file, it names every option at its default, and binding
/// it through <c>AddTikTokMonetization(section).AddBuiltInModels(section)</c> validates and changes nothing.
/// </summary>
public sealed partial class ConfigurationExampleTests
{
    private const string Page = "docs/configuration.md";
    private const string ExampleName = "appsettings.example.json";

    private static readonly string ExamplePath = Path.Combine(AppContext.BaseDirectory, "TestData", "docs", ExampleName);

    [Fact]
    public void TheConfigurationPage_ShowsTheExampleFile_Verbatim()
    {
        var blocks = MarkdownCodeBlocks.Read(Page).Where(b => b.Has(ExampleName)).ToList();

        var block = Assert.Single(blocks);
        Assert.True(
            Normalize(File.ReadAllText(ExamplePath)) == Normalize(block.Text),
            $"The block at {block} differs from tests/TikTokMonetization.Sdk.Tests/TestData/docs/{ExampleName}; change both together.");
    }

    [Fact]
    public void TheExample_BindsAndValidates_AndLeavesEveryOptionAtItsDefault()
    {
        using var defaults = TestServices.BuiltIns(b => b.AddLiveLedger().AddProjections());
        using var bound = FromExample();

        var differences = SdkConfiguration.Differences(SdkConfiguration.Options(defaults), SdkConfiguration.Options(bound));

        Assert.True(differences.Count == 0, "Binding the example changed options:\n" + string.Join("\n", differences));
    }

    [Fact]
    public void TheExample_GivesTheSameReports_AndLikesValues_AsNoConfiguration()
    {
        using var defaults = TestServices.BuiltIns(b => b.AddLiveLedger().AddProjections());
        using var bound = FromExample();
        var expected = defaults.GetRequiredService<IRevenueEngine>();
        var actual = bound.GetRequiredService<IRevenueEngine>();

        foreach (var creator in new[] { SampleCreators.MidTierUs, SampleCreators.Newcomer, SampleCreators.LikesOnly })
        {
            Assert.Equal(Render(expected.Estimate(creator)), Render(actual.Estimate(creator)));
        }

        Assert.Equal(Render(expected.Estimate(SampleCreators.MidTierUs, Currency.Eur)), Render(actual.Estimate(SampleCreators.MidTierUs, Currency.Eur)));
        Assert.Equal(Render(expected.AnalyzeLikes(SampleCreators.MidTierUs)), Render(actual.AnalyzeLikes(SampleCreators.MidTierUs)));
    }

    [Fact]
    public void TheExample_ShowsEveryOption_AtItsDefault_CommentingOutOnlyLists()
    {
        var text = File.ReadAllText(ExamplePath);
        var shown = Section(Uncommented(text));
        var shownKeys = Keys(shown);
        var boundKeys = Keys(Section(text));
        using var defaults = TestServices.BuiltIns(b => b.AddLiveLedger().AddProjections());
        var options = SdkConfiguration.Options(defaults);

        var problems = new List<string>();
        foreach (var option in options.Values)
        {
            if (!shownKeys.TryGetValue(option.Path, out var value))
            {
                problems.Add($"{option.Path} is not shown (default {OptionValue.Describe(option.Value)})");
                continue;
            }

            if (option.Value is IList { Count: > 0 } list)
            {
                var items = shown.GetSection(option.Path).GetChildren().OrderBy(c => int.Parse(c.Key, CultureInfo.InvariantCulture)).Select(c => c.Value).ToList();
                if (!items.SequenceEqual(list.Cast<object?>().Select(o => Convert.ToString(o, CultureInfo.InvariantCulture))))
                {
                    problems.Add($"{option.Path} shows [{string.Join(", ", items)}], not the default {OptionValue.Describe(option.Value)}");
                }

                if (boundKeys.ContainsKey(option.Path))
                {
                    problems.Add($"{option.Path} is bound; a bound list is added to its default, so show it commented out");
                }

                continue;
            }

            if (!boundKeys.ContainsKey(option.Path))
            {
                problems.Add($"{option.Path} is commented out; only lists with default items may be");
            }

            if (option.Value is IList or IDictionary)
            {
                if (shown.GetSection(option.Path).GetChildren().Any())
                {
                    problems.Add($"{option.Path} shows entries; its default is empty");
                }
            }
            else if (!option.SameAs(value is null ? null : TypeDescriptor.GetConverter(option.Type).ConvertFromInvariantString(value)))
            {
                problems.Add($"{option.Path} shows {value ?? "null"}, not the default {OptionValue.Describe(option.Value)}");
            }
        }

        foreach (var key in shownKeys.Keys.Where(k => !boundKeys.ContainsKey(k)))
        {
            if (!options.Values.Any(o => o.Value is IList { Count: > 0 } && (key == o.Path || key.StartsWith(o.Path + ":", StringComparison.OrdinalIgnoreCase))))
            {
                problems.Add($"{key} is commented out; only lists with default items may be");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    }

    [Fact]
    public void TheExample_NamesOnlyOptionsTheSdkBinds()
    {
        var unknown = Keys(Section(Uncommented(File.ReadAllText(ExamplePath)))).Keys.Where(k => !SdkConfiguration.IsKnown(k)).ToList();

        Assert.True(unknown.Count == 0, "Keys the SDK does not bind: " + string.Join(", ", unknown));
    }

    private static ServiceProvider FromExample()
    {
        var section = new ConfigurationBuilder().AddJsonFile(ExamplePath).Build().GetSection("TikTokMonetization");
        var services = new ServiceCollection();
        services.AddTikTokMonetization(section).AddBuiltInModels(section)
            .AddLiveLedger(section.GetSection("LiveLedger"))
            .AddProjections(section.GetSection("Projections"));
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider;
    }

    private static IConfigurationSection Section(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build().GetSection("TikTokMonetization");

    private static Dictionary<string, string?> Keys(IConfigurationSection section) =>
        section.AsEnumerable(makePathsRelative: true).ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>Turns the example's commented-out options (<c>// "Key": value</c>) into real ones.</summary>
    private static string Uncommented(string json) => CommentedOutOption().Replace(json, "$1");

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";

    private static string Render(RevenueReport report) => string.Join('\n', new[]
    {
        FormattableString.Invariant($"{report.CreatorId} {report.PeriodDays} {report.Currency} {report.Total} {report.ConcentrationIndex} {report.ExchangeRatesSource} {report.ExchangeRatesAsOf:yyyy-MM-dd}"),
    }.Concat(report.Streams.SelectMany(s => new[] { s.ToString(), s.Estimate.Range.ToString(), s.Estimate.Likes.Explanation }
        .Concat(s.Estimate.Breakdown.Select(l => l.ToString()))
        .Concat(s.Estimate.Eligibility.Rules.Select(r => r.Reason)))));

    private static string Render(LikesAnalysis analysis) => string.Join('\n', new[]
    {
        $"{analysis.Reach} {analysis.TotalChange} {analysis.TotalDirectRevenue} {analysis.MarginalValuePer1000Likes}",
    }.Concat(analysis.Streams.Select(s =>
        $"{s} {s.Change} {s.RetentionChange} {s.EngagementPricingChange} {s.VisibilityChange} {string.Join("; ", s.Disagreements)}")));

    [GeneratedRegex("^(\\s*)// (?=\")", RegexOptions.Multiline)]
    private static partial Regex CommentedOutOption();
}
