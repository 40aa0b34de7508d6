using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Projections;

namespace TikTokMonetization.Tests;

/// <summary>
/// Moving a snapshot at its edges: a missing snapshot or part is refused by name, a count that would not fit names
/// its own field, LIVE keeps one session while it has hours, median views per post stay put when nobody posts,
/// overflows are refused naming the field, a count may grow to exactly the largest its field holds (and zero stays
/// zero), a multiple above a billion still grows a small count, and the scratch copy of unchanged levels holds the
/// snapshot's own values.
/// </summary>
public sealed class SnapshotGrowthEdgeTests
{
    private static readonly CreatorSnapshot Creator = SampleCreators.MidTierUs;

    private static DriverLevels Levels(
        decimal followers = 1m,
        decimal views = 1m,
        decimal liveHours = 1m,
        decimal averageViewers = 1m,
        decimal posts = 1m,
        decimal engagement = 1m) => new(followers, views, liveHours, averageViewers, posts, engagement);

    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Apply, checked against ApplyInto on a scratch copy: both ways of growing give the same snapshot.</summary>
    private static CreatorSnapshot Grow(CreatorSnapshot snapshot, DriverLevels levels)
    {
        var grown = SnapshotGrowth.Apply(snapshot, levels);
        var scratch = SnapshotGrowth.Scratch(snapshot);
        SnapshotGrowth.ApplyInto(snapshot, levels, scratch);
        Assert.Equal(grown, scratch);
        return grown;
    }

    [Fact]
    public void ANullSnapshot_IsRefusedByName_WhateverTheLevels()
    {
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => SnapshotGrowth.Apply(null!, DriverLevels.Unchanged)).ParamName);
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => SnapshotGrowth.Apply(null!, Levels(followers: 2m))).ParamName);
    }

    [Fact]
    public void ASnapshotWithoutAPart_IsRefused_NamingThePart()
    {
        var levels = Levels(views: 2m);

        var profile = Assert.Throws<ArgumentNullException>(() => SnapshotGrowth.Apply(Creator with { Profile = null! }, levels));
        var videos = Assert.Throws<ArgumentNullException>(() => SnapshotGrowth.Apply(Creator with { Videos = null! }, levels));
        var live = Assert.Throws<ArgumentNullException>(() => SnapshotGrowth.Apply(Creator with { Live = null! }, levels));

        Assert.Equal("snapshot.Profile is null. (Parameter 'snapshot')", profile.Message);
        Assert.Equal("snapshot.Videos is null. (Parameter 'snapshot')", videos.Message);
        Assert.Equal("snapshot.Live is null. (Parameter 'snapshot')", live.Message);
    }

    public static TheoryData<string, CreatorSnapshot, DriverLevels> CountsThatWouldNotFit()
    {
        const long Huge = 9_000_000_000_000_000_000;
        const int HugeInt = 2_000_000_000;
        var quiet = Creator with
        {
            Videos = Creator.Videos with { VideosPosted = 1, LongVideosPosted = 1, Views = 1, QualifiedViews = 1, Likes = 1, Comments = 1, Shares = 1, Saves = 1 },
            Live = Creator.Live with { Sessions = 1, Likes = 1, NewFollowers = 1 },
            BrandDeals = null,
        };
        return new()
        {
            { "Live.Sessions would be 4000000000, more than it can hold.", quiet with { Live = quiet.Live with { Sessions = HugeInt } }, Levels(liveHours: 2m) },
            { "Videos.LongVideosPosted would be 4000000000, more than it can hold.", quiet with { Videos = quiet.Videos with { LongVideosPosted = HugeInt } }, Levels(posts: 2m) },
            { "Videos.Views would be 18000000000000000000 (9000000000000000000 × 2), more than it can hold.", quiet with { Videos = quiet.Videos with { Views = Huge } }, Levels(views: 2m) },
            { "Videos.QualifiedViews would be 18000000000000000000 (9000000000000000000 × 2), more than it can hold.", quiet with { Videos = quiet.Videos with { QualifiedViews = Huge } }, Levels(views: 2m) },
            { "Videos.Likes would be 18000000000000000000 (9000000000000000000 × 2), more than it can hold.", quiet with { Videos = quiet.Videos with { Likes = Huge } }, Levels(engagement: 2m) },
            { "Videos.Comments would be 18000000000000000000 (9000000000000000000 × 2), more than it can hold.", quiet with { Videos = quiet.Videos with { Comments = Huge } }, Levels(engagement: 2m) },
            { "Videos.Shares would be 18000000000000000000 (9000000000000000000 × 2), more than it can hold.", quiet with { Videos = quiet.Videos with { Shares = Huge } }, Levels(engagement: 2m) },
            { "Videos.Saves would be 18000000000000000000 (9000000000000000000 × 2), more than it can hold.", quiet with { Videos = quiet.Videos with { Saves = Huge } }, Levels(engagement: 2m) },
            { "Live.Likes would be 18000000000000000000 (9000000000000000000 × 2), more than it can hold.", quiet with { Live = quiet.Live with { Likes = Huge } }, Levels(engagement: 2m) },
            { "Live.NewFollowers would be 18000000000000000000 (9000000000000000000 × 2), more than it can hold.", quiet with { Live = quiet.Live with { NewFollowers = Huge } }, Levels(averageViewers: 2m) },
        };
    }

    [Theory]
    [MemberData(nameof(CountsThatWouldNotFit))]
    public void ACountThatWouldNotFit_IsRefused_NamingItsOwnField(string message, CreatorSnapshot snapshot, DriverLevels levels)
    {
        var error = Assert.ThrowsAny<ArgumentOutOfRangeException>(() => SnapshotGrowth.Apply(snapshot, levels));

        Assert.StartsWith(message + " (Parameter 'multiple')", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, 18d, "0.1", 1, 1.8)] // 0.4 sessions round to none, but 1.8 hours were streamed: one session
    [InlineData(4, 18d, "0", 0, 0d)] // no hours left: no session
    [InlineData(0, 0d, "3", 0, 0d)] // never LIVE: still never LIVE
    [InlineData(10, 18d, "1.5", 15, 27d)]
    public void LiveKeepsOneSession_WhileItHasHours(int sessions, double hours, string multiple, int expectedSessions, double expectedHours)
    {
        var creator = Creator with { Live = Creator.Live with { Sessions = sessions, Hours = hours } };

        var grown = Grow(creator, Levels(liveHours: D(multiple)));

        Assert.Equal(expectedSessions, grown.Live.Sessions);
        Assert.Equal(expectedHours, grown.Live.Hours, 12);
        Assert.Empty(grown.Validate());
    }

    [Fact]
    public void WhenNobodyPosts_MedianViewsPerPostStayAsTheyWere()
    {
        var grown = Grow(Creator, Levels(views: 2m, posts: 0m));

        Assert.Equal(0, grown.Videos.VideosPosted);
        Assert.Equal(0, grown.Videos.LongVideosPosted);
        Assert.Equal(35_000L, grown.BrandDeals!.MedianViewsPerVideo);
        Assert.Equal(2_400_000L, grown.Videos.Views);
    }

    [Fact]
    public void PostsSoFewThatViewsPerPostPassDecimalsRange_AreRefusedNamingTheField_NotAnOverflow()
    {
        // Posts at 10^-28 of today's (a monthly rate of -0.99…9, which is allowed) and views at 11 times: views per
        // post would be 1.1 × 10^29, past decimal's range.
        var levels = Levels(views: 11m, posts: 0.0000000000000000000000000001m);
        var growth = new GrowthAssumptions { Views = DriverGrowth.Fixed(10m), Posts = DriverGrowth.Fixed(-0.9999999999999999999999999999m) };
        using var provider = TestServices.BuiltIns(b => b.AddProjections());

        var error = Assert.ThrowsAny<ArgumentOutOfRangeException>(() => SnapshotGrowth.Apply(Creator, levels));
        var projected = Record.Exception(() => provider.GetRequiredService<IRevenueProjector>().Project(Creator, growth, 1));

        Assert.StartsWith(
            "BrandDeals.MedianViewsPerVideo follows views ÷ posts, and 11 ÷ 0.0000000000000000000000000001 is beyond any count. (Parameter 'levels')",
            error.Message,
            StringComparison.Ordinal);
        Assert.Equal(0.0000000000000000000000000001m, error.ActualValue);
        Assert.IsType<InvalidCreatorSnapshotException>(projected);
        Assert.Contains("BrandDeals.MedianViewsPerVideo", projected!.Message, StringComparison.Ordinal); // the projection fails on the same month, naming the field
    }

    [Fact]
    public void ACount_MayGrowToExactlyTheLargestItsFieldHolds()
    {
        // long.MaxValue = 7 × 1,317,624,576,693,539,401; int.MaxValue = 2 × 1,073,741,823.5. No long videos: zero stays
        // zero under a multiple above a billion, which the overflow check would otherwise divide by.
        var longCreator = Creator with { Profile = Creator.Profile with { Followers = 1_317_624_576_693_539_401 } };
        var intCreator = Creator with { Videos = Creator.Videos with { VideosPosted = 2, LongVideosPosted = 0 } };

        Assert.Equal(long.MaxValue, Grow(longCreator, Levels(followers: 7m)).Profile.Followers);
        Assert.Equal(int.MaxValue, Grow(intCreator, Levels(posts: 1_073_741_823.5m)).Videos.VideosPosted);
    }

    [Theory]
    [InlineData(2L, "39614081257132168796771975168")] // decimal.MaxValue ÷ 2, rounded up to 2^95
    [InlineData(4L, "19807040628566084398385987584")] // decimal.MaxValue ÷ 4, rounded up to 2^94
    public void AMultipleOfExactlyDecimalsLargestOverTheCount_IsRefusedNamingTheField_NotAnOverflow(long followers, string multiple)
    {
        var creator = Creator with { Profile = Creator.Profile with { Followers = followers } };
        Assert.Equal(decimal.MaxValue / followers, D(multiple));

        var error = Assert.ThrowsAny<ArgumentOutOfRangeException>(() => SnapshotGrowth.Apply(creator, Levels(followers: D(multiple))));

        Assert.StartsWith($"Profile.Followers × {multiple} is beyond any count. (Parameter 'multiple')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMultipleAboveABillion_StillGrowsASmallCount()
    {
        var creator = Creator with { Profile = Creator.Profile with { Followers = 3 } };

        Assert.Equal(15_000_000_000L, Grow(creator, Levels(followers: 5_000_000_000m)).Profile.Followers);
    }

    [Fact]
    public void TheScratchOfUnchangedLevels_HoldsTheSnapshotsOwnValues()
    {
        // Coins with five decimals: a moved snapshot's coins are kept to four, an unmoved one's are the snapshot's.
        var creator = Creator with { Live = Creator.Live with { CoinsGifted = new Coins(1_234.56789m) } };
        var scratch = SnapshotGrowth.Scratch(creator);
        SnapshotGrowth.ApplyInto(creator, Levels(followers: 2m), scratch);

        SnapshotGrowth.ApplyInto(creator, DriverLevels.Unchanged, scratch);

        Assert.Same(creator, SnapshotGrowth.Apply(creator, DriverLevels.Unchanged));
        Assert.Equal(creator, scratch);
        Assert.Equal(1_234.56789m, scratch.Live.CoinsGifted!.Value.Value);
    }
}
