using System.Text;
using TikTokMonetization.Creators;
using TikTokMonetization.Serialization;

namespace TikTokMonetization.Tests;

/// <summary>
/// The creator reader's edges, found by the mutation run of the serialization folder (issue 12): the size limit's exact
/// boundary on each entry point, how much of an oversized stream is read, the argument checks, and the whole text of
/// each error the reader writes itself.
/// </summary>
public sealed class CreatorSnapshotJsonEdgeTests
{
    private const int Limit = 1024 * 1024;

    private const string Small = """{ "creatorId": "@edge", "profile": { "followers": 12 } }""";

    /// <summary>A valid snapshot padded with spaces to exactly <paramref name="length"/> characters (all ASCII, so as many bytes).</summary>
    private static string Padded(int length) => Small + new string(' ', length - Small.Length);

    [Fact]
    public void NullArguments_AreRefused_NamingTheParameter()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => CreatorSnapshotJson.Deserialize((string)null!)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => CreatorSnapshotJson.Deserialize((Stream)null!)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => CreatorSnapshotJson.ReadFile(null!)).ParamName);
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => CreatorSnapshotJson.Serialize(null!)).ParamName);
    }

    [Fact]
    public void Text_OfExactlyTheLimit_IsRead_AndOneCharacterMore_IsRefusedWithItsSize()
    {
        Assert.Equal(12, CreatorSnapshotJson.Deserialize(Padded(Limit)).Profile.Followers);

        var ex = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize(Padded(Limit + 1)));
        Assert.Equal(
            "creator snapshot: the input is 1,048,577 characters; a creator snapshot may be at most 1,048,576 bytes (see docs/input-limits.md).",
            ex.Message);

        var named = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize(Padded(Limit + 1), "big.json"));
        Assert.StartsWith("big.json: the input is 1,048,577 characters;", named.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stream_OfExactlyTheLimit_IsRead()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Padded(Limit)));

        Assert.Equal(12, CreatorSnapshotJson.Deserialize(stream).Profile.Followers);
    }

    [Fact]
    public void Stream_BeyondTheLimit_IsRefusedAfterOneByteMore_NotReadWhole()
    {
        using var stream = new CountingStream(new MemoryStream(Encoding.UTF8.GetBytes(Padded(4 * Limit))));

        var ex = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize(stream));

        Assert.Equal(
            "creator snapshot: the input is 1,048,577 bytes or more; a creator snapshot may be at most 1,048,576 bytes (see docs/input-limits.md).",
            ex.Message);
        Assert.Equal(Limit + 1, stream.BytesRead);
    }

    [Fact]
    public void File_OfExactlyTheLimit_IsRead_AndOneByteMore_IsRefusedNamingThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), "edge-creator-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            File.WriteAllText(path, Padded(Limit));
            Assert.Equal(12, CreatorSnapshotJson.ReadFile(path).Profile.Followers);

            File.WriteAllText(path, Padded(Limit + 1));
            var ex = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.ReadFile(path));
            Assert.Equal(
                path + ": the input is 1,048,577 bytes or more; a creator snapshot may be at most 1,048,576 bytes (see docs/input-limits.md).",
                ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void File_InAFolderThatDoesNotExist_SaysNoSuchDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), "creator.json");

        var ex = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.ReadFile(path));

        Assert.Equal(path + ": cannot be read as a creator snapshot: no such directory", ex.Message);
    }

    [Fact]
    public void LoneSurrogate_IsRefused_NamingItsPosition_CountedFromOne()
    {
        var json = "{ \"creatorId\": \"a\uD800b\" }";

        var ex = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize(json));
        Assert.Equal("creator snapshot: character 18 is a lone UTF-16 surrogate (U+D800); the text is not valid Unicode.", ex.Message);

        var named = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize(json, "s.json"));
        Assert.StartsWith("s.json: character 18 ", named.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonNull_IsRefused_AsNotAnObject()
    {
        var ex = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize("null"));
        Assert.Equal("creator snapshot: the JSON is 'null'; expected an object.", ex.Message);
        Assert.Equal("$", ex.Path);

        var named = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize(" null ", "n.json"));
        Assert.Equal("n.json: the JSON is 'null'; expected an object.", named.Message);
    }

    [Fact]
    public void AValueOfTheWrongKind_SaysWhereAsPathLineAndPosition()
    {
        var ex = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize("{\n  \"videos\": { \"views\": \"many\" } }"));

        Assert.Equal("creator snapshot: $.videos.views (line 2, position 30): the value must be a whole number.", ex.Message);
    }

    [Fact]
    public void AnUnknownFieldAtTheTop_IsNotAFieldOfTheCreatorSnapshot()
    {
        var ex = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize("""{ "bogus": 1 }"""));

        Assert.Equal("creator snapshot: $.bogus (line 1, position 11): 'bogus' is not a field of the creator snapshot.", ex.Message);
    }

    [Fact]
    public void AnUnknownFieldWithADotInItsName_IsNamedWhole_NotSplitAtTheDot()
    {
        // System.Text.Json writes such a name as ['fol.lowers']; it once read as "'lowers']' is not a field of 'profile['fol'".
        var nested = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize("""{ "profile": { "fol.lowers": 1 } }"""));
        Assert.Equal("creator snapshot: $.profile['fol.lowers'] (line 1, position 29): 'fol.lowers' is not a field of 'profile'.", nested.Message);

        var top = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize("""{ "a.b": 1 }"""));
        Assert.Equal("creator snapshot: $['a.b'] (line 1, position 9): 'a.b' is not a field of the creator snapshot.", top.Message);
    }

    [Fact]
    public void AnUnknownField_WhoseNameThePathCannotHold_IsNamedByThePath_WithoutTypeNames()
    {
        var unknown = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize("""{ "a']b": 1 }"""));
        Assert.Equal("creator snapshot: $['a']b'] (line 1, position 10): the field at this path is not a field of a creator snapshot.", unknown.Message);

        // Unknown comes before repeated: the serializer refuses an unknown name before it could see it twice.
        var repeated = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize("""{ "profile": { "x']y": 1, "x']y": 2 } }"""));
        Assert.Equal("creator snapshot: $.profile['x']y'] (line 1, position 23): the field at this path is not a field of a creator snapshot.", repeated.Message);
    }

    [Fact]
    public void TheSerializersTypeNames_AreReplacedByThePublicOnes()
    {
        Assert.Equal(
            "type 'TikTokMonetization.Creators.CreatorProfile' and 'TikTokMonetization.Creators.CreatorSnapshot'",
            CreatorSnapshotDocument.UsePublicTypeNames("type 'TikTokMonetization.Serialization.CreatorProfileDocument' and 'TikTokMonetization.Serialization.CreatorSnapshotDocument'"));
    }

    [Fact]
    public void AnInvalidSnapshot_WithoutASourceName_ListsItsProblems()
    {
        var ex = Assert.Throws<InvalidCreatorSnapshotException>(() => CreatorSnapshotJson.Deserialize("""{ "profile": { "followers": -1 } }"""));

        // No made-up source name, and no "(Parameter ...)" after the last problem; the argument is still named.
        Assert.Equal(
            "The creator snapshot's JSON is invalid (1 problem):" + Environment.NewLine
            + "  - $.profile.followers (Profile.Followers) is -1; it must be zero or greater.",
            ex.Message);
        Assert.Null(ex.SourceName);
        Assert.Equal("json", ex.ParamName);
    }

    [Fact]
    public void AnInvalidSnapshot_FromAStreamOrAFile_NamesTheArgumentThatHeldIt()
    {
        var json = """{ "profile": { "followers": -1 } }"""u8.ToArray();
        var fromStream = Assert.Throws<InvalidCreatorSnapshotException>(() => CreatorSnapshotJson.Deserialize(new MemoryStream(json), "upload.json"));
        Assert.Equal("utf8Json", fromStream.ParamName);
        Assert.Equal("upload.json", fromStream.SourceName);
        Assert.StartsWith("The creator snapshot in 'upload.json' is invalid (1 problem):", fromStream.Message, StringComparison.Ordinal);
        Assert.EndsWith("it must be zero or greater.", fromStream.Message, StringComparison.Ordinal);

        var path = Path.Combine(Path.GetTempPath(), $"invalid-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(path, json);
        try
        {
            var fromFile = Assert.Throws<InvalidCreatorSnapshotException>(() => CreatorSnapshotJson.ReadFile(path));
            Assert.Equal("path", fromFile.ParamName);
            Assert.Equal(path, fromFile.SourceName);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AnInvalidSnapshot_CheckedInCode_ListsItsProblemsByPropertyPath_WithoutTheParameterAfterTheLast()
    {
        var ex = Assert.Throws<InvalidCreatorSnapshotException>(() => new CreatorSnapshot { Profile = new CreatorProfile { Followers = -1 } }.ThrowIfInvalid());

        Assert.Equal("The creator snapshot is invalid (1 problem):" + Environment.NewLine + "  - " + ex.Problems[0], ex.Message);
        Assert.Equal("snapshot", ex.ParamName);
        Assert.DoesNotContain("(Parameter", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ADuplicateKey_IsNamedInTheFilesWords_WithoutTypeNames()
    {
        // The serializer's own words named a .NET type: "... during deserialization of type 'TikTokMonetization.Creators.ShortVideoStats'".
        var nested = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize("""{ "videos": { "views": 1, "views": 2 } }"""));
        Assert.Equal("creator snapshot: $.videos.views (line 1, position 37): 'views' appears twice in 'videos'; each field may appear once.", nested.Message);

        var top = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize("""{ "periodDays": 30, "periodDays": 28 }"""));
        Assert.Equal("creator snapshot: $.periodDays (line 1, position 37): 'periodDays' appears twice in the creator snapshot; each field may appear once.", top.Message);
    }

    [Fact]
    public void ADuplicateCurrency_InsideMoney_IsRefused()
    {
        var ex = Assert.Throws<CreatorSnapshotFormatException>(() =>
            CreatorSnapshotJson.Deserialize("""{ "merchandise": { "averageOrderValue": { "amount": 1, "currency": "USD", "currency": "EUR" } } }"""));

        Assert.Equal("creator snapshot: $.merchandise.averageOrderValue (line 1, position 92): Money has the property 'currency' twice; each property may appear once.", ex.Message);
    }

    /// <summary>Counts the bytes read through it.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
