using System.Text.RegularExpressions;
using TikTokMonetization.Creators;
using TikTokMonetization.Internal;
using TikTokMonetization.Live;
using TikTokMonetization.Serialization;

namespace TikTokMonetization.Tests;

/// <summary>
/// What a user reads when a message echoes untrusted text: control characters (C0, DEL, C1), bidirectional controls and
/// lone surrogates are shown as <c>\uXXXX</c>, a surrogate pair (an emoji) is shown as it is, and long text is cut with
/// its full length said. The test data writes a raw UTF-16 unit as <c>{XXXX}</c>, so that no test name holds a lone
/// surrogate or a control character; a <c>\uXXXX</c> in an expected text is the six characters the user reads.
/// </summary>
public sealed class SafeTextTests
{
    private const string Emoji = "{D83D}{DE00}";

    [Theory]
    [InlineData(0x0000)]
    [InlineData(0x0009)]
    [InlineData(0x001B)]
    [InlineData(0x001F)]
    [InlineData(0x007F)]
    [InlineData(0x0080)]
    [InlineData(0x009B)]
    [InlineData(0x009F)]
    [InlineData(0x061C)]
    [InlineData(0x200E)]
    [InlineData(0x200F)]
    [InlineData(0x202A)]
    [InlineData(0x202E)]
    [InlineData(0x2066)]
    [InlineData(0x2069)]
    public void Quote_AControlOrBidiCharacter_IsShownAsItsCodePoint(int code)
    {
        var shown = "\\u" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal("'a" + shown + "b'", SafeText.Quote("a" + (char)code + "b"));
        Assert.Equal("a" + shown + "b", SafeText.Clean("a" + (char)code + "b"));
    }

    [Theory]
    [InlineData(0x0020)]
    [InlineData(0x007E)]
    [InlineData(0x00A0)]
    [InlineData(0x061B)]
    [InlineData(0x061D)]
    [InlineData(0x200D)]
    [InlineData(0x2029)]
    [InlineData(0x202F)]
    [InlineData(0x2065)]
    [InlineData(0x206A)]
    public void Quote_ACharacterBesideTheUnsafeRanges_IsShownAsItIs(int code) =>
        Assert.Equal("'a" + (char)code + "b'", SafeText.Quote("a" + (char)code + "b"));

    [Theory]
    [InlineData("{D800}", @"'\uD800'")]
    [InlineData("{DC00}", @"'\uDC00'")]
    [InlineData("ab{D83D}", @"'ab\uD83D'")]
    [InlineData("a{DE00}b", @"'a\uDE00b'")]
    [InlineData("{DE00}{D83D}", @"'\uDE00\uD83D'")]
    [InlineData("{D83D}" + Emoji, @"'\uD83D" + Emoji + "'")]
    [InlineData(Emoji + "{D800}", "'" + Emoji + @"\uD800'")]
    [InlineData(Emoji + "{DC00}", "'" + Emoji + @"\uDC00'")]
    [InlineData("{0001}{DE00}", @"'\u0001\uDE00'")]
    [InlineData("{0001}ab{D83D}", @"'\u0001ab\uD83D'")]
    public void Quote_ALoneSurrogate_IsShownAsItsCodePoint(string text, string shown) =>
        Assert.Equal(Chars(shown), SafeText.Quote(Chars(text)));

    [Theory]
    [InlineData(Emoji)]
    [InlineData("a" + Emoji + "b")]
    [InlineData(Emoji + Emoji)]
    public void Quote_ASurrogatePair_IsShownAsItIs(string text) =>
        Assert.Equal("'" + Chars(text) + "'", SafeText.Quote(Chars(text)));

    [Theory]
    [InlineData("{0001}" + Emoji, @"'\u0001" + Emoji + "'")]
    [InlineData(Emoji + "{0001}", "'" + Emoji + @"\u0001'")]
    [InlineData("a{001B}[31mred{202E}" + Emoji + "b", @"'a\u001B[31mred\u202E" + Emoji + "b'")]
    public void Quote_TextWithAnUnsafeCharacter_KeepsEverythingElseAsItIs(string text, string shown) =>
        Assert.Equal(Chars(shown), SafeText.Quote(Chars(text)));

    [Fact]
    public void Clean_EscapesWithoutQuoting_AndLeavesPrintableTextAlone()
    {
        Assert.Equal("plain text", SafeText.Clean("plain text"));
        Assert.Equal(@"a\u001Bb\uD800" + Chars(Emoji), SafeText.Clean(Chars("a{001B}b{D800}" + Emoji)));
    }

    [Fact]
    public void Quote_Null_IsTheWordNull_AndEmptyTextIsTwoQuotes()
    {
        Assert.Equal("null", SafeText.Quote(null));
        Assert.Equal("''", SafeText.Quote(string.Empty));
    }

    [Fact]
    public void Quote_TextOfTheEchoLimit_IsWhole_AndLongerTextIsCutWithItsLengthSaid()
    {
        var limit = new string('x', InputLimits.EchoLength);

        Assert.Equal("'" + limit + "'", SafeText.Quote(limit));
        Assert.Equal("'" + limit + "'… (65 characters)", SafeText.Quote(limit + "y"));
    }

    [Theory]
    [InlineData("abcdef", 3, "'abc'… (6 characters)")]
    [InlineData("abc", 3, "'abc'")]
    [InlineData("{0001}bcdef", 2, @"'\u0001b'… (6 characters)")]
    [InlineData("ab" + Emoji + "cd", 3, "'ab" + Emoji + "'… (6 characters)")]
    [InlineData("ab{D83D}cd", 3, @"'ab\uD83D'… (5 characters)")]
    public void Quote_CutsAtTheGivenLength_NeverInsideASurrogatePair(string text, int max, string shown) =>
        Assert.Equal(Chars(shown), SafeText.Quote(Chars(text), max));

    [Fact]
    public void Quote_TheFullLength_IsWrittenWithInvariantDigitGrouping()
    {
        Assert.Equal("'xx'… (1,234 characters)", SafeText.Quote(new string('x', 1_234), 2));
        Assert.Equal(new string('y', 400) + "… (401 characters)", SafeText.Clean(new string('y', 401)));
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("abc", null)]
    [InlineData(Emoji, null)]
    [InlineData("a" + Emoji + "b" + Emoji, null)]
    [InlineData("{D800}", 0)]
    [InlineData("{DC00}", 0)]
    [InlineData("ab{D83D}", 2)]
    [InlineData("a{DE00}b", 1)]
    [InlineData(Emoji + "{DE00}", 2)]
    [InlineData("{D83D}" + Emoji, 0)]
    public void LoneSurrogate_IsTheIndexOfTheFirstUnpairedHalf_AndAPairIsNone(string text, int? index) =>
        Assert.Equal(index, SafeText.LoneSurrogate(Chars(text)));

    [Fact]
    public void AnEmoji_InACreatorSnapshotOrAnEventLine_IsReadAsText()
    {
        var emoji = Chars(Emoji);

        Assert.Equal(emoji + "creator", CreatorSnapshotJson.Deserialize("{ \"creatorId\": \"" + emoji + "creator\" }").CreatorId);

        Assert.True(
            LiveEventJson.TryParse("{\"type\":\"follow\",\"time\":\"2025-03-01T20:00:00Z\",\"senderId\":7,\"senderName\":\"" + emoji + "\"}", out var follow, out var error),
            error);
        Assert.Equal(emoji, follow.AsFollow().SenderName);
    }

    [Fact]
    public void ARegionWithABidiOverrideOrALoneSurrogate_IsEchoedEscaped_InTheValidationProblem()
    {
        var reversed = Assert.Single(new CreatorSnapshot { CreatorId = "c", Profile = new CreatorProfile { Region = "\u202ESU" } }.Validate());
        Assert.Equal(@"'\u202ESU'", reversed.Value);

        var broken = Assert.Single(new CreatorSnapshot { CreatorId = "c", Profile = new CreatorProfile { Region = "U\uD800" } }.Validate());
        Assert.Equal(@"'U\uD800'", broken.Value);
    }

    /// <summary>Turns each <c>{XXXX}</c> into the UTF-16 unit it names.</summary>
    private static string Chars(string notation) =>
        Regex.Replace(notation, "\\{([0-9A-F]{4})\\}", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
}
