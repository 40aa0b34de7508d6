using TikTokMonetization.Creators;
using TikTokMonetization.Projections;

namespace TikTokMonetization.Tests;

/// <summary>
/// Growing a count past what it can hold is refused, naming the field, never wrapped or rounded into a wrong number;
/// below the limits, a count grows to the rounded product exactly.
/// </summary>
public sealed class SnapshotGrowthLimitsTests
{
    private static readonly CreatorSnapshot Creator = SampleCreators.MidTierUs;

    [Fact]
    public void AMultipleBeyondDecimalsRange_IsRefused_NamingTheField()
    {
        // Median views per post follow views ÷ posts, the first count the views multiple moves.
        var huge = new DriverLevels(1m, 1e25m, 1m, 1m, 1m, 1m);

        var error = Assert.ThrowsAny<ArgumentOutOfRangeException>(() => SnapshotGrowth.Apply(Creator, huge));

        Assert.Contains("BrandDeals.MedianViewsPerVideo × 10000000000000000000000000 is beyond any count", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AProductBeyondALong_IsRefused_NamingTheFieldAndTheProduct()
    {
        var creator = Creator with { Profile = Creator.Profile with { Followers = 9_000_000_000_000_000_000 } };

        var error = Assert.ThrowsAny<ArgumentOutOfRangeException>(() => SnapshotGrowth.Apply(creator, new DriverLevels(1.5m, 1m, 1m, 1m, 1m, 1m)));

        Assert.Contains("Profile.Followers would be 13500000000000000000 (9000000000000000000 × 1.5), more than it can hold", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AProductBeyondAnInt_IsRefused_ForAFieldThatIsAnInt()
    {
        var creator = Creator with { Videos = Creator.Videos with { VideosPosted = 2_000_000_000, LongVideosPosted = 0 } };

        var error = Assert.ThrowsAny<ArgumentOutOfRangeException>(() => SnapshotGrowth.Apply(creator, new DriverLevels(1m, 1m, 1m, 1m, 2m, 1m)));

        Assert.Contains("Videos.VideosPosted would be 4000000000, more than it can hold", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(9_000_000_000L, "999999999.5", 8_999_999_995_500_000_000L)] // the largest small multiple times the largest small count, in range
    [InlineData(9_000_000_001L, "1000000000", 9_000_000_001_000_000_000L)]  // just past both: the long check decides
    [InlineData(3L, "1.5", 5L)]                                            // 4.5 rounds half away from zero
    public void BelowTheLimits_ACountGrowsToItsRoundedProduct(long followers, string multiple, long expected)
    {
        var creator = Creator with { Profile = Creator.Profile with { Followers = followers } };
        var levels = new DriverLevels(decimal.Parse(multiple, System.Globalization.CultureInfo.InvariantCulture), 1m, 1m, 1m, 1m, 1m);

        var grown = SnapshotGrowth.Apply(creator, levels);

        Assert.Equal(expected, grown.Profile.Followers);
        var scratch = SnapshotGrowth.Scratch(creator);
        SnapshotGrowth.ApplyInto(creator, levels, scratch);
        Assert.Equal(expected, scratch.Profile.Followers);
    }
}
