using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TikTokMonetization.Creators;

namespace TikTokMonetization.Tests;

/// <summary>Four interaction counts (small, near half or a quarter of the largest long, at its ends, negative) and which are counted.</summary>
/// <param name="Likes">Likes.</param>
/// <param name="Comments">Comments.</param>
/// <param name="Shares">Shares.</param>
/// <param name="Saves">Saves.</param>
/// <param name="Counted">The interactions counted.</param>
public sealed record InteractionCounts(long Likes, long Comments, long Shares, long Saves, EngagementInteractions Counted);

/// <summary>Registers <see cref="InteractionCounts"/>.</summary>
public static class InteractionCountArbitraries
{
    private static readonly Gen<long> Counts = Gen.OneOf(
        Gen.Choose(0, 1_000_000).Select(c => (long)c),
        Gen.Choose(0, 1_000).Select(c => long.MaxValue - c),
        Gen.Choose(0, 1_000).Select(c => (long.MaxValue / 2) - 500 + c),
        Gen.Choose(0, 1_000).Select(c => (long.MaxValue / 4) + c),
        Gen.Choose(-1_000, 0).Select(c => long.MinValue - c),
        Gen.Choose(-1_000_000, 0).Select(c => (long)c));

    /// <summary>The counts, each from one of the six kinds above, and any set of counted interactions.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<InteractionCounts> Any() =>
        (from likes in Counts
         from comments in Counts
         from shares in Counts
         from saves in Counts
         from counted in Gen.Choose(0, 15)
         select new InteractionCounts(likes, comments, shares, saves, (EngagementInteractions)counted)).ToArbitrary();
}

/// <summary>
/// <see cref="ShortVideoStats.CountInteractions"/> adds in 64 bits when the counts fit and in decimal otherwise; either
/// way it is the decimal sum of the counted interactions, digit for digit.
/// </summary>
public sealed class InteractionCountProperties
{
    [Property(Arbitrary = [typeof(InteractionCountArbitraries)], MaxTest = 500, QuietOnSuccess = true)]
    public Property TheCount_IsTheDecimalSumOfTheCountedInteractions(InteractionCounts counts)
    {
        var videos = new ShortVideoStats { Likes = counts.Likes, Comments = counts.Comments, Shares = counts.Shares, Saves = counts.Saves };
        var expected = 0m;
        expected += (counts.Counted & EngagementInteractions.Likes) != 0 ? counts.Likes : 0m;
        expected += (counts.Counted & EngagementInteractions.Comments) != 0 ? counts.Comments : 0m;
        expected += (counts.Counted & EngagementInteractions.Shares) != 0 ? counts.Shares : 0m;
        expected += (counts.Counted & EngagementInteractions.Saves) != 0 ? counts.Saves : 0m;

        var actual = videos.CountInteractions(counts.Counted);

        return (actual.ToString(CultureInfo.InvariantCulture) == expected.ToString(CultureInfo.InvariantCulture)).Label($"{actual} against {expected}");
    }

    [Fact]
    public void FourCountsNearTheLargestLong_AreAddedWithoutWrapping()
    {
        var videos = new ShortVideoStats { Likes = long.MaxValue, Comments = long.MaxValue, Shares = long.MaxValue, Saves = long.MaxValue };

        Assert.Equal(4m * long.MaxValue, videos.CountInteractions(EngagementInteractions.All));
        Assert.Equal((decimal)long.MaxValue, videos.CountInteractions(EngagementInteractions.Likes));
    }
}
