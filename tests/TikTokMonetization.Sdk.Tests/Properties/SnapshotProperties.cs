using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using TikTokMonetization.Creators;

namespace TikTokMonetization.Tests;

/// <summary>Laws that hold for every snapshot: validation accepts what is valid, names what is not, and never throws; engagement ratios are always usable numbers.</summary>
public sealed class SnapshotProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);

    [Fact]
    public void Validate_IsEmpty_ForEveryGeneratedSnapshot() =>
        Prop.ForAll(CreatorArbitraries.Snapshot(), s => s.Validate().Count == 0 && ReferenceEquals(s, s.ThrowIfInvalid()))
            .Check(Quick);

    [Fact]
    public void Validate_IsEmpty_ForEveryGeneratedSnapshotWithOptionalParts() =>
        Prop.ForAll(InvalidSnapshotArbitraries.FullSnapshot(), s => s.Validate().Count == 0 && ReferenceEquals(s, s.ThrowIfInvalid()))
            .Check(Quick);

    [Fact]
    public void Validate_ReportsTheBrokenField_AndNothingElse() =>
        Prop.ForAll(InvalidSnapshotArbitraries.OneBrokenField(), broken =>
        {
            var path = broken.Paths.Single();
            var problems = broken.Snapshot.Validate();
            return problems.Count > 0
                && problems.All(p => p.Path == path && p.JsonPath == ExpectedJsonPath(path))
                && problems.All(p => p.Value.Length > 0 && p.Allowed.Length > 0);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1_000).WithQuietOnSuccess(true));

    [Fact]
    public void ThrowIfInvalid_ListsEveryProblemThatValidateFinds() =>
        Prop.ForAll(InvalidSnapshotArbitraries.SeveralBrokenFields(), broken =>
        {
            var problems = broken.Snapshot.Validate();
            var ex = Assert.Throws<InvalidCreatorSnapshotException>(() => broken.Snapshot.ThrowIfInvalid());
            return problems.Count > 0
                && problems.All(p => broken.Paths.Contains(p.Path))
                && ex.Problems.Select(p => p.ToString()).SequenceEqual(problems.Select(p => p.ToString()))
                && problems.All(p => ex.Message.Contains(p.Path, StringComparison.Ordinal));
        }).Check(Quick);

    [Fact]
    public void Validate_NeverThrows_WhateverIsBroken() =>
        Prop.ForAll(InvalidSnapshotArbitraries.SeveralBrokenFields(), broken =>
        {
            var ex = Record.Exception(() => broken.Snapshot.Validate());
            return ex is null;
        }).Check(Quick);

    [Fact]
    public void GetEngagement_RatiosAreFiniteAndNonNegative() =>
        Prop.ForAll(InvalidSnapshotArbitraries.FullSnapshot(), Gen.Choose(0, 15).Select(i => (EngagementInteractions)i).ToArbitrary(), (s, interactions) =>
            AllUsable(s.GetEngagement(interactions)))
            .Check(Quick);

    [Fact]
    public void GetEngagement_RatiosAreFiniteAndNonNegative_EvenForHugeCounts() =>
        Prop.ForAll(HugeCountSnapshot(), Gen.Choose(0, 15).Select(i => (EngagementInteractions)i).ToArbitrary(), (s, interactions) =>
            s.Validate().Count == 0 && AllUsable(s.GetEngagement(interactions)))
            .Check(Quick);

    [Fact]
    public void GetEngagement_MatchesItsDefinition() =>
        Prop.ForAll(InvalidSnapshotArbitraries.FullSnapshot(), s =>
        {
            var v = s.Videos;
            var e = s.GetEngagement(EngagementInteractions.All);
            var count = v.Likes + v.Comments + v.Shares + v.Saves;
            return e.InteractionCount == count
                && e.ByViews == (v.Views == 0 ? 0 : (double)count / v.Views)
                && e.ByFollowers == (s.Profile.Followers == 0 ? 0 : (double)count / s.Profile.Followers)
                && e.QualifiedViewShare <= 1
                && s.GetEngagement(EngagementInteractions.None).InteractionCount == 0
                && s.GetEngagement().InteractionCount == v.Likes + v.Comments + v.Shares;
        }).Check(Quick);

    private static bool AllUsable(EngagementMetrics e) =>
        e.InteractionCount >= 0
        && new[] { e.ByViews, e.ByFollowers, e.LikeRate, e.CommentRate, e.ShareRate, e.SaveRate, e.QualifiedViewShare }
            .All(r => !double.IsNaN(r) && !double.IsInfinity(r) && r >= 0);

    // The JSON path is derived with the serializer's own naming policy, not with the code under test.
    private static string ExpectedJsonPath(string path) =>
        "$." + string.Join(".", path.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    /// <summary>Valid snapshots whose counts reach up to <see cref="long.MaxValue"/>: nothing in validation caps them.</summary>
    private static Arbitrary<CreatorSnapshot> HugeCountSnapshot()
    {
        var huge = Gen.OneOf(
            Gen.Elements(0L, 1L, long.MaxValue, long.MaxValue - 1, long.MaxValue / 2, long.MaxValue / 3),
            from high in Gen.Choose(0, int.MaxValue)
            from low in Gen.Choose(0, int.MaxValue)
            select ((long)high << 32) | (uint)low);
        return (from s in CreatorArbitraries.SnapshotGen()
                from views in huge
                from qualified in huge
                from likes in huge
                from comments in huge
                from shares in huge
                from saves in huge
                from followers in huge
                select s with
                {
                    Profile = new CreatorProfile { Followers = followers },
                    Videos = new ShortVideoStats
                    {
                        Views = views,
                        QualifiedViews = Math.Min(qualified, views),
                        Likes = likes,
                        Comments = comments,
                        Shares = shares,
                        Saves = saves,
                    },
                }).ToArbitrary();
    }
}
