using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TikTokMonetization.Internal;
using TikTokMonetization.Live;

namespace TikTokMonetization.Tests;

/// <summary>
/// The reader's cache of recurring names: a name reads as the text a JSON parser gives it, however it is escaped, or as
/// nothing when it is not valid UTF-8 or escapes a lone surrogate (the reader then leaves the line to the serializer,
/// which words the error); and the cache keeps one string per name up to its bounds, and none beyond them.
/// </summary>
public sealed class Utf8NameCacheTests
{
    // Each piece is one or two UTF-16 units: every length of UTF-8 and its boundaries, the characters JSON must escape,
    // the short escapes' characters, pairs at both ends of the supplementary planes, and lone surrogates of each half.
    private static readonly string[] Pieces =
    [
        "a", "Z", "0", " ", "\"", "\\", "/", "\b", "\f", "\n", "\r", "\t", "\u0000", "\u001f", "\u007f",
        "\u0080", "é", "\u07ff", "\u0800", "€", "\ufffd", "\uffff",
        "\U00010000", "😀", "\U0010ffff", "\ud800", "\udbff", "\udc00", "\udfff", "\ud83d",
    ];

    [Property(Arbitrary = [typeof(Utf8NameCacheTests)], MaxTest = 1_000)]
    public Property Get_OfAnyEscapingOfAName_ReadsAsTheName_OrNothingForALoneSurrogate(EscapedName name)
    {
        var read = new Utf8NameCache().Get(name.Utf8, escaped: true);
        var wellFormed = SafeText.LoneSurrogate(name.Text) is null;
        return (wellFormed ? read == name.Text : read is null)
            .Classify(!wellFormed, "lone surrogate")
            .Classify(wellFormed && name.Text.Any(char.IsSurrogate), "pair");
    }

    /// <summary>The generator of <see cref="EscapedName"/>, registered for the law above.</summary>
    /// <returns>Names of up to 12 pieces, each written raw or escaped in every form JSON allows.</returns>
    public static Arbitrary<EscapedName> EscapedNames() =>
        (from count in Gen.Choose(0, 12)
         from pieces in Gen.ArrayOf(Gen.Elements(Pieces), count)
         from forms in Gen.ArrayOf(Gen.Choose(0, 3), 24)
         select Escape(string.Concat(pieces), forms)).ToArbitrary();

    [Theory]
    [InlineData("\\u007F", 0x7F)]
    [InlineData("\\u0080", 0x80)]
    [InlineData("\\u07ff", 0x7FF)]
    [InlineData("\\u0800", 0x800)]
    [InlineData("\\u20AC", 0x20AC)]
    [InlineData("\\uFFFF", 0xFFFF)]
    [InlineData("\\ud800\\udc00", 0x10000)]
    [InlineData("\\uD83D\\uDE00", 0x1F600)]
    [InlineData("\\uDBFF\\uDFFF", 0x10FFFF)]
    [InlineData("\\u00aA", 0xAA)]
    [InlineData("\\u00Ff", 0xFF)]
    [InlineData("\\u0bcd", 0xBCD)]
    [InlineData("\\u0BCD", 0xBCD)]
    public void Get_AUnicodeEscape_AtEachBoundaryOfUtf8AndOfTheHexDigits_ReadsAsItsCodePoint(string escaped, int codePoint) =>
        Assert.Equal(char.ConvertFromUtf32(codePoint), new Utf8NameCache().Get(Encoding.ASCII.GetBytes(escaped), escaped: true));

    [Theory]
    [InlineData("abc\\")]
    [InlineData("\\x")]
    [InlineData("\\U0041")]
    [InlineData("\\u004")]
    [InlineData("\\u004`")]
    [InlineData("\\u004g")]
    [InlineData("\\u004@")]
    [InlineData("\\u004G")]
    [InlineData("\\u004/")]
    [InlineData("\\u004:")]
    [InlineData("\\uD83D")]
    [InlineData("\\uD83D\\")]
    [InlineData("\\uD83D\\n")]
    [InlineData("\\uD83Dx\\uDE00")]
    [InlineData("\\uD83D\\u0041")]
    [InlineData("\\uD83D\\uDBFF")]
    [InlineData("\\uD83D\\uE000")]
    [InlineData("\\uDC00")]
    [InlineData("\\uDFFF")]
    [InlineData("\\uDE00\\uD83D")]
    public void Get_AnEscapeJsonHasNot_OrALoneSurrogate_ReadsAsNothing(string escaped) =>
        Assert.Null(new Utf8NameCache().Get(Encoding.ASCII.GetBytes(escaped), escaped: true));

    [Theory]
    [InlineData(new byte[] { 0x61, 0xC3, 0x28 }, false)]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, false)]
    [InlineData(new byte[] { 0xFF }, false)]
    [InlineData(new byte[] { 0x5C, 0x6E, 0xC3 }, true)]
    public void Get_BytesThatAreNotUtf8_ReadAsNothing_NotAsReplacementCharacters(byte[] utf8, bool escaped)
    {
        var cache = new Utf8NameCache();

        Assert.Null(cache.Get(utf8, escaped));
        Assert.Null(cache.Get(utf8, escaped));
    }

    [Fact]
    public void Get_TheSameName_ReturnsTheSameString_UpToTheLongestNameKept()
    {
        var cache = new Utf8NameCache();
        var longest = Encoding.UTF8.GetBytes(new string('é', Utf8NameCache.MaxKeyBytes / 2));
        var tooLong = Encoding.UTF8.GetBytes(new string('a', Utf8NameCache.MaxKeyBytes + 1));

        Assert.Same(cache.Get(longest, escaped: false), cache.Get(longest, escaped: false));
        var first = cache.Get(tooLong, escaped: false);
        var second = cache.Get(tooLong, escaped: false);
        Assert.Equal(new string('a', Utf8NameCache.MaxKeyBytes + 1), first);
        Assert.Equal(first, second);
        Assert.NotSame(first, second);
    }

    [Fact]
    public void Get_KeepsEveryNameThroughItsGrowth_UpToMaxEntries_AndNoneAfter()
    {
        var cache = new Utf8NameCache();
        var names = Enumerable.Range(0, Utf8NameCache.MaxEntries + 1).Select(i => Encoding.UTF8.GetBytes("gifter " + i.ToString(CultureInfo.InvariantCulture))).ToArray();
        var kept = names.Take(Utf8NameCache.MaxEntries).Select(n => cache.Get(n, escaped: false)).ToArray();

        for (var i = 0; i < kept.Length; i++)
        {
            Assert.Equal("gifter " + i.ToString(CultureInfo.InvariantCulture), kept[i]);
            Assert.Same(kept[i], cache.Get(names[i], escaped: false));
        }

        var last = names[Utf8NameCache.MaxEntries];
        var once = cache.Get(last, escaped: false);
        var again = cache.Get(last, escaped: false);
        Assert.Equal("gifter " + Utf8NameCache.MaxEntries.ToString(CultureInfo.InvariantCulture), once);
        Assert.Equal(once, again);
        Assert.NotSame(once, again);
        Assert.Same(kept[0], cache.Get(names[0], escaped: false));
    }

    [Fact]
    public void Get_AnEscapedAndAPlainSpellingOfOneName_ReadAlike_EachKeptByItsBytes()
    {
        var cache = new Utf8NameCache();
        var plain = cache.Get("Rose"u8, escaped: false);
        var escaped = cache.Get("\\u0052ose"u8, escaped: true);

        Assert.Equal("Rose", plain);
        Assert.Equal("Rose", escaped);
        Assert.Same(escaped, cache.Get("\\u0052ose"u8, escaped: true));
    }

    // Writes each character (or pair) in the form its number chooses, where JSON allows it: 0 raw UTF-8 (escaped when
    // JSON requires it), 1 a \u escape in lower-case hex, 2 in upper case, 3 the short escape when there is one.
    private static EscapedName Escape(string text, int[] forms)
    {
        var utf8 = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            var form = forms[i % forms.Length];
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var lone = !pair && char.IsSurrogate(text[i]);
            var mustEscape = text[i] is '"' or '\\' or < ' ';
            var shortEscape = text[i] switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '/' => "\\/",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => null,
            };

            if (form == 3 && shortEscape is not null)
            {
                utf8.AddRange(Encoding.ASCII.GetBytes(shortEscape));
            }
            else if (form == 0 && !lone && !mustEscape)
            {
                utf8.AddRange(Encoding.UTF8.GetBytes(text.Substring(i, pair ? 2 : 1)));
            }
            else
            {
                var hex = form == 1 ? "x4" : "X4";
                utf8.AddRange(Encoding.ASCII.GetBytes("\\u" + ((int)text[i]).ToString(hex, CultureInfo.InvariantCulture)));
                if (pair)
                {
                    utf8.AddRange(Encoding.ASCII.GetBytes("\\u" + ((int)text[i + 1]).ToString(hex, CultureInfo.InvariantCulture)));
                }
            }

            i += pair ? 1 : 0;
        }

        return new EscapedName(text, utf8.ToArray());
    }
}

/// <summary>A name and one JSON escaping of it, as UTF-8; shown as both.</summary>
public sealed record EscapedName(string Text, byte[] Utf8)
{
    public override string ToString() =>
        $"{string.Concat(Text.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture) + " "))}as {Encoding.UTF8.GetString(Utf8)}";
}
