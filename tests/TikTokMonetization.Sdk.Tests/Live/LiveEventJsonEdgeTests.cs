using System.Text;
using TikTokMonetization.Live;

namespace TikTokMonetization.Tests;

/// <summary>The recorded-session reader at the edge: every malformed line is reported and skipped, and reading goes on.</summary>
public sealed class LiveEventJsonEdgeTests
{
    private const string Good = """{"type":"gift","time":"2025-03-01T20:00:01Z","giftId":5655,"coins":1,"senderId":"1001","repeatCount":1,"repeatEnd":true}""";

    [Fact]
    public void TryParse_LoneSurrogate_ReportsTheLine_InsteadOfThrowing()
    {
        var ok = LiveEventJson.TryParse("{\"type\":\"follow\",\"time\":\"2025-03-01T20:00:00Z\",\"senderName\":\"a\uD800\"}", out _, out var error);

        Assert.False(ok);
        Assert.Contains("lone UTF-16 surrogate", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAll_AfterALoneSurrogateLine_ReadsTheRestOfTheFile()
    {
        var text = Good + "\n{\"type\":\"follow\",\"time\":\"2025-03-01T20:00:00Z\",\"senderName\":\"\uDC00\"}\n" + Good.Replace("1001", "1002", StringComparison.Ordinal) + "\n";
        using var reader = new LiveEventJsonLinesReader(new StringReader(text));

        var events = reader.ReadAll().ToList();

        Assert.Equal(2, events.Count);
        Assert.Equal(2L, Assert.Single(reader.Errors).LineNumber);
    }

    [Fact]
    public async Task ReadAllAsync_AfterALoneSurrogateLine_ReadsTheRestOfTheFile()
    {
        var text = Good + "\r\n{\"type\":\"share\",\"time\":\"2025-03-01T20:00:00Z\",\"senderName\":\"\uD83D\"}\r\n" + Good + "\r\n";
        using var reader = new LiveEventJsonLinesReader(new StringReader(text));

        var count = 0;
        await foreach (var _ in reader.ReadAllAsync())
        {
            count++;
        }

        Assert.Equal(2, count);
        Assert.Equal(3L, reader.LinesRead);
        Assert.Single(reader.Errors);
    }

    [Fact]
    public void ReadAll_ALineOfManyMegabytes_IsSkippedUnread_AndReadingGoesOn()
    {
        var huge = "{\"type\":\"follow\",\"senderName\":\"" + new string('x', 10_000_000) + "\"}";
        using var reader = new LiveEventJsonLinesReader(new StringReader(Good + "\n" + huge + "\n" + Good));

        var events = reader.ReadAll().ToList();

        Assert.Equal(2, events.Count);
        var error = Assert.Single(reader.Errors);
        Assert.Equal(2L, error.LineNumber);
        Assert.Contains("at most 65,536", error.Reason, StringComparison.Ordinal);
        Assert.True(error.Reason.Length < 300);
    }

    [Theory]
    [InlineData("\"3/1/2025\"", "expected ISO 8601")]
    [InlineData("\"March 1, 2025\"", "expected ISO 8601")]
    [InlineData("1740859200", "looks like Unix seconds")]
    [InlineData("1740859200000000", "looks like Unix microseconds")]
    [InlineData("0", "Unix milliseconds must be from")]
    [InlineData("\"1970-01-01T00:00:00Z\"", "between 2016-01-01 and 2100-01-01")]
    [InlineData("\"9999-12-31T00:00:00Z\"", "between 2016-01-01 and 2100-01-01")]
    public void Time_NotStrictIso8601OrPlausibleMilliseconds_IsReported(string time, string reason)
    {
        var ok = LiveEventJson.TryParse($$"""{"type":"viewers","time":{{time}},"count":5}""", out _, out var error);

        Assert.False(ok);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"2025-03-01T20:00:00Z\"")]
    [InlineData("\"2025-03-01T20:00:00.125+01:00\"")]
    [InlineData("\"2025-03-01T20:00\"")]
    [InlineData("1740859200000")]
    public void Time_Iso8601OrMilliseconds_IsRead(string time) =>
        Assert.True(LiveEventJson.TryParse($$"""{"type":"viewers","time":{{time}},"count":5}""", out _, out _));

    [Theory]
    [InlineData("""{"type":"gift","time":"2025-03-01T20:00:00Z","giftId":5655,"coins":1,"coins":44999,"senderId":1}""", "'coins' appears twice in the line; each field may appear once")]
    [InlineData("""{"type":"gift","time":"2025-03-01T20:00:00Z","giftId":5655,"senderId":1,"repeatCount":2147483647}""", "'repeatCount' is 2147483647")]
    [InlineData("""{"type":"gift","time":"2025-03-01T20:00:00Z","giftId":5655,"senderId":1,"coins":2147483647}""", "'coins' is 2147483647")]
    [InlineData("""{"type":"viewers","time":"2025-03-01T20:00:00Z","count":9223372036854775807}""", "viewers in a room must be at most")]
    [InlineData("""{"type":"like","time":"2025-03-01T20:00:00Z","count":2147483647}""", "one like message carries at most")]
    [InlineData("""{"type":"like","time":"2025-03-01T20:00:00Z","count":1,"total":9223372036854775807}""", "'total' is")]
    [InlineData("""{"type":"subscription","time":"2025-03-01T20:00:00Z","months":2147483647}""", "'months' is")]
    public void ImplausibleOrDuplicateValues_AreReported_NeverCounted(string line, string reason)
    {
        var ok = LiveEventJson.TryParse(line, out _, out var error);

        Assert.False(ok);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void SenderName_LongerThanTheLimit_IsReported()
    {
        var ok = LiveEventJson.TryParse("{\"type\":\"follow\",\"time\":\"2025-03-01T20:00:00Z\",\"senderName\":\"" + new string('a', 300) + "\"}", out _, out var error);

        Assert.False(ok);
        Assert.Contains("'senderName' is 300 characters long", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ControlCharactersInAnUnknownType_AreEscapedInTheReason()
    {
        var ok = LiveEventJson.TryParse("{\"type\":\"\\u001b]0;pwned\\u0007\",\"time\":\"2025-03-01T20:00:00Z\"}", out _, out var error);

        Assert.False(ok);
        Assert.NotNull(error);
        Assert.DoesNotContain('\u001b', error);
        Assert.DoesNotContain('\u0007', error);
    }

    [Fact]
    public void InvalidUtf8_IsReportedAndSkipped()
    {
        var bytes = Encoding.UTF8.GetBytes(Good + "\n").Concat(new byte[] { 0xFF, 0xFE, 0x7B, 0x0A }).Concat(Encoding.UTF8.GetBytes(Good)).ToArray();
        using var reader = new LiveEventJsonLinesReader(new StreamReader(new MemoryStream(bytes)));

        Assert.Equal(2, reader.ReadAll().Count());
        Assert.Single(reader.Errors);
    }
}
