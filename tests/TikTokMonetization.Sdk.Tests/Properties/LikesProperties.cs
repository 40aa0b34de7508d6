using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Revenue;
using TikTokMonetization.Serialization;

namespace TikTokMonetization.Tests;

/// <summary>The laws of the likes analysis over every built-in model.</summary>
[Properties(Arbitrary = [typeof(CreatorArbitraries), typeof(CountArbitraries)], MaxTest = 100, QuietOnSuccess = true)]
public sealed class LikesProperties
{
    private static readonly ServiceProvider Provider = TestServices.BuiltIns();
    private static readonly IRevenueEngine Engine = Provider.GetRequiredService<IRevenueEngine>();

    [Property]
    public bool ACreatorWhoseOnlyActivityIsLikes_EarnsExactlyZeroInEveryBuiltInStream(CreatorProfile profile, ExtraLikes likes)
    {
        var snapshot = new CreatorSnapshot { Profile = profile, Videos = new ShortVideoStats { Likes = likes.Value }, Live = new LiveStats { Likes = likes.Value } };
        return Engine.Estimate(snapshot).Streams.All(s => s.Range == MoneyRange.Zero(Currency.Usd));
    }

    [Property]
    public bool TheTotals_AreTheSumsOfTheStreams_LowExpectedHighAndDirect(CreatorSnapshot snapshot, AddedLikes likes)
    {
        // A user reads the total change and the total direct revenue as the sum of the rows above them: each of the
        // range's three points, and the direct revenue, is that sum exactly, and the value per 1,000 likes follows the
        // expected total.
        var analysis = Engine.AnalyzeLikes(snapshot, likes.Value);
        var low = analysis.Streams.Sum(s => s.Change.Low.Amount);
        var expected = analysis.Streams.Sum(s => s.Change.Expected.Amount);
        var high = analysis.Streams.Sum(s => s.Change.High.Amount);
        var direct = analysis.Streams.Sum(s => s.DirectRevenue.Amount);
        return analysis.TotalChange.Low.Amount == low
            && analysis.TotalChange.Expected.Amount == expected
            && analysis.TotalChange.High.Amount == high
            && analysis.TotalDirectRevenue.Amount == direct
            && analysis.TotalChange.Currency == analysis.Currency
            && analysis.TotalDirectRevenue.Currency == analysis.Currency
            && analysis.MarginalValuePer1000Likes.Amount == LikesValuation.PerThousand(expected, likes.Value);
    }

    [Property]
    public bool AddingLikes_NeverLowersAnyBuiltInStream(CreatorSnapshot snapshot, AddedLikes likes)
    {
        var analysis = Engine.AnalyzeLikes(snapshot, likes.Value);
        return analysis.Streams.All(s => s.Change.Expected.Amount >= 0m && s.RetentionChange.Amount >= 0m && s.EngagementPricingChange.Amount >= 0m && s.VisibilityChange.Amount >= 0m);
    }

    /// <summary>
    /// The case that once broke <see cref="AddingLikes_NeverLowersAnyBuiltInStream"/>, replayed from its seed: extra reach
    /// brought views without the interactions that come with them, so the engagement rate by views fell and Creator
    /// Rewards' visibility change was -0.0000168 USD.
    /// </summary>
    [Property(Replay = "(17126679358931712174,987703198784813369,5)", MaxTest = 1)]
    public bool AddingLikes_NeverLowersAnyBuiltInStream_ReplayingTheRunThatOnceFailed(CreatorSnapshot snapshot, AddedLikes likes) =>
        AddingLikes_NeverLowersAnyBuiltInStream(snapshot, likes);

    [Property]
    public bool Reach_NeverLowersARatePerView_OrPerLiveViewer(CreatorSnapshot snapshot, ushort viewsPermille, ushort livePermille)
    {
        // Any multiplier from 0 to 65.535: the interactions the reach brings keep every rate at or above the snapshot's.
        var scaled = new ReachResponse(viewsPermille / 1000m, livePermille / 1000m, "law").ApplyTo(snapshot);
        static bool NotBelow(long count, long views, long newCount, long newViews) =>
            views == 0 || newViews == 0 || count == long.MaxValue || (System.Numerics.BigInteger)newCount * views >= (System.Numerics.BigInteger)count * newViews;
        var (v, w) = (snapshot.Videos, scaled.Videos);
        return NotBelow(v.Likes, v.Views, w.Likes, w.Views)
            && NotBelow(v.Comments, v.Views, w.Comments, w.Views)
            && NotBelow(v.Shares, v.Views, w.Shares, w.Views)
            && NotBelow(v.Saves, v.Views, w.Saves, w.Views)
            && (snapshot.Live.AverageConcurrentViewers == 0d || livePermille == 0 || scaled.Live.Likes >= snapshot.Live.Likes * (livePermille / 1000m) || scaled.Live.AverageConcurrentViewers >= 1e10);
    }

    [Property(MaxTest = 1000)]
    public Property Reach_ScalesCountsToTheirDecimalProduct_RoundedToWholeCounts_SaturatingAtLongMaxValue(long count, DoNotSize<ulong> anyDigits, byte scale, bool nearTheBound, bool hugeCount)
    {
        // Any count up to long.MaxValue, any multiplier from 0 to about 1.8e19 at up to 28 decimal places, and often one
        // near 8.6e9, above which a multiplier times the largest count no longer fits decimal: views are the product
        // rounded down, LIVE likes (for multipliers up to 10^10, the audience cap, which one viewer never passes) the
        // product rounded up, and a product at or past long.MaxValue is long.MaxValue. Zero stays zero at any multiplier.
        var digits = anyDigits.Item; // across the whole range, not only the small values FsCheck's size allows
        var n = hugeCount ? long.MaxValue - (long)((ulong)count % 1_000UL) : count == long.MinValue ? long.MaxValue : Math.Abs(count);
        var multiplier = nearTheBound
            ? 7_900_000_000m + ((digits % 800_000_000_000_000_000UL) / 1_000_000_000m)
            : new decimal((int)digits, (int)(digits >> 32), 0, false, (byte)(scale % 29));
        var snapshot = new CreatorSnapshot { Videos = new ShortVideoStats { Views = n }, Live = new LiveStats { Hours = 1, AverageConcurrentViewers = 1, Likes = n } };

        var live = multiplier <= 10_000_000_000m ? multiplier : 1m;
        var scaled = new ReachResponse(multiplier, live, "law").ApplyTo(snapshot);

        static long Expected(long count, decimal factor, bool up)
        {
            var bits = decimal.GetBits(factor);
            var mantissa = new System.Numerics.BigInteger((uint)bits[0]) | (new System.Numerics.BigInteger((uint)bits[1]) << 32) | (new System.Numerics.BigInteger((uint)bits[2]) << 64);
            var exact = count * mantissa / System.Numerics.BigInteger.Pow(10, (bits[3] >> 16) & 0xFF);
            if (exact >= long.MaxValue)
            {
                return long.MaxValue;
            }

            var product = up ? decimal.Ceiling(count * factor) : decimal.Floor(count * factor);
            return product >= long.MaxValue ? long.MaxValue : (long)product;
        }

        return (scaled.Videos.Views == Expected(n, multiplier, up: false)
                && (live == 1m || scaled.Live.Likes == Expected(n, live, up: true)))
            .Label($"count {n}, multiplier {multiplier}: views {scaled.Videos.Views}, LIVE likes {scaled.Live.Likes}");
    }

    [Property]
    public Property DeclaredInfluence_AgreesWithMeasuredInfluence_ForEveryBuiltInModel(CreatorSnapshot snapshot, AddedLikes likes)
    {
        var disagreements = Engine.AnalyzeLikes(snapshot, likes.Value).Disagreements.SelectMany(s => s.Disagreements.Select(d => s.Name + ": " + d)).ToList();
        return (disagreements.Count == 0).Label(string.Join("; ", disagreements));
    }

    [Property]
    public bool TheValueOfLikes_IsBoundedByTheConfiguredCaps(CreatorSnapshot snapshot, AddedLikes likes)
    {
        // Every built-in model is monotone and saturating in likes and reach, so no number of likes can be worth
        // more than the creator with unlimited likes at the reach model's cap (default +50% views, +25% LIVE viewers).
        var capped = new ReachResponse(1.5m, 1.25m, "cap").ApplyTo(snapshot with
        {
            Videos = snapshot.Videos with { Likes = snapshot.Videos.Likes + 1_000_000_000_000 },
            Live = snapshot.Live with { Likes = snapshot.Live.Likes + 1_000_000_000_000 },
        });
        var bound = Engine.Estimate(capped);
        var now = Engine.Estimate(snapshot);
        var analysis = Engine.AnalyzeLikes(snapshot, likes.Value);
        return analysis.Streams.Select((s, i) => s.Change.Expected.Amount <= bound.Streams[i].Range.Expected.Amount - now.Streams[i].Range.Expected.Amount + 0.01m).All(ok => ok);
    }

    [Property]
    public bool TheAnalysis_IsDeterministic_AndDoesNotChangeTheSnapshot(CreatorSnapshot snapshot, AddedLikes likes)
    {
        var before = CreatorSnapshotJson.Serialize(snapshot);
        var first = Engine.AnalyzeLikes(snapshot, likes.Value);
        var second = Engine.AnalyzeLikes(snapshot, likes.Value);
        return CreatorSnapshotJson.Serialize(snapshot) == before
            && first.TotalChange == second.TotalChange
            && first.Streams.Select(s => s.Change).SequenceEqual(second.Streams.Select(s => s.Change));
    }

    [Property]
    public bool TheChannels_AddUpToTheWholeChange(CreatorSnapshot snapshot, AddedLikes likes) => ChannelsAddUp(snapshot, likes.Value);

    /// <summary>
    /// The run that once found the parts missing the whole change by one digit, replayed from its seed. FsCheck.Xunit
    /// draws a method's parameters differently from the FsCheck-core run inside a [Fact] that found it, so the seed alone no longer
    /// reaches that case; <see cref="TheChannels_AddUpToTheWholeChange_ForTheCaseThatOnceMissedByOneDigit"/> pins it.
    /// </summary>
    [Property(Replay = "(7403709997171856654,12731285799762495555)")]
    public bool TheChannels_AddUpToTheWholeChange_ReplayingTheRunThatOnceFailed(CreatorSnapshot snapshot, AddedLikes likes) => ChannelsAddUp(snapshot, likes.Value);

    /// <summary>The case the seeded run found (its 47th): the retention, pricing and visibility parts summed to one digit off the whole change.</summary>
    [Fact]
    public void TheChannels_AddUpToTheWholeChange_ForTheCaseThatOnceMissedByOneDigit()
    {
        var snapshot = new CreatorSnapshot
        {
            PeriodDays = 30,
            Profile = new CreatorProfile { Followers = 1785, Age = 65, Region = "JP", AudienceRegion = "GB", Niche = "comedy", AccountKind = AccountKind.GovernmentOrPolitical, InGoodStanding = true },
            Videos = new ShortVideoStats
            {
                VideosPosted = 94,
                LongVideosPosted = 83,
                Views = 24_170_845,
                QualifiedViews = 22_430_544,
                AverageWatchSeconds = 538,
                FinishRate = 0.65,
                OriginalShare = 0.2,
                SearchViewShare = 0.91,
                Likes = 612_456,
                Comments = 93_008,
                Shares = 19_530,
                Saves = 94_204,
            },
            Live = new LiveStats { Sessions = 6, Hours = 150.4, AverageConcurrentViewers = 27_688, Likes = 1_694_617, NewFollowers = 6_252 },
            Subscriptions = new SubscriptionInputs { Subscribers = 5_102, MonthlyPrice = Money.Usd(11.56m) },
        };

        Assert.All(Engine.AnalyzeLikes(snapshot, 65_867_968_300).Streams, s =>
            Assert.Equal(s.Change.Expected, s.RetentionChange + s.EngagementPricingChange + s.VisibilityChange));
    }

    private static bool ChannelsAddUp(CreatorSnapshot snapshot, long likes) =>
        Engine.AnalyzeLikes(snapshot, likes).Streams.All(s => s.RetentionChange + s.EngagementPricingChange + s.VisibilityChange == s.Change.Expected);
}
