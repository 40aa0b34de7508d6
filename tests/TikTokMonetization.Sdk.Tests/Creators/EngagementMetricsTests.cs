using TikTokMonetization.Creators;

namespace TikTokMonetization.Tests;

public sealed class EngagementMetricsTests
{
    private const int Precision = 12;

    // 10,000 views, 2,000 followers; 400 likes + 50 comments + 30 shares = 480 by default, + 20 saves = 500 with All.
    private static readonly CreatorSnapshot Example = new()
    {
        Profile = new CreatorProfile { Followers = 2_000 },
        Videos = new ShortVideoStats { Views = 10_000, QualifiedViews = 2_500, Likes = 400, Comments = 50, Shares = 30, Saves = 20 },
    };

    [Fact]
    public void Default_CountsLikesCommentsAndShares()
    {
        var e = Example.GetEngagement();

        Assert.Equal(EngagementInteractions.Default, e.Interactions);
        Assert.Equal(480, e.InteractionCount);
        Assert.Equal(0.048, e.ByViews, Precision);
        Assert.Equal(0.24, e.ByFollowers, Precision);
    }

    [Fact]
    public void All_AddsSaves()
    {
        var e = Example.GetEngagement(EngagementInteractions.All);

        Assert.Equal(500, e.InteractionCount);
        Assert.Equal(0.05, e.ByViews, Precision);
        Assert.Equal(0.25, e.ByFollowers, Precision);
    }

    [Fact]
    public void None_CountsNothing_ButKeepsThePerInteractionRates()
    {
        var e = Example.GetEngagement(EngagementInteractions.None);

        Assert.Equal(0, e.InteractionCount);
        Assert.Equal(0d, e.ByViews);
        Assert.Equal(0d, e.ByFollowers);
        Assert.Equal(0.04, e.LikeRate, Precision);
    }

    [Theory]
    [InlineData(EngagementInteractions.Likes, 400)]
    [InlineData(EngagementInteractions.Comments, 50)]
    [InlineData(EngagementInteractions.Shares, 30)]
    [InlineData(EngagementInteractions.Saves, 20)]
    [InlineData(EngagementInteractions.Likes | EngagementInteractions.Saves, 420)]
    [InlineData(EngagementInteractions.Comments | EngagementInteractions.Shares, 80)]
    public void EachFlag_CountsItsOwnInteraction(EngagementInteractions interactions, long expected)
    {
        var e = Example.GetEngagement(interactions);

        Assert.Equal(expected, e.InteractionCount);
        Assert.Equal(expected / 10_000d, e.ByViews, Precision);
        Assert.Equal(expected / 2_000d, e.ByFollowers, Precision);
    }

    [Fact]
    public void PerInteractionRates_AreEachCountOverViews()
    {
        var e = Example.GetEngagement();

        Assert.Equal(0.04, e.LikeRate, Precision);
        Assert.Equal(0.005, e.CommentRate, Precision);
        Assert.Equal(0.003, e.ShareRate, Precision);
        Assert.Equal(0.002, e.SaveRate, Precision);
        Assert.Equal(0.25, e.QualifiedViewShare, Precision);
    }

    [Fact]
    public void MidTierSample_MatchesHandComputedRates()
    {
        // 38,000 + 2,400 + 3,100 = 43,500 interactions over 1,200,000 views and 85,000 followers.
        var e = SampleCreators.MidTierUs.GetEngagement();

        Assert.Equal(43_500, e.InteractionCount);
        Assert.Equal(0.03625, e.ByViews, Precision);
        Assert.Equal(43_500d / 85_000d, e.ByFollowers, Precision);
        Assert.Equal(0.45, e.QualifiedViewShare, Precision);

        // + 4,200 saves = 47,700.
        Assert.Equal(0.03975, SampleCreators.MidTierUs.GetEngagement(EngagementInteractions.All).ByViews, Precision);
    }

    [Fact]
    public void ZeroViews_GiveZeroRates_NotNaN()
    {
        // Likes without views: the ratio has no denominator.
        var e = SampleCreators.LikesOnly.GetEngagement();

        Assert.Equal(100_000, e.InteractionCount);
        Assert.Equal(0d, e.ByViews);
        Assert.Equal(0d, e.LikeRate);
        Assert.Equal(0d, e.CommentRate);
        Assert.Equal(0d, e.ShareRate);
        Assert.Equal(0d, e.SaveRate);
        Assert.Equal(0d, e.QualifiedViewShare);
        Assert.Equal(2d, e.ByFollowers, Precision);
    }

    [Fact]
    public void ZeroFollowers_GiveZeroRateByFollowers_NotInfinity()
    {
        var e = (Example with { Profile = new CreatorProfile { Followers = 0 } }).GetEngagement();

        Assert.Equal(0d, e.ByFollowers);
        Assert.Equal(0.048, e.ByViews, Precision);
    }

    [Fact]
    public void NothingAtAll_GivesZeroEverywhere()
    {
        var e = new CreatorSnapshot().GetEngagement(EngagementInteractions.All);

        Assert.Equal(0, e.InteractionCount);
        Assert.All(new[] { e.ByViews, e.ByFollowers, e.LikeRate, e.CommentRate, e.ShareRate, e.SaveRate, e.QualifiedViewShare }, r => Assert.Equal(0d, r));
    }

    [Fact]
    public void ByFollowers_MayExceedOne_ForAViralAccount()
    {
        var viral = Example with { Profile = new CreatorProfile { Followers = 100 } };

        Assert.Equal(4.8, viral.GetEngagement().ByFollowers, Precision);
    }

    [Fact]
    public void MissingPartsOfAnInvalidSnapshot_GiveZeroes_NotAnException()
    {
        var broken = new CreatorSnapshot { Profile = null!, Videos = null! };

        var e = broken.GetEngagement();

        Assert.Equal(0, e.InteractionCount);
        Assert.Equal(0d, e.ByViews);
        Assert.Equal(0d, e.ByFollowers);
    }

    [Fact]
    public void CountsNearInt64Max_DoNotOverflow()
    {
        // Validation puts no ceiling on counts, so a valid snapshot may hold any non-negative long.
        var huge = new CreatorSnapshot
        {
            Profile = new CreatorProfile { Followers = 1_000 },
            Videos = new ShortVideoStats { Views = long.MaxValue, Likes = long.MaxValue, Comments = long.MaxValue, Shares = 1, Saves = long.MaxValue },
        };
        Assert.Empty(huge.Validate());

        var e = huge.GetEngagement(EngagementInteractions.All);

        Assert.Equal(long.MaxValue, e.InteractionCount);
        Assert.True(double.IsFinite(e.ByViews) && e.ByViews >= 1d, $"ByViews was {e.ByViews}");
        Assert.True(double.IsFinite(e.ByFollowers) && e.ByFollowers > 0d, $"ByFollowers was {e.ByFollowers}");
        Assert.Equal(1d, e.LikeRate);
    }
}
