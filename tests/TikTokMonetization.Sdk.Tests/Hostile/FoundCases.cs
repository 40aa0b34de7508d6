// The tool (and its test runner) is net10.0 only; the netstandard2.0 test build leaves these out, as it leaves out Cli/.
#if !SDK_NETSTANDARD
using TikTokMonetization.Cli;
using TikTokMonetization.Live;
using TikTokMonetization.Serialization;

namespace TikTokMonetization.Tests;

/// <summary>Inputs the corpus or the fuzz properties found unclean, kept so that they stay fixed.</summary>
public sealed class FoundCases
{
    [Fact]
    public void EventLine_WithALoneSurrogate_IsReportedNotThrown() =>
        Assert.False(LiveEventJson.TryParse("{\"type\":\"follow\",\"time\":\"2025-03-01T20:00:00Z\",\"senderName\":\"\uD800\"}", out _, out _));

    [Fact]
    public void CreatorText_WithALoneSurrogate_IsAFormatError() =>
        Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize("{\"creatorId\":\"\uDC00\"}"));

    [Fact]
    public void Argument_WithANulCharacter_IsAUsageError_NotACrash()
    {
        // Found by the argument corpus: System.CommandLine threw ArgumentException while parsing "--input a\0b".
        var (exit, _, error) = CliRunner.Run("estimate", "--input", "a\0b");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.StartsWith("error: argument 3", error, StringComparison.Ordinal);
    }
}
#endif
