using TikTokMonetization.Live;

namespace TikTokMonetization.Tests;

/// <summary>A skipped line's error reads as where it is, then why: with its file's name when the reader was given one.</summary>
public sealed class LiveEventLineErrorTests
{
    [Fact]
    public void ToString_WithASource_NamesIt_BeforeTheLine() =>
        Assert.Equal("session.jsonl: line 12: 'time' is missing", new LiveEventLineError("session.jsonl", 12, "'time' is missing").ToString());

    [Fact]
    public void ToString_WithoutASource_StartsAtTheLine() =>
        Assert.Equal("line 3: 'count' is -1", new LiveEventLineError(null, 3, "'count' is -1").ToString());
}
