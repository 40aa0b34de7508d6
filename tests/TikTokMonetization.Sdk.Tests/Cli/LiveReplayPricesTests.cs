namespace TikTokMonetization.Tests;

/// <summary>
/// <c>live replay</c> shows what viewers paid beside what the creator receives, prices a gift of an unknown id by a name
/// only one catalog gift has, and reports a shared name with its candidates instead of guessing.
/// </summary>
public sealed class LiveReplayPricesTests
{
    private const string Session = """
        {"type":"gift","time":"2025-03-01T20:00:01Z","giftId":990001,"giftName":"Rose","giftType":1,"senderId":"1","senderName":"ana","groupId":"1","repeatCount":100,"repeatEnd":true}
        {"type":"gift","time":"2025-03-01T20:00:02Z","giftId":990002,"giftName":"Heart","giftType":1,"senderId":"2","senderName":"ben","groupId":"2","repeatCount":4,"repeatEnd":true}
        """;

    [Fact]
    public void Replay_ShowsWhatViewersPaid_BesideWhatTheCreatorReceives()
    {
        using var directory = new TempDirectory();
        var file = directory.Write("session.jsonl", Session);

        var result = CliRunner.Run("live", "replay", file);
        var text = Unwrapped(result.Output);

        Assert.Equal(0, result.Exit);
        // 100 coins at us-2024's packs: 1.29 (100 for 1.29) to 1.35 (10,000 for 134.99), median 1.34; the creator gets 0.50.
        Assert.Contains("Viewers paid about 1.34 USD for these 100 coins (1.29..1.35 across the coin packs 'us-2024' (2024-04-15, channel not stated)", text, StringComparison.Ordinal);
        Assert.Contains("the creator receives 0.50 USD, 37.0 %..38.8 % of what they paid.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_PricesAnUnknownIdByItsUniqueName_AndListsASharedNameUnderDataQuality()
    {
        using var directory = new TempDirectory();
        var file = directory.Write("session.jsonl", Session);

        var result = CliRunner.Run("live", "replay", file);

        Assert.Matches(@"Rose\s+990001\s+1\s+catalog name\s+100\s+0\s+100", result.Output);
        Assert.Matches(@"Heart\s+990002\s+\?\s+unknown\s+0\s+4\s+0", result.Output);
        Assert.Contains("- Gift 'Heart' (id 990002) is not priced: its id is not in the gift catalog, and 2 catalog gifts share its name (6247 at 1 coin, 5480 at 10 coins), so none was chosen.", Unwrapped(result.Output), StringComparison.Ordinal);
    }

    // Long lines wrap at the output's width; the assertions read the text as one paragraph.
    private static string Unwrapped(string output) => System.Text.RegularExpressions.Regex.Replace(output, @"\r?\n *", " ");

    [Fact]
    public void ReplayJson_CarriesTheViewerCost_ThePriceSources_AndTheSharedNames()
    {
        using var directory = new TempDirectory();
        var file = directory.Write("session.jsonl", Session);

        var result = CliRunner.Run("live", "replay", file, "--format", "json", "--coin-prices", "EU-WEB");

        Assert.Equal(0, result.Exit);
        Assert.Contains("\"viewerCost\": {", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"table\": \"eu-web\"", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"currency\": \"EUR\"", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"priceSource\": \"catalogByName\"", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"sharedNameMatches\": [", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"giftId\": 5480", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void Replay_WithTopBelowOne_IsAUsageError(string top)
    {
        using var directory = new TempDirectory();
        var file = directory.Write("session.jsonl", Session);

        var result = CliRunner.Run("live", "replay", file, "--top", top);

        Assert.Equal(2, result.Exit);
        Assert.StartsWith($"error: --top is {top}; it must be 1 or greater.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_WithAnUnknownCoinPriceTable_NamesTheOptionAndSuggests()
    {
        using var directory = new TempDirectory();
        var file = directory.Write("session.jsonl", Session);

        var result = CliRunner.Run("live", "replay", file, "--coin-prices", "us-2023");

        Assert.Equal(2, result.Exit);
        Assert.Equal(string.Empty, result.Output);
        Assert.StartsWith("error: --coin-prices is 'us-2023'; it must name a coin price table: us-2024, us-in-app-2021-2023, us-web-2022, uk-in-app, eu-web. Did you mean 'us-2024'?" + Environment.NewLine, result.Error, StringComparison.Ordinal);
    }
}
