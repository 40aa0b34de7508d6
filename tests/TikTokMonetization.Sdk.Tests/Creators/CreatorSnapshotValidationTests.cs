using TikTokMonetization.Creators;

namespace TikTokMonetization.Tests;

public sealed class CreatorSnapshotValidationTests
{
    /// <summary>A valid snapshot with every optional part present, so each rule can be broken on its own.</summary>
    private static readonly CreatorSnapshot Valid = new()
    {
        CreatorId = "validation-baseline",
        PeriodDays = 30,
        Profile = new CreatorProfile { Followers = 12_000, Age = 25, Region = "US" },
        Videos = new ShortVideoStats
        {
            VideosPosted = 20,
            LongVideosPosted = 5,
            Views = 100_000,
            QualifiedViews = 40_000,
            AverageWatchSeconds = 12.5,
            FinishRate = 0.3,
            Likes = 4_000,
            Comments = 300,
            Shares = 200,
            Saves = 150,
        },
        Live = new LiveStats { Sessions = 4, Hours = 6, AverageConcurrentViewers = 50, Likes = 9_000, CoinsGifted = new Coins(1_200), NewFollowers = 80 },
        BrandDeals = new BrandDealInputs { SponsoredPostsPerPeriod = 2, MedianViewsPerVideo = 4_000, ObservedPricePerPost = Money.Usd(250m) },
        Merchandise = new MerchandiseInputs { ObservedOrders = 40, AverageOrderValue = Money.Usd(22.5m), SellsThroughTikTokShop = true },
        Affiliate = new AffiliateInputs { ObservedSales = Money.Usd(1_800m), CommissionRate = 0.12 },
    };

    public static TheoryData<string> Samples => new() { nameof(SampleCreators.MidTierUs), nameof(SampleCreators.Newcomer), nameof(SampleCreators.LikesOnly) };

    public static TheoryData<string, double, string> BadNonNegativeNumbers
    {
        get
        {
            var data = new TheoryData<string, double, string>();
            foreach (var path in new[] { "Live.Hours", "Live.AverageConcurrentViewers", "Videos.AverageWatchSeconds" })
            {
                data.Add(path, double.NaN, "NaN");
                data.Add(path, double.PositiveInfinity, "Infinity");
                data.Add(path, double.NegativeInfinity, "-Infinity");
                data.Add(path, -0.5, "-0.5");
                data.Add(path, -double.Epsilon, "-5E-324");
            }

            return data;
        }
    }

    public static TheoryData<string, double, string> BadFractions
    {
        get
        {
            var data = new TheoryData<string, double, string>();
            foreach (var path in new[] { "Videos.FinishRate", "Affiliate.CommissionRate" })
            {
                data.Add(path, -0.01, "-0.01");
                data.Add(path, 1.01, "1.01");
                data.Add(path, double.NaN, "NaN");
                data.Add(path, double.PositiveInfinity, "Infinity");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void SampleCreators_AreValid(string name)
    {
        var sample = (CreatorSnapshot)typeof(SampleCreators).GetProperty(name)!.GetValue(null)!;

        Assert.Empty(sample.Validate());
        Assert.Same(sample, sample.ThrowIfInvalid());
    }

    [Fact]
    public void Validate_OnAValidSnapshot_ReturnsAnEmptyList()
    {
        var problems = Valid.Validate();

        Assert.NotNull(problems);
        Assert.Empty(problems);
        Assert.Same(Valid, Valid.ThrowIfInvalid());
    }

    [Fact]
    public void ADefaultSnapshot_IsValid() =>
        Assert.Empty(new CreatorSnapshot().Validate());

    [Theory]
    [InlineData("Profile.Followers")]
    [InlineData("Videos.VideosPosted")]
    [InlineData("Videos.LongVideosPosted")]
    [InlineData("Videos.Views")]
    [InlineData("Videos.QualifiedViews")]
    [InlineData("Videos.Likes")]
    [InlineData("Videos.Comments")]
    [InlineData("Videos.Shares")]
    [InlineData("Videos.Saves")]
    [InlineData("Live.Sessions")]
    [InlineData("Live.Likes")]
    [InlineData("Live.NewFollowers")]
    [InlineData("BrandDeals.SponsoredPostsPerPeriod")]
    [InlineData("BrandDeals.MedianViewsPerVideo")]
    [InlineData("Merchandise.ObservedOrders")]
    public void NegativeCount_IsReportedWithItsPathValueAndRule(string path)
    {
        var problem = AssertOnlyProblem(InvalidSnapshotArbitraries.Set(Valid, path, -1), path, "-1", "zero or greater");

        Assert.Equal($"{path} is -1; it must be zero or greater.", problem.ToString());
    }

    [Theory]
    [InlineData("Profile.Followers", long.MinValue)]
    [InlineData("Videos.Views", long.MinValue)]
    [InlineData("Videos.VideosPosted", int.MinValue)]
    [InlineData("Live.Sessions", int.MinValue)]
    public void MostNegativeCount_IsReportedWithItsExactValue(string path, long value)
    {
        var problem = SingleProblem(InvalidSnapshotArbitraries.Set(Valid, path, value));

        Assert.Equal(path, problem.Path);
        Assert.Equal(value.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.Value);
    }

    [Theory]
    [MemberData(nameof(BadNonNegativeNumbers))]
    public void NonFiniteOrNegativeMeasure_IsReported(string path, double value, string shown) =>
        AssertOnlyProblem(InvalidSnapshotArbitraries.Set(Valid, path, value), path, shown, "a finite number, zero or greater");

    [Theory]
    [InlineData("Live.Hours")]
    [InlineData("Live.AverageConcurrentViewers")]
    [InlineData("Videos.AverageWatchSeconds")]
    public void ZeroMeasure_IsAllowed(string path) =>
        Assert.Empty(InvalidSnapshotArbitraries.Set(Valid, path, 0d).Validate());

    [Fact]
    public void AverageConcurrentViewers_AboveTenBillion_IsReported()
    {
        Assert.Empty(InvalidSnapshotArbitraries.Set(Valid, "Live.AverageConcurrentViewers", 1e10).Validate());

        AssertOnlyProblem(
            InvalidSnapshotArbitraries.Set(Valid, "Live.AverageConcurrentViewers", 2e10),
            "Live.AverageConcurrentViewers",
            "20000000000",
            "at most 10,000,000,000");
    }

    [Theory]
    [MemberData(nameof(BadFractions))]
    public void FractionOutsideZeroToOne_IsReported(string path, double value, string shown) =>
        AssertOnlyProblem(InvalidSnapshotArbitraries.Set(Valid, path, value), path, shown, "a finite number from 0 to 1");

    [Theory]
    [InlineData("Videos.FinishRate", 0d)]
    [InlineData("Videos.FinishRate", 1d)]
    [InlineData("Affiliate.CommissionRate", 0d)]
    [InlineData("Affiliate.CommissionRate", 1d)]
    public void FractionAtItsBounds_IsAllowed(string path, double value) =>
        Assert.Empty(InvalidSnapshotArbitraries.Set(Valid, path, value).Validate());

    [Fact]
    public void QualifiedViews_AboveViews_IsReportedAgainstViews()
    {
        var snapshot = Valid with { Videos = new ShortVideoStats { Views = 100, QualifiedViews = 101 } };

        var problem = AssertOnlyProblem(snapshot, "Videos.QualifiedViews", "101", "at most Videos.Views (100)");

        Assert.Equal("$.videos.qualifiedViews", problem.JsonPath);
    }

    [Fact]
    public void QualifiedViews_EqualToViews_IsAllowed() =>
        Assert.Empty((Valid with { Videos = new ShortVideoStats { Views = 100, QualifiedViews = 100 } }).Validate());

    [Fact]
    public void QualifiedViews_AboveNegativeViews_ReportsOnlyTheNegativeViews()
    {
        var problem = SingleProblem(Valid with { Videos = new ShortVideoStats { Views = -5, QualifiedViews = 10 } });

        Assert.Equal("Videos.Views", problem.Path);
    }

    [Fact]
    public void LongVideos_AboveVideosPosted_IsReportedAgainstVideosPosted() =>
        AssertOnlyProblem(
            Valid with { Videos = new ShortVideoStats { VideosPosted = 3, LongVideosPosted = 4 } },
            "Videos.LongVideosPosted",
            "4",
            "at most Videos.VideosPosted (3)");

    [Fact]
    public void LongVideos_EqualToVideosPosted_IsAllowed() =>
        Assert.Empty((Valid with { Videos = new ShortVideoStats { VideosPosted = 3, LongVideosPosted = 3 } }).Validate());

    [Fact]
    public void LiveHours_AboveTwentyFourPerDayOfThePeriod_IsReported()
    {
        var week = new CreatorSnapshot { PeriodDays = 7, Live = new LiveStats { Sessions = 10, Hours = 168.5 } };

        AssertOnlyProblem(week, "Live.Hours", "168.5", "at most 24 hours per day of the period (168)");
    }

    [Fact]
    public void LiveHours_OfTheWholePeriod_IsAllowed() =>
        Assert.Empty(new CreatorSnapshot { PeriodDays = 7, Live = new LiveStats { Sessions = 10, Hours = 168 } }.Validate());

    [Fact]
    public void LiveHours_WithNoSessions_IsReported() =>
        AssertOnlyProblem(Valid with { Live = new LiveStats { Sessions = 0, Hours = 1.5 } }, "Live.Hours", "1.5", "0 when Live.Sessions is 0");

    [Fact]
    public void SessionsWithoutHours_AndNoLiveAtAll_AreAllowed()
    {
        Assert.Empty((Valid with { Live = new LiveStats { Sessions = 2, Hours = 0 } }).Validate());
        Assert.Empty((Valid with { Live = new LiveStats() }).Validate());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(367)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void PeriodDays_Outside1To366_IsReported(int days)
    {
        var shown = days.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var problem = AssertOnlyProblem(InvalidSnapshotArbitraries.Set(new CreatorSnapshot(), "PeriodDays", days), "PeriodDays", shown, "between 1 and 366");

        Assert.Equal("$.periodDays", problem.JsonPath);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(366)]
    public void PeriodDays_AtItsBounds_IsAllowed(int days) =>
        Assert.Empty(new CreatorSnapshot { PeriodDays = days }.Validate());

    [Theory]
    [InlineData(-1)]
    [InlineData(131)]
    [InlineData(int.MinValue)]
    public void Age_Outside0To130_IsReported(int age)
    {
        var problem = SingleProblem(Valid with { Profile = new CreatorProfile { Age = age } });

        Assert.Equal("Profile.Age", problem.Path);
        Assert.Equal("between 0 and 130", problem.Allowed);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(130)]
    [InlineData(null)]
    public void Age_InRangeOrUnknown_IsAllowed(int? age) =>
        Assert.Empty((Valid with { Profile = new CreatorProfile { Age = age } }).Validate());

    [Theory]
    [InlineData("")]
    [InlineData("U")]
    [InlineData("USA")]
    [InlineData("U1")]
    [InlineData("ÜS")]
    [InlineData("ＵＳ")]
    [InlineData(" US")]
    [InlineData("U ")]
    public void Region_NotTwoAsciiLetters_IsReportedQuoted(string region)
    {
        var problem = SingleProblem(Valid with { Profile = new CreatorProfile { Region = region } });

        Assert.Equal("Profile.Region", problem.Path);
        Assert.Equal("'" + region + "'", problem.Value);
        Assert.Contains("two letters", problem.Allowed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US")]
    [InlineData("gb")]
    [InlineData(null)]
    public void Region_TwoAsciiLettersOrUnknown_IsAllowed(string? region) =>
        Assert.Empty((Valid with { Profile = new CreatorProfile { Region = region } }).Validate());

    [Fact]
    public void AccountKind_NotDefined_IsReported()
    {
        var problem = SingleProblem(Valid with { Profile = new CreatorProfile { AccountKind = (AccountKind)7 } });

        Assert.Equal("Profile.AccountKind", problem.Path);
        Assert.Equal("7", problem.Value);
    }

    [Theory]
    [InlineData("Profile", "$.profile")]
    [InlineData("Videos", "$.videos")]
    [InlineData("Live", "$.live")]
    public void NullPart_IsReportedAsNull(string path, string jsonPath)
    {
        var problem = AssertOnlyProblem(InvalidSnapshotArbitraries.Set(Valid, path, null), path, "null", "an object");

        Assert.Equal(jsonPath, problem.JsonPath);
    }

    [Fact]
    public void NullOptionalParts_AreAllowed() =>
        Assert.Empty(new CreatorSnapshot { BrandDeals = null, Merchandise = null, Affiliate = null }.Validate());

    [Theory]
    [InlineData("BrandDeals.ObservedPricePerPost")]
    [InlineData("Merchandise.AverageOrderValue")]
    [InlineData("Affiliate.ObservedSales")]
    public void NegativeMoney_IsReportedWithItsCurrency(string path) =>
        AssertOnlyProblem(
            InvalidSnapshotArbitraries.Set(Valid, path, (Money?)new Money(-12.5m, Currency.Eur)),
            path,
            "-12.50 EUR",
            "zero or greater");

    [Theory]
    [InlineData("BrandDeals.ObservedPricePerPost")]
    [InlineData("Merchandise.AverageOrderValue")]
    [InlineData("Affiliate.ObservedSales")]
    public void ZeroMoney_IsAllowed(string path) =>
        Assert.Empty(InvalidSnapshotArbitraries.Set(Valid, path, (Money?)Money.Usd(0m)).Validate());

    [Fact]
    public void NegativeObservedCoins_IsReported()
    {
        var problem = SingleProblem(Valid with { Live = new LiveStats { CoinsGifted = new Coins(-3.5m) } });

        Assert.Equal("Live.CoinsGifted", problem.Path);
        Assert.Equal("$.live.coinsGifted", problem.JsonPath);
        Assert.Equal("-3.5", problem.Value);
        Assert.Contains("zero or greater", problem.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroObservedCoins_IsAllowed() =>
        Assert.Empty((Valid with { Live = new LiveStats { CoinsGifted = Coins.Zero } }).Validate());

    [Fact]
    public void ThrowIfInvalid_ListsEveryProblemAtOnce()
    {
        var snapshot = new CreatorSnapshot
        {
            PeriodDays = 0,
            Profile = new CreatorProfile { Followers = -10, Region = "USA" },
            Videos = new ShortVideoStats { Views = 10, QualifiedViews = 20 },
        };

        var ex = Assert.Throws<InvalidCreatorSnapshotException>(() => snapshot.ThrowIfInvalid());

        Assert.Equal(["PeriodDays", "Profile.Followers", "Profile.Region", "Videos.QualifiedViews"], ex.Problems.Select(p => p.Path));
        Assert.Contains("(4 problems)", ex.Message, StringComparison.Ordinal);
        foreach (var problem in ex.Problems)
        {
            Assert.Contains(problem.ToString(), ex.Message, StringComparison.Ordinal);
        }

        Assert.Null(ex.SourceName);
        Assert.Equal("snapshot", ex.ParamName);
        Assert.Equal(snapshot.Validate().Select(p => p.ToString()), ex.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void ThrowIfInvalid_WithOneProblem_SaysProblemInTheSingular()
    {
        var ex = Assert.Throws<InvalidCreatorSnapshotException>(() => new CreatorSnapshot { PeriodDays = 0 }.ThrowIfInvalid());

        Assert.Contains("(1 problem)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exception_WithoutProblems_IsRefused_NotAMessageOfZeroProblems()
    {
        Assert.Equal("problems", Assert.Throws<ArgumentNullException>(() => new InvalidCreatorSnapshotException(null!)).ParamName);
        var empty = Assert.Throws<ArgumentException>(() => new InvalidCreatorSnapshotException(Array.Empty<SnapshotProblem>()));
        Assert.Equal("problems", empty.ParamName);
    }

    [Fact]
    public void Exception_MessageAndProblems_AreWhatItWasGiven()
    {
        var problems = new[] { new SnapshotProblem("PeriodDays", "0", "at least 1") };

        var ex = new InvalidCreatorSnapshotException(problems);

        Assert.Same(problems, ex.Problems);
        Assert.Null(ex.SourceName);
        Assert.Equal("snapshot", ex.ParamName);
        Assert.Equal("The creator snapshot is invalid (1 problem):" + Environment.NewLine + "  - " + problems[0], ex.Message);
    }

    [Fact]
    public void Exception_WithASource_NamesTheSourceAndUsesJsonPaths()
    {
        var problems = new CreatorSnapshot { Videos = new ShortVideoStats { Views = 10, QualifiedViews = 20 } }.Validate();

        var ex = new InvalidCreatorSnapshotException(problems, "creator.json");

        Assert.Equal("creator.json", ex.SourceName);
        Assert.Contains("'creator.json'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.videos.qualifiedViews (Videos.QualifiedViews) is 20; it must be at most Videos.Views (10).", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PeriodDays", "$.periodDays")]
    [InlineData("Profile.Followers", "$.profile.followers")]
    [InlineData("Videos.QualifiedViews", "$.videos.qualifiedViews")]
    [InlineData("Live.AverageConcurrentViewers", "$.live.averageConcurrentViewers")]
    [InlineData("BrandDeals.ObservedPricePerPost", "$.brandDeals.observedPricePerPost")]
    [InlineData("Affiliate.CommissionRate", "$.affiliate.commissionRate")]
    public void JsonPath_IsTheCamelCasePath(string path, string jsonPath) =>
        Assert.Equal(jsonPath, new SnapshotProblem(path, "x", "y").JsonPath);

    [Fact]
    public void Validate_ReturnsAFreshListEachTime()
    {
        var snapshot = new CreatorSnapshot { PeriodDays = 0 };

        var first = snapshot.Validate();
        var second = snapshot.Validate();

        Assert.Single(first);
        Assert.Single(second);
        Assert.NotSame(first, second);
    }

    private static SnapshotProblem SingleProblem(CreatorSnapshot snapshot) => Assert.Single(snapshot.Validate());

    private static SnapshotProblem AssertOnlyProblem(CreatorSnapshot snapshot, string path, string value, string allowed)
    {
        var problem = SingleProblem(snapshot);
        Assert.Equal(path, problem.Path);
        Assert.Equal(value, problem.Value);
        Assert.Equal(allowed, problem.Allowed);
        return problem;
    }
}
