using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Revenue;
using TikTokMonetization.Serialization;

namespace TikTokMonetization.Tests;

/// <summary>The laws of the likes analysis over every built-in model.</summary>
public sealed class LikesProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(100).WithQuietOnSuccess(true);
    private static readonly ServiceProvider Provider = TestServices.BuiltIns();
    private static readonly IRevenueEngine Engine = Provider.GetRequiredService<IRevenueEngine>();
    private static readonly Arbitrary<long> Likes = Gen.OneOf(Gen.Choose(1, 10_000).Select(l => (long)l), Gen.Choose(1, int.MaxValue).Select(l => (long)l * 100)).ToArbitrary();

    [Fact]
    public void ACreatorWhoseOnlyActivityIsLikes_EarnsExactlyZeroInEveryBuiltInStream() =>
        Prop.ForAll(CreatorArbitraries.Profile().ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (profile, likes) =>
            {
                var snapshot = new CreatorSnapshot { Profile = profile, Videos = new ShortVideoStats { Likes = likes }, Live = new LiveStats { Likes = likes } };
                return Engine.Estimate(snapshot).Streams.All(s => s.Range == MoneyRange.Zero(Currency.Usd));
            })
            .Check(Quick);

    [Fact]
    public void AddingLikes_NeverLowersAnyBuiltInStream() =>
        Prop.ForAll(CreatorArbitraries.Snapshot(), Likes, (snapshot, likes) =>
            {
                var analysis = Engine.AnalyzeLikes(snapshot, likes);
                return analysis.Streams.All(s => s.Change.Expected.Amount >= 0m && s.RetentionChange.Amount >= 0m && s.EngagementPricingChange.Amount >= 0m && s.VisibilityChange.Amount >= 0m);
            })
            .Check(Quick);

    [Fact]
    public void DeclaredInfluence_AgreesWithMeasuredInfluence_ForEveryBuiltInModel() =>
        Prop.ForAll(CreatorArbitraries.Snapshot(), Likes, (snapshot, likes) =>
            {
                var disagreements = Engine.AnalyzeLikes(snapshot, likes).Disagreements.SelectMany(s => s.Disagreements.Select(d => s.Name + ": " + d)).ToList();
                return (disagreements.Count == 0).Label(string.Join("; ", disagreements));
            })
            .Check(Quick);

    [Fact]
    public void TheValueOfLikes_IsBoundedByTheConfiguredCaps() =>
        Prop.ForAll(CreatorArbitraries.Snapshot(), Likes, (snapshot, likes) =>
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
                var analysis = Engine.AnalyzeLikes(snapshot, likes);
                return analysis.Streams.Select((s, i) => s.Change.Expected.Amount <= bound.Streams[i].Range.Expected.Amount - now.Streams[i].Range.Expected.Amount + 0.01m).All(ok => ok);
            })
            .Check(Quick);

    [Fact]
    public void TheAnalysis_IsDeterministic_AndDoesNotChangeTheSnapshot() =>
        Prop.ForAll(CreatorArbitraries.Snapshot(), Likes, (snapshot, likes) =>
            {
                var before = CreatorSnapshotJson.Serialize(snapshot);
                var first = Engine.AnalyzeLikes(snapshot, likes);
                var second = Engine.AnalyzeLikes(snapshot, likes);
                return CreatorSnapshotJson.Serialize(snapshot) == before
                    && first.TotalChange == second.TotalChange
                    && first.Streams.Select(s => s.Change).SequenceEqual(second.Streams.Select(s => s.Change));
            })
            .Check(Quick);

    [Fact]
    public void TheChannels_AddUpToTheWholeChange() => ChannelsAddUp().Check(Quick);

    [Fact]
    public void TheChannels_AddUpToTheWholeChange_InTheCaseThatOnceMissedByOneDigit() =>
        ChannelsAddUp().Check(Quick.WithReplay(7403709997171856654UL, 12731285799762495555UL));

    private static Property ChannelsAddUp() =>
        Prop.ForAll(CreatorArbitraries.Snapshot(), Likes, (snapshot, likes) =>
            Engine.AnalyzeLikes(snapshot, likes).Streams.All(s => s.RetentionChange + s.EngagementPricingChange + s.VisibilityChange == s.Change.Expected));
}
