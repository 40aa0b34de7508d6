using FsCheck;
using FsCheck.Fluent;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.CreatorRewards;

namespace TikTokMonetization.Tests;

/// <summary>
/// Registers generators for the Creator Rewards model: <see cref="CreatorSnapshot"/> (half of them eligible for both
/// programs) and valid <see cref="CreatorRewardsOptions"/>.
/// </summary>
public static class CreatorRewardsArbitraries
{
    // Regions both programs are offered in by default, so one generated creator is eligible for either.
    private static readonly string[] SharedRegions = ["US", "GB", "DE", "FR"];
    private static readonly string?[] AudienceRegions = ["US", "GB", "BR", "JP", "IN", null];
    private static readonly string?[] Niches = ["finance", "gaming", "comedy", null];

    private static Gen<double?> OptionalFraction() => Gen.OneOf(Gen.Constant((double?)null), Gen.Choose(0, 100).Select(p => (double?)(p / 100d)));

    /// <summary>Generates profiles that meet every default rule of both programs.</summary>
    public static Gen<CreatorProfile> EligibleProfile() =>
        from followers in Gen.Choose(10_000, 5_000_000)
        from age in Gen.Choose(19, 70)
        from region in Gen.Elements(SharedRegions)
        from audience in Gen.Elements(AudienceRegions)
        from niche in Gen.Elements(Niches)
        select new CreatorProfile { Followers = followers, Age = age, Region = region, AudienceRegion = audience, Niche = niche };

    /// <summary>Generates 30-day video statistics that meet every default rule of both programs, with every driver present or absent.</summary>
    public static Gen<ShortVideoStats> EligibleVideos() =>
        from posted in Gen.Choose(1, 200)
        from longPosted in Gen.Choose(1, posted)
        from views in Gen.Choose(100_000, 50_000_000)
        from qualifiedPermille in Gen.Choose(0, 1000)
        from finish in OptionalFraction()
        from watch in Gen.OneOf(Gen.Constant((double?)null), Gen.Choose(0, 600).Select(s => (double?)s))
        from original in OptionalFraction()
        from search in OptionalFraction()
        from likes in Gen.Choose(0, 5_000_000)
        from comments in Gen.Choose(0, 200_000)
        from shares in Gen.Choose(0, 200_000)
        from saves in Gen.Choose(0, 200_000)
        select new ShortVideoStats
        {
            VideosPosted = posted,
            LongVideosPosted = longPosted,
            Views = views,
            QualifiedViews = views * (long)qualifiedPermille / 1000,
            FinishRate = finish,
            AverageWatchSeconds = watch,
            OriginalShare = original,
            SearchViewShare = search,
            Likes = likes,
            Comments = comments,
            Shares = shares,
            Saves = saves,
        };

    /// <summary>Generates snapshots of creators eligible for both programs under the default options.</summary>
    public static Gen<CreatorSnapshot> EligibleSnapshotGen() =>
        from snapshot in CreatorArbitraries.SnapshotGen()
        from profile in EligibleProfile()
        from videos in EligibleVideos()
        select snapshot with { PeriodDays = 30, Profile = profile, Videos = videos };

    /// <summary>Eligible creators half of the time, any valid creator otherwise.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CreatorSnapshot> Snapshot() => Gen.OneOf(EligibleSnapshotGen(), CreatorArbitraries.SnapshotGen()).ToArbitrary();

    /// <summary>Generates valid options: random RPM ranges, weights (at least one positive), caps, neutral score and multipliers.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CreatorRewardsOptions> Options() =>
        (from fund in Gen.Elements(false, true)
         from lowCents in Gen.Choose(0, 200)
         from spreadCents in Gen.Choose(0, 300)
         from weights in Gen.Choose(0, 5).ArrayOf(4).Where(w => w.Sum() > 0)
         from neutral in Gen.Choose(0, 100)
         from finishTarget in Gen.Choose(1, 100)
         from watchTarget in Gen.Choose(1, 300)
         from searchCap in Gen.Choose(1, 100)
         from engagementCap in Gen.Choose(1, 50)
         from country in Gen.Choose(0, 300)
         from niche in Gen.Choose(0, 300)
         select Build(fund, lowCents, spreadCents, weights, neutral, finishTarget, watchTarget, searchCap, engagementCap, country, niche)).ToArbitrary();

    private static CreatorRewardsOptions Build(bool fund, int lowCents, int spreadCents, int[] weights, int neutral, int finishTarget, int watchTarget, int searchCap, int engagementCap, int country, int niche)
    {
        var options = new CreatorRewardsOptions { Program = fund ? CreatorRewardsProgram.CreatorFund : CreatorRewardsProgram.CreatorRewards };
        var program = fund ? options.CreatorFund : options.CreatorRewards;
        program.RpmLow = lowCents / 100m;
        program.RpmHigh = (lowCents + spreadCents) / 100m;
        options.Scoring.OriginalityWeight = weights[0];
        options.Scoring.PlayDurationWeight = weights[1];
        options.Scoring.SearchValueWeight = weights[2];
        options.Scoring.EngagementWeight = weights[3];
        options.Scoring.NeutralScore = neutral / 100m;
        options.Scoring.TargetFinishRate = finishTarget / 100m;
        options.Scoring.TargetWatchSeconds = watchTarget;
        options.Scoring.SearchViewShareCap = searchCap / 100m;
        options.Scoring.EngagementRateCap = engagementCap / 100m;
        options.CountryMultipliers["US"] = country / 100m;
        options.NicheMultipliers["finance"] = niche / 100m;
        return options;
    }
}

/// <summary>Registers creators eligible for both Creator Rewards programs under the default options as <see cref="CreatorSnapshot"/>.</summary>
public static class EligibleRewardsCreatorArbitraries
{
    /// <summary>Creators who meet every default rule of both programs over a 30-day period.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CreatorSnapshot> Snapshot() => CreatorRewardsArbitraries.EligibleSnapshotGen().ToArbitrary();
}
