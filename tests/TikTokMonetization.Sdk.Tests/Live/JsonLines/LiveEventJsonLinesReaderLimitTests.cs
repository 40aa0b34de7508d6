using System.Text;
using TikTokMonetization.Live;

namespace TikTokMonetization.Tests;

/// <summary>
/// The line-length limit exactly: a valid line of 65,536 characters is read as its event, one of 65,537 is reported and
/// skipped; through text and through bytes, with the line inside one buffer's worth or across many.
/// </summary>
public sealed class LiveEventJsonLinesReaderLimitTests
{
    private const string Event = """{"type":"viewers","time":1740859200000,"count":5}""";
    private const string Next = """{"type":"viewers","time":1740859200001,"count":6}""";

    public static TheoryData<string, bool> Paths() => new()
    {
        { "text", false },
        { "bytes", true },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public void ALineOfExactlyTheLimit_IsRead(string path, bool bytes)
    {
        var (events, errors, lines) = Read(Event.PadRight(65_536) + "\n" + Next + "\n", bytes);

        Assert.True(errors.Count == 0, path + ": " + string.Join("; ", errors));
        Assert.Equal([5L, 6L], events.Select(e => e.AsViewerCount().Viewers));
        Assert.Equal(2, lines);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void ALineOfExactlyTheLimit_IsReadToItsLastCharacter(string path, bool bytes)
    {
        // The closing brace is the 65,536th character, so a reader that dropped the last piece of a long line would fail.
        var line = Event[..^1].PadRight(65_535) + "}";
        var (events, errors, _) = Read(line + "\n" + line, bytes);

        Assert.True(errors.Count == 0, path + ": " + string.Join("; ", errors));
        Assert.Equal([5L, 5L], events.Select(e => e.AsViewerCount().Viewers));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void ALineOneCharacterOverTheLimit_IsReported_AndTheNextIsRead(string path, bool bytes)
    {
        var (events, errors, lines) = Read(Event.PadRight(65_537) + "\r\n" + Next, bytes);

        Assert.Equal([6L], events.Select(e => e.AsViewerCount().Viewers));
        Assert.Equal(["s.jsonl: line 1: the line is 65,537 characters long; a line may be at most 65,536 (see docs/input-limits.md), so it was skipped unread"], errors);
        Assert.True(lines == 2, path);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void BlankLines_AreCounted_AndSkippedWithoutAWord(string path, bool bytes)
    {
        var (events, errors, lines) = Read("\n \t\r\n" + Event + "\r\r\n" + Next, bytes);

        Assert.Equal([5L, 6L], events.Select(e => e.AsViewerCount().Viewers));
        Assert.True(errors.Count == 0, path);
        Assert.Equal(5, lines);
    }

    [Fact]
    public void OpenFile_WithoutAPath_IsRefusedByName() =>
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => LiveEventJsonLinesReader.OpenFile(null!)).ParamName);

    private static (List<LiveEvent> Events, List<string> Errors, long Lines) Read(string text, bool bytes)
    {
        using var reader = bytes
            ? new LiveEventJsonLinesReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), "s.jsonl")
            : new LiveEventJsonLinesReader(new StringReader(text), "s.jsonl");
        var events = reader.ReadAll().ToList();
        return (events, reader.Errors.Select(e => e.ToString()).ToList(), reader.LinesRead);
    }
}
