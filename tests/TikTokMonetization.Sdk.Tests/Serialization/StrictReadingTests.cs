using TikTokMonetization.Creators;
using TikTokMonetization.Serialization;

namespace TikTokMonetization.Tests;

/// <summary>The creator reader reads strictly: no duplicate keys, no flags or numbers for names, bounded size and depth, and its own errors for files it cannot read.</summary>
public sealed class StrictReadingTests
{
    [Theory]
    [InlineData("""{ "videos": { "views": "many" } }""", "$.videos.views", "the value must be a whole number.")]
    [InlineData("""{ "videos": { "averageWatchSeconds": "long" } }""", "$.videos.averageWatchSeconds", "the value must be a number.")]
    [InlineData("""{ "profile": { "inGoodStanding": "yes" } }""", "$.profile.inGoodStanding", "the value must be true or false.")]
    [InlineData("""{ "creatorId": 12 }""", "$.creatorId", "the value must be text in quotes.")]
    [InlineData("""{ "merchandise": { "averageOrderValue": 25 } }""", "$.merchandise.averageOrderValue", "Money must be a string such as \"12.34 USD\" or an object")]
    [InlineData("""{ "videos": 3 }""", "$.videos", "the value must be an object in braces.")]
    public void ValueOfTheWrongKind_SaysWhatKindTheFieldTakes_InTheFilesWords(string json, string path, string words)
    {
        var ex = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize(json));

        Assert.Equal(path, ex.Path);
        Assert.Contains(words, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(".NET", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateKey_IsRefused_NamingTheKey()
    {
        var ex = Assert.Throws<CreatorSnapshotFormatException>(() =>
            CreatorSnapshotJson.Deserialize("""{ "profile": { "age": 27, "age": 15 } }""", "dup.json"));

        Assert.Equal("$.profile.age", ex.Path);
        Assert.Contains("'age' appears twice in 'profile'", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("TikTokMonetization", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateKey_InsideMoney_IsRefused()
    {
        var ex = Assert.Throws<CreatorSnapshotFormatException>(() =>
            CreatorSnapshotJson.Deserialize("""{ "merchandise": { "averageOrderValue": { "amount": 1, "amount": 900, "currency": "USD" } } }"""));

        Assert.Contains("'amount' twice", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Personal, Business\"")]
    [InlineData("1")]
    [InlineData("\"1\"")]
    [InlineData("\"Business,GovernmentOrPolitical\"")]
    public void AccountKind_IsReadOnlyByName(string value)
    {
        var ex = Assert.Throws<CreatorSnapshotFormatException>(() =>
            CreatorSnapshotJson.Deserialize($$"""{ "profile": { "accountKind": {{value}} } }"""));

        Assert.Equal("$.profile.accountKind", ex.Path);
        Assert.Contains("'Personal', 'Business' or 'GovernmentOrPolitical'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AccountKind_ByNameInAnyCase_IsRead() =>
        Assert.Equal(AccountKind.Business, CreatorSnapshotJson.Deserialize("""{ "profile": { "accountKind": "business" } }""").Profile.AccountKind);

    [Fact]
    public void ReadFile_MissingFile_IsAFormatErrorNamingThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-creator-" + Guid.NewGuid().ToString("N") + ".json");

        var ex = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.ReadFile(path));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("no such file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_Directory_IsAFormatErrorNamingThePath()
    {
        var path = Directory.CreateTempSubdirectory("tiktok-dir-").FullName;
        try
        {
            var ex = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.ReadFile(path));

            Assert.Contains(path, ex.Message, StringComparison.Ordinal);
            Assert.Contains("directory", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(path);
        }
    }

    [Fact]
    public void Stream_LargerThanTheLimit_IsRefusedWithoutReadingItWhole()
    {
        using var stream = new EndlessStream();

        var ex = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize(stream, "huge.json"));

        Assert.Contains("at most 1,048,576 bytes", ex.Message, StringComparison.Ordinal);
        Assert.True(stream.Position <= 2 * 1024 * 1024);
    }

    [Fact]
    public void DeepNesting_IsAFormatError_NamingWhereItStarts()
    {
        var json = "{ \"creatorId\": " + new string('[', 10_000) + new string(']', 10_000) + " }";

        var ex = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize(json));

        Assert.Equal("$.creatorId", ex.Path);
    }

    [Fact]
    public void LoneSurrogate_InText_IsAFormatError()
    {
        var ex = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize("{ \"creatorId\": \"a\uD800b\" }"));

        Assert.Contains("lone UTF-16 surrogate", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ControlCharacters_InAnUnknownKey_AreEscapedInTheMessage()
    {
        var ex = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize("{ \"\\u001b[2Jx\": 1 }"));

        Assert.DoesNotContain('\u001b', ex.Message);
        Assert.Contains("\\u001B", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValuesBeyondTheLimits_AreRefusedByTheReader()
    {
        var ex = Assert.Throws<InvalidCreatorSnapshotException>(() =>
            CreatorSnapshotJson.Deserialize("""{ "profile": { "followers": 9223372036854775807 }, "live": { "likes": 9223372036854775807 } }"""));

        Assert.Equal(["Profile.Followers", "Live.Likes"], ex.Problems.Select(p => p.Path));
    }

    /// <summary>A stream of spaces that never ends.</summary>
    private sealed class EndlessStream : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)' ', offset, count);
            _position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
