using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Serialization;
using TikTokMonetization.Tests;
using TikTokMonetization.Tests.Docs;

namespace TikTokMonetization.DocsSamples;

/// <summary>
/// Every JSON block in README.md and docs/ parses. A block with a <c>TikTokMonetization</c> section names only options
/// the SDK binds, and binds and validates through <c>AddTikTokMonetization(section).AddBuiltInModels(section)</c>; a
/// creator snapshot reads with <c>CreatorSnapshotJson</c>, and equals the sample its flag names, if any. Blocks flagged
/// <c>fragment</c> are only parsed.
/// </summary>
public sealed class JsonSamplesTests
{
    /// <summary>A snapshot block flagged <c>SampleCreators.MidTierUs</c> must equal that sample.</summary>
    private const string SamplePrefix = "SampleCreators.";

    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Gets the pages that hold JSON blocks.</summary>
    public static TheoryData<string> PagesWithJson { get; } = new(MarkdownCodeBlocks.Pages().Where(p => MarkdownCodeBlocks.Read(p).Any(IsJson)));

    [Theory]
    [MemberData(nameof(PagesWithJson))]
    public void EveryJsonBlock_Parses_AndConfigurationBindsAndValidates(string page)
    {
        var problems = new List<string>();
        foreach (var block in MarkdownCodeBlocks.Read(page).Where(IsJson))
        {
            problems.AddRange(Check(block).Select(p => $"{block.Page}:{block.Line}: {p}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static IEnumerable<string> Check(FencedCodeBlock block)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(block.Text, Lenient);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            return [$"not JSON: {ex.Message}"];
        }

        if (block.Has(SampleConventions.FragmentFlag) || root.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        if (root.TryGetProperty("TikTokMonetization", out _))
        {
            return CheckConfiguration(block.Text);
        }

        // The command-line tool's JSON output carries a schemaVersion; it mentions a creator but is not a snapshot.
        var isToolOutput = root.TryGetProperty("schemaVersion", out _);
        return !isToolOutput && (root.TryGetProperty("profile", out _) || root.TryGetProperty("creatorId", out _)) ? CheckSnapshot(block) : [];
    }

    private static List<string> CheckConfiguration(string json)
    {
        var section = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build().GetSection("TikTokMonetization");
        var problems = section.AsEnumerable(makePathsRelative: true)
            .Where(pair => !SdkConfiguration.IsKnown(pair.Key))
            .Select(pair => $"TikTokMonetization:{pair.Key} is not an option the SDK binds")
            .ToList();

        var services = new ServiceCollection();
        services.AddTikTokMonetization(section).AddBuiltInModels(section);
        using var provider = services.BuildServiceProvider();
        try
        {
            provider.GetRequiredService<IStartupValidator>().Validate();
        }
        catch (OptionsValidationException ex)
        {
            problems.AddRange(ex.Failures);
        }
        catch (AggregateException ex)
        {
            problems.AddRange(ex.InnerExceptions.SelectMany(e => e is OptionsValidationException o ? o.Failures : [e.Message]));
        }

        return problems;
    }

    private static List<string> CheckSnapshot(FencedCodeBlock block)
    {
        try
        {
            var snapshot = CreatorSnapshotJson.Deserialize(block.Text, block.ToString());
            return block.Flags.Where(f => f.StartsWith(SamplePrefix, StringComparison.Ordinal))
                .Where(f => !Equals(typeof(SampleCreators).GetProperty(f[SamplePrefix.Length..])?.GetValue(null), snapshot))
                .Select(f => $"the snapshot is not {f}; change the two together")
                .ToList();
        }
        catch (Exception ex) when (ex is CreatorSnapshotFormatException or InvalidCreatorSnapshotException)
        {
            return [ex.Message];
        }
    }

    private static bool IsJson(FencedCodeBlock block) => block.Language is "json" or "jsonc";
}
