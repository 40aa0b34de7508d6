using System.Text;
using System.Text.Json;
using FsCheck.Xunit;
using TikTokMonetization.Creators;
using TikTokMonetization.Serialization;

namespace TikTokMonetization.Tests;

public sealed class CreatorSnapshotJsonTests
{
    private static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "creators", name);

    [Fact]
    public void ReadFile_ReadsTheSampleIntoTheExpectedValues()
    {
        var s = CreatorSnapshotJson.ReadFile(DataFile("valid-full.json"));

        Assert.Equal("@example.creator", s.CreatorId);
        Assert.Equal(28, s.PeriodDays);

        Assert.Equal(152_000, s.Profile.Followers);
        Assert.Equal(31, s.Profile.Age);
        Assert.Equal("DE", s.Profile.Region);
        Assert.Equal(AccountKind.Business, s.Profile.AccountKind);
        Assert.True(s.Profile.InGoodStanding);

        Assert.Equal(30, s.Videos.VideosPosted);
        Assert.Equal(9, s.Videos.LongVideosPosted);
        Assert.Equal(2_400_000, s.Videos.Views);
        Assert.Equal(1_100_000, s.Videos.QualifiedViews);
        Assert.Equal(18.25, s.Videos.AverageWatchSeconds);
        Assert.Equal(0.41, s.Videos.FinishRate);
        Assert.Equal(96_000, s.Videos.Likes);
        Assert.Equal(3_300, s.Videos.Comments);
        Assert.Equal(5_100, s.Videos.Shares);
        Assert.Equal(7_700, s.Videos.Saves);

        Assert.Equal(8, s.Live.Sessions);
        Assert.Equal(14.5, s.Live.Hours);
        Assert.Equal(215.5, s.Live.AverageConcurrentViewers);
        Assert.Equal(64_000, s.Live.Likes);
        Assert.Equal(new Coins(48_250), s.Live.CoinsGifted);
        Assert.Equal(1_200, s.Live.NewFollowers);

        Assert.NotNull(s.BrandDeals);
        Assert.Equal(3, s.BrandDeals.SponsoredPostsPerPeriod);
        Assert.Equal(61_000, s.BrandDeals.MedianViewsPerVideo);
        Assert.Equal(new Money(1_250m, Currency.Eur), s.BrandDeals.ObservedPricePerPost);

        Assert.NotNull(s.Merchandise);
        Assert.Equal(140, s.Merchandise.ObservedOrders);
        Assert.Equal(new Money(27.90m, Currency.Eur), s.Merchandise.AverageOrderValue);
        Assert.True(s.Merchandise.SellsThroughTikTokShop);

        Assert.NotNull(s.Affiliate);
        Assert.Equal(Money.Usd(3_400.50m), s.Affiliate.ObservedSales);
        Assert.Equal(0.15, s.Affiliate.CommissionRate);
    }

    [Fact]
    public void Deserialize_FromAStream_ReadsTheSameAsFromText()
    {
        var text = File.ReadAllText(DataFile("valid-full.json"));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var fromStream = CreatorSnapshotJson.Deserialize(stream);

        Assert.Equal(CreatorSnapshotJson.Serialize(CreatorSnapshotJson.Deserialize(text)), CreatorSnapshotJson.Serialize(fromStream));
    }

    [Property(Arbitrary = [typeof(FullSnapshotArbitraries)], MaxTest = 200, QuietOnSuccess = true)]
    public bool SerializeThenDeserialize_RoundTripsEveryValidSnapshot(CreatorSnapshot original)
    {
        var json = CreatorSnapshotJson.Serialize(original);
        var back = CreatorSnapshotJson.Deserialize(json);
        AssertSameFields(original, back);
        return CreatorSnapshotJson.Serialize(back) == json;
    }

    [Property(Arbitrary = [typeof(CreatorArbitraries)], MaxTest = 200, QuietOnSuccess = true)]
    public bool SerializeThenDeserialize_GivesAnEqualRecord_ForEveryGeneratedCreator(CreatorSnapshot original) =>
        CreatorSnapshotJson.Deserialize(CreatorSnapshotJson.Serialize(original)) == original;

    [Fact]
    public void SerializeThenDeserialize_RoundTripsTheSamples()
    {
        foreach (var sample in new[] { SampleCreators.MidTierUs, SampleCreators.Newcomer, SampleCreators.LikesOnly })
        {
            AssertSameFields(sample, CreatorSnapshotJson.Deserialize(CreatorSnapshotJson.Serialize(sample)));
        }
    }

    [Fact]
    public void Serialize_WritesCamelCaseNamesAndEnumsAsStrings()
    {
        var snapshot = new CreatorSnapshot
        {
            Profile = new CreatorProfile { AccountKind = AccountKind.GovernmentOrPolitical },
            Live = new LiveStats { Sessions = 1, Hours = 1, AverageConcurrentViewers = 3, CoinsGifted = new Coins(12.5m) },
            Affiliate = new AffiliateInputs { ObservedSales = Money.Usd(12.34m) },
        };

        using var doc = JsonDocument.Parse(CreatorSnapshotJson.Serialize(snapshot));
        var root = doc.RootElement;

        Assert.All(PropertyNames(root), name => Assert.True(char.IsLower(name[0]), $"'{name}' is not camelCase"));
        Assert.Equal("GovernmentOrPolitical", root.GetProperty("profile").GetProperty("accountKind").GetString());
        Assert.Equal(3d, root.GetProperty("live").GetProperty("averageConcurrentViewers").GetDouble());
        Assert.Equal(12.5m, root.GetProperty("live").GetProperty("coinsGifted").GetDecimal());
        var sales = root.GetProperty("affiliate").GetProperty("observedSales");
        Assert.Equal(12.34m, sales.GetProperty("amount").GetDecimal());
        Assert.Equal("USD", sales.GetProperty("currency").GetString());
    }

    [Fact]
    public void Deserialize_ReadsEnumsByName()
    {
        var s = CreatorSnapshotJson.Deserialize("""{ "profile": { "accountKind": "GovernmentOrPolitical" } }""");

        Assert.Equal(AccountKind.GovernmentOrPolitical, s.Profile.AccountKind);
    }

    [Fact]
    public void Deserialize_AllowsCommentsAndTrailingCommas()
    {
        const string json = """
            {
              // a line comment
              "periodDays": 14, /* a block comment */
              "videos": { "views": 10, "likes": 2, },
            }
            """;

        var s = CreatorSnapshotJson.Deserialize(json);

        Assert.Equal(14, s.PeriodDays);
        Assert.Equal(10, s.Videos.Views);
        Assert.Equal(2, s.Videos.Likes);
    }

    [Fact]
    public void Deserialize_ReadsCoinsFromANumber()
    {
        var s = CreatorSnapshotJson.Deserialize("""{ "live": { "sessions": 1, "hours": 2, "coinsGifted": 1234.5 } }""");

        Assert.Equal(new Coins(1234.5m), s.Live.CoinsGifted);
    }

    [Theory]
    [InlineData("\"12.34 USD\"")]
    [InlineData("\"USD 12.34\"")]
    [InlineData("{ \"amount\": 12.34, \"currency\": \"USD\" }")]
    [InlineData("{ \"currency\": \"usd\", \"amount\": 12.34 }")]
    [InlineData("{ /* c */ \"amount\": 12.34, \"currency\": \"USD\", }")]
    public void Deserialize_ReadsMoneyFromTextOrAnObject(string money)
    {
        var s = CreatorSnapshotJson.Deserialize($$"""{ "affiliate": { "observedSales": {{money}} } }""");

        Assert.Equal(Money.Usd(12.34m), s.Affiliate!.ObservedSales);
    }

    [Theory]
    [InlineData("\"12.34\"", "not money")]
    [InlineData("\"12.34 ZZZ\"", "not money")]
    [InlineData("12.34", "Money must be")]
    [InlineData("{ \"amount\": 12.34 }", "both 'amount' and 'currency'")]
    [InlineData("{ \"amount\": 12.34, \"currency\": \"ZZZ\" }", "'ZZZ'")]
    [InlineData("{ \"amount\": 12.34, \"currency\": \"USD\", \"cents\": 1234 }", "'cents'")]
    public void Deserialize_RejectsMoneyItCannotRead(string money, string expected)
    {
        var ex = Assert.Throws<CreatorSnapshotFormatException>(() =>
            CreatorSnapshotJson.Deserialize($$"""{ "affiliate": { "observedSales": {{money}} } }""", "money.json"));

        Assert.Equal("$.affiliate.observedSales", ex.Path);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Contains("money.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownProperty_IsAnErrorNamingIt()
    {
        var file = DataFile("unknown-property.json");

        var ex = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.ReadFile(file));

        Assert.Equal("$.videos.veiws", ex.Path);
        Assert.Equal(5, ex.LineNumber);
        Assert.Contains("'veiws'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(file, ex.Message, StringComparison.Ordinal);
        Assert.Contains("'veiws' is not a field of 'videos'.", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("TikTokMonetization.Creators", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(".NET", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Document", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "bogus": 1 }""", "$.bogus")]
    [InlineData("""{ "PeriodDays": 30 }""", "$.PeriodDays")]
    [InlineData("""{ "profile": { "follower": 3 } }""", "$.profile.follower")]
    [InlineData("""{ "live": { "coins": 3 } }""", "$.live.coins")]
    [InlineData("""{ "brandDeals": { "price": 3 } }""", "$.brandDeals.price")]
    public void UnknownProperty_AnywhereInTheDocument_IsAnError(string json, string path)
    {
        var ex = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize(json));

        Assert.Equal(path, ex.Path);
    }

    [Fact]
    public void MalformedJson_GivesPathLineAndPositionAndTheFileName()
    {
        // Line 3 lacks its comma, so the reader fails at the start of line 4: "videos" at position 3.
        var file = DataFile("malformed.json");

        var ex = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.ReadFile(file));

        Assert.False(string.IsNullOrEmpty(ex.Path));
        Assert.Equal(4, ex.LineNumber);
        Assert.Equal(3, ex.Position);
        Assert.Contains(file, ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 4, position 3", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
    }

    [Fact]
    public void WrongType_GivesPathLineAndPositionAndTheFileName()
    {
        // Line 4 is `    "views": "lots"`; the reader reports the end of the string token, position 20.
        var file = DataFile("wrong-type.json");

        var ex = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.ReadFile(file));

        Assert.Equal("$.videos.views", ex.Path);
        Assert.Equal(4, ex.LineNumber);
        Assert.Equal(20, ex.Position);
        Assert.Contains(file, ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.videos.views", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatErrors_StateOnlyOneLineNumbering()
    {
        // The reader's own message counts lines from 0; the SDK counts from 1. A message must not carry both.
        var ex = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.ReadFile(DataFile("wrong-type.json")));

        Assert.Contains("line 4, position 20", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber: 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongType_WithoutASourceName_StillSaysWhatWasRead()
    {
        var ex = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize("""{ "periodDays": true }"""));

        Assert.Equal("$.periodDays", ex.Path);
        Assert.Equal(1, ex.LineNumber);
        Assert.StartsWith("creator snapshot", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "live": { "coinsGifted": "many" } }""", "$.live.coinsGifted")]
    [InlineData("""{ "profile": { "accountKind": "Creator" } }""", "$.profile.accountKind")]
    [InlineData("""{ "videos": { "views": 1e30 } }""", "$.videos.views")]
    [InlineData("""{ "live": { "hours": "NaN" } }""", "$.live.hours")]
    [InlineData("""{ "videos": [] }""", "$.videos")]
    public void ValueThatCannotBeConverted_IsAFormatErrorAtItsPath(string json, string path)
    {
        var ex = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize(json));

        Assert.Equal(path, ex.Path);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("{ \"periodDays\": 30 } { }")]
    public void TextThatIsNotASnapshot_IsAFormatError(string json)
    {
        var ex = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize(json, "odd.json"));

        Assert.NotNull(ex.Path);
        Assert.Contains("odd.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonNullLiteral_IsAFormatError()
    {
        var ex = Assert.Throws<CreatorSnapshotFormatException>(() => CreatorSnapshotJson.Deserialize(" null ", "null.json"));

        Assert.Equal("$", ex.Path);
        Assert.Contains("null.json", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'null'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeCount_IsAnInvalidSnapshotNamingTheJsonPathAndTheFile()
    {
        var file = DataFile("negative-count.json");

        var ex = Assert.Throws<InvalidCreatorSnapshotException>(() => CreatorSnapshotJson.ReadFile(file));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal("$.videos.likes", problem.JsonPath);
        Assert.Equal(file, ex.SourceName);
        Assert.Contains(file, ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.videos.likes (Videos.Likes) is -12; it must be zero or greater.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QualifiedViewsAboveViews_IsAnInvalidSnapshotNamingTheJsonPathAndTheFile()
    {
        var file = DataFile("qualified-above-views.json");

        var ex = Assert.Throws<InvalidCreatorSnapshotException>(() => CreatorSnapshotJson.ReadFile(file));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal("Videos.QualifiedViews", problem.Path);
        Assert.Contains("$.videos.qualifiedViews", ex.Message, StringComparison.Ordinal);
        Assert.Contains("at most Videos.Views (1000)", ex.Message, StringComparison.Ordinal);
        Assert.Contains(file, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralProblems_AreAllListedWithTheirJsonPaths()
    {
        var file = DataFile("several-problems.json");

        var ex = Assert.Throws<InvalidCreatorSnapshotException>(() => CreatorSnapshotJson.ReadFile(file));

        string[] expected =
        [
            "$.periodDays",
            "$.profile.followers",
            "$.profile.age",
            "$.profile.region",
            "$.videos.longVideosPosted",
            "$.videos.finishRate",
            "$.live.hours",
            "$.live.coinsGifted",
            "$.affiliate.observedSales",
            "$.affiliate.commissionRate",
        ];
        Assert.Equal(expected, ex.Problems.Select(p => p.JsonPath));
        Assert.Contains("(10 problems)", ex.Message, StringComparison.Ordinal);
        Assert.All(expected, path => Assert.Contains(path + " (", ex.Message, StringComparison.Ordinal));
    }

    [Property(Arbitrary = [typeof(InvalidSnapshotArbitraries)], MaxTest = 300, QuietOnSuccess = true)]
    public bool ABrokenSnapshotWrittenAsJson_IsReportedWithTheSameProblemsWhenRead(BrokenSnapshot broken)
    {
        // JSON has no NaN or infinity, and a null part is not written at all: those breaks cannot travel as JSON.
        if (!IsWritable(broken.Snapshot))
        {
            return true;
        }

        // An undefined account kind is written as a number, and the reader takes only the kind's names: a format error there.
        if (broken.Paths.Single() == "Profile.AccountKind")
        {
            var format = Assert.Throws<CreatorSnapshotFormatException>(() =>
                CreatorSnapshotJson.Deserialize(CreatorSnapshotJson.Serialize(broken.Snapshot), "broken.json"));
            return format.Path == "$.profile.accountKind";
        }

        var expected = broken.Snapshot.Validate();
        var ex = Assert.Throws<InvalidCreatorSnapshotException>(() =>
            CreatorSnapshotJson.Deserialize(CreatorSnapshotJson.Serialize(broken.Snapshot), "broken.json"));
        return ex.Problems.Select(p => p.ToString()).SequenceEqual(expected.Select(p => p.ToString()))
            && expected.All(p => ex.Message.Contains(p.JsonPath + " (" + p.Path + ")", StringComparison.Ordinal));
    }

    [Fact]
    public void InvalidValue_WithoutASourceName_StillUsesJsonPaths()
    {
        var ex = Assert.Throws<InvalidCreatorSnapshotException>(() =>
            CreatorSnapshotJson.Deserialize("""{ "videos": { "views": 1, "qualifiedViews": 2 } }"""));

        Assert.Contains("$.videos.qualifiedViews", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplicitNullPart_IsAnInvalidSnapshot_NotADefault()
    {
        var ex = Assert.Throws<InvalidCreatorSnapshotException>(() => CreatorSnapshotJson.Deserialize("""{ "profile": null }"""));

        Assert.Equal("$.profile", Assert.Single(ex.Problems).JsonPath);
    }

    [Fact]
    public void OmittedProperties_TakeTheDocumentedDefaults()
    {
        // Only the counts are given: the period, the parts and the profile's standing must keep their defaults
        // (30 days, empty parts, in good standing) rather than become 0, null and false.
        var s = CreatorSnapshotJson.Deserialize("""{ "videos": { "views": 10 } }""");

        Assert.Equal(CreatorSnapshot.DefaultPeriodDays, s.PeriodDays);
        Assert.NotNull(s.Profile);
        Assert.True(s.Profile.InGoodStanding);
        Assert.Equal(AccountKind.Personal, s.Profile.AccountKind);
        Assert.NotNull(s.Live);
        Assert.Equal(10, s.Videos.Views);
        Assert.Null(s.BrandDeals);
    }

    [Fact]
    public void EmptyObjects_ReadAsNewInstances()
    {
        // Guards every default at once: a part given as {} must equal the part a C# caller gets from `new()`.
        var s = CreatorSnapshotJson.Deserialize("""
            { "profile": {}, "videos": {}, "live": {}, "brandDeals": {}, "merchandise": {}, "affiliate": {} }
            """);
        var expected = new CreatorSnapshot { BrandDeals = new(), Merchandise = new(), Affiliate = new() };

        Assert.Equal(CreatorSnapshotJson.Serialize(expected), CreatorSnapshotJson.Serialize(s));
        Assert.Equal(CreatorSnapshotJson.Serialize(new CreatorSnapshot()), CreatorSnapshotJson.Serialize(CreatorSnapshotJson.Deserialize("{}")));
    }

    private static bool IsWritable(CreatorSnapshot s) =>
        s.Profile is not null && s.Videos is not null && s.Live is not null
        && new[] { s.Videos.AverageWatchSeconds, s.Videos.FinishRate, s.Live.Hours, s.Live.AverageConcurrentViewers, s.Affiliate?.CommissionRate }
            .All(x => x is null || double.IsFinite(x.Value));

    private static IEnumerable<string> PropertyNames(JsonElement element) =>
        element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().SelectMany(p => PropertyNames(p.Value).Prepend(p.Name)),
            JsonValueKind.Array => element.EnumerateArray().SelectMany(PropertyNames),
            _ => [],
        };

    private static void AssertSameFields(CreatorSnapshot expected, CreatorSnapshot actual)
    {
        Assert.Equal(expected.CreatorId, actual.CreatorId);
        Assert.Equal(expected.PeriodDays, actual.PeriodDays);

        Assert.Equal(expected.Profile.Followers, actual.Profile.Followers);
        Assert.Equal(expected.Profile.Age, actual.Profile.Age);
        Assert.Equal(expected.Profile.Region, actual.Profile.Region);
        Assert.Equal(expected.Profile.AccountKind, actual.Profile.AccountKind);
        Assert.Equal(expected.Profile.InGoodStanding, actual.Profile.InGoodStanding);

        Assert.Equal(expected.Videos.VideosPosted, actual.Videos.VideosPosted);
        Assert.Equal(expected.Videos.LongVideosPosted, actual.Videos.LongVideosPosted);
        Assert.Equal(expected.Videos.Views, actual.Videos.Views);
        Assert.Equal(expected.Videos.QualifiedViews, actual.Videos.QualifiedViews);
        Assert.Equal(expected.Videos.AverageWatchSeconds, actual.Videos.AverageWatchSeconds);
        Assert.Equal(expected.Videos.FinishRate, actual.Videos.FinishRate);
        Assert.Equal(expected.Videos.Likes, actual.Videos.Likes);
        Assert.Equal(expected.Videos.Comments, actual.Videos.Comments);
        Assert.Equal(expected.Videos.Shares, actual.Videos.Shares);
        Assert.Equal(expected.Videos.Saves, actual.Videos.Saves);

        Assert.Equal(expected.Live.Sessions, actual.Live.Sessions);
        Assert.Equal(expected.Live.Hours, actual.Live.Hours);
        Assert.Equal(expected.Live.AverageConcurrentViewers, actual.Live.AverageConcurrentViewers);
        Assert.Equal(expected.Live.Likes, actual.Live.Likes);
        Assert.Equal(expected.Live.CoinsGifted, actual.Live.CoinsGifted);
        Assert.Equal(expected.Live.NewFollowers, actual.Live.NewFollowers);

        Assert.Equal(expected.BrandDeals is null, actual.BrandDeals is null);
        Assert.Equal(expected.BrandDeals?.SponsoredPostsPerPeriod, actual.BrandDeals?.SponsoredPostsPerPeriod);
        Assert.Equal(expected.BrandDeals?.MedianViewsPerVideo, actual.BrandDeals?.MedianViewsPerVideo);
        Assert.Equal(expected.BrandDeals?.ObservedPricePerPost, actual.BrandDeals?.ObservedPricePerPost);

        Assert.Equal(expected.Merchandise is null, actual.Merchandise is null);
        Assert.Equal(expected.Merchandise?.ObservedOrders, actual.Merchandise?.ObservedOrders);
        Assert.Equal(expected.Merchandise?.AverageOrderValue, actual.Merchandise?.AverageOrderValue);
        Assert.Equal(expected.Merchandise?.SellsThroughTikTokShop, actual.Merchandise?.SellsThroughTikTokShop);

        Assert.Equal(expected.Affiliate is null, actual.Affiliate is null);
        Assert.Equal(expected.Affiliate?.ObservedSales, actual.Affiliate?.ObservedSales);
        Assert.Equal(expected.Affiliate?.CommissionRate, actual.Affiliate?.CommissionRate);
    }
}
