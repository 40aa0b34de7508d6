using System.Text.Json;
using System.Text.RegularExpressions;
using TikTokMonetization.Cli;
using static TikTokMonetization.Tests.CliRunner;

namespace TikTokMonetization.Tests;

/// <summary><c>--format json</c>: documents that parse, have the fields docs/cli.md documents, and add up.</summary>
public sealed partial class JsonOutputTests
{
    [Fact]
    public void Estimate_AsJson_HasEveryStreamsRangeRulesBreakdownWithSourcesAndTotals()
    {
        var (exit, output, error) = Run("estimate", "--format", "json");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(CliJson.SchemaVersion, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("estimate", root.GetProperty("command").GetString());
        Assert.Equal("sample-mid-tier-us", root.GetProperty("creatorId").GetString());
        Assert.Equal("USD", root.GetProperty("currency").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("exchangeRates").ValueKind);
        var streams = root.GetProperty("streams").EnumerateArray().ToList();
        Assert.Equal(6, streams.Count);
        foreach (var stream in streams)
        {
            Assert.Equal("USD", stream.GetProperty("range").GetProperty("currency").GetString());
            Assert.NotEmpty(stream.GetProperty("breakdown").EnumerateArray());
            Assert.All(stream.GetProperty("breakdown").EnumerateArray(), line => Assert.False(string.IsNullOrWhiteSpace(line.GetProperty("source").GetString())));
            Assert.All(stream.GetProperty("eligibilityRules").EnumerateArray(), rule => Assert.True(rule.GetProperty("met").GetBoolean()));
        }

        var total = root.GetProperty("total");
        foreach (var point in new[] { "low", "expected", "high" })
        {
            Assert.Equal(total.GetProperty(point).GetDecimal(), streams.Sum(s => s.GetProperty("range").GetProperty(point).GetDecimal()));
        }

        Assert.Equal(661.99m, streams[0].GetProperty("range").GetProperty("expected").GetDecimal());
        Assert.Equal(0.1671m, streams[0].GetProperty("shareOfExpected").GetDecimal());
        Assert.Equal<string>(["visibility", "liveRetention"], streams[0].GetProperty("likes").GetProperty("channels").EnumerateArray().Select(c => c.GetString()!).ToList());
    }

    [Fact]
    public void Estimate_AsJsonInEuros_NamesTheExchangeRates()
    {
        using var document = JsonDocument.Parse(Run("estimate", "--currency", "EUR", "--format", "json").Output);

        var rates = document.RootElement.GetProperty("exchangeRates");
        Assert.StartsWith("European Central Bank", rates.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal("2025-06-02", rates.GetProperty("asOf").GetString());
        Assert.Equal("USD", document.RootElement.GetProperty("streams")[0].GetProperty("modelRange").GetProperty("currency").GetString());
    }

    [Theory]
    [InlineData("estimate")]
    [InlineData("eligibility")]
    [InlineData("likes")]
    public void JsonExampleInTheCliReference_HasExactlyTheFieldsTheToolWrites(string command)
    {
        var reference = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "cli.md"));
        var example = JsonExample().Matches(reference).Single(m => m.Groups["command"].Value == command).Groups["json"].Value;

        var documented = FieldPaths(example);
        var written = FieldPaths(Run(command, "--sample", "newcomer", "--currency", "EUR", "--format", "json").Output);

        Assert.Equal(written, documented);
    }

    // Every property path in a document, with array items folded together: "streams[].breakdown[].source".
    private static SortedSet<string> FieldPaths(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        Collect(document.RootElement, string.Empty, paths);
        return paths;
    }

    private static void Collect(JsonElement element, string path, SortedSet<string> paths)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var child = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    paths.Add(child);
                    Collect(property.Value, child, paths);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, path + "[]", paths);
                }

                break;
        }
    }

    [GeneratedRegex(@"<!-- json: (?<command>\w+) -->\s*```json\n(?<json>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex JsonExample();
}
