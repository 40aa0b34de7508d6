using System.Text.Json;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>Laws that hold for every snapshot: validation accepts what is valid, names what is not, and never throws; engagement ratios are always usable numbers.</summary>
[Properties(Arbitrary = [typeof(FullSnapshotArbitraries), typeof(InvalidSnapshotArbitraries), typeof(CreatorArbitraries)], MaxTest = 300, QuietOnSuccess = true)]
public sealed class SnapshotProperties
{
    [Property(Arbitrary = [typeof(CreatorArbitraries)])]
    public bool Validate_IsEmpty_ForEveryGeneratedSnapshot(CreatorSnapshot s) =>
        s.Validate().Count == 0 && ReferenceEquals(s, s.ThrowIfInvalid());

    [Property]
    public bool Validate_IsEmpty_ForEveryGeneratedSnapshotWithOptionalParts(CreatorSnapshot full) =>
        full.Validate().Count == 0 && ReferenceEquals(full, full.ThrowIfInvalid());

    [Property(MaxTest = 1_000)]
    public bool Validate_ReportsTheBrokenField_AndNothingElse(BrokenSnapshot broken)
    {
        var path = broken.Paths.Single();
        var problems = broken.Snapshot.Validate();
        return problems.Count > 0
            && problems.All(p => p.Path == path && p.JsonPath == ExpectedJsonPath(path))
            && problems.All(p => p.Value.Length > 0 && p.Allowed.Length > 0);
    }

    [Property(Arbitrary = [typeof(SeveralBrokenFieldsArbitraries)])]
    public bool ThrowIfInvalid_ListsEveryProblemThatValidateFinds(BrokenSnapshot broken)
    {
        var problems = broken.Snapshot.Validate();
        var ex = Assert.Throws<InvalidCreatorSnapshotException>(() => broken.Snapshot.ThrowIfInvalid());
        return problems.Count > 0
            && problems.All(p => broken.Paths.Contains(p.Path))
            && ex.Problems.Select(p => p.ToString()).SequenceEqual(problems.Select(p => p.ToString()))
            && problems.All(p => ex.Message.Contains(p.Path, StringComparison.Ordinal));
    }

    [Property(Arbitrary = [typeof(SeveralBrokenFieldsArbitraries)])]
    public bool Validate_NeverThrows_WhateverIsBroken(BrokenSnapshot broken) =>
        Record.Exception(() => broken.Snapshot.Validate()) is null;

    [Property]
    public bool GetEngagement_RatiosAreFiniteAndNonNegative(CreatorSnapshot full, EngagementInteractions interactions) =>
        AllUsable(full.GetEngagement(interactions));

    [Property(Arbitrary = [typeof(HugeCountCreatorArbitraries)])]
    public bool GetEngagement_RatiosAreFiniteAndNonNegative_EvenForHugeCounts(CreatorSnapshot huge, EngagementInteractions interactions) =>
        huge.Validate().Count == 0 && AllUsable(huge.GetEngagement(interactions));

    [Property]
    public bool GetEngagement_MatchesItsDefinition(CreatorSnapshot full)
    {
        var v = full.Videos;
        var e = full.GetEngagement(EngagementInteractions.All);
        var count = v.Likes + v.Comments + v.Shares + v.Saves;
        return e.InteractionCount == count
            && e.ByViews == (v.Views == 0 ? 0 : (double)count / v.Views)
            && e.ByFollowers == (full.Profile.Followers == 0 ? 0 : (double)count / full.Profile.Followers)
            && e.QualifiedViewShare <= 1
            && full.GetEngagement(EngagementInteractions.None).InteractionCount == 0
            && full.GetEngagement().InteractionCount == v.Likes + v.Comments + v.Shares;
    }

    private static bool AllUsable(EngagementMetrics e) =>
        e.InteractionCount >= 0
        && new[] { e.ByViews, e.ByFollowers, e.LikeRate, e.CommentRate, e.ShareRate, e.SaveRate, e.QualifiedViewShare }
            .All(r => !double.IsNaN(r) && !double.IsInfinity(r) && r >= 0);

    /// <summary>
    /// The engine checks an instance once: a copy made with <c>with</c> from a checked snapshot carries its mark, and must
    /// still be refused, with the same problems, when every value it holds is a broken snapshot's.
    /// </summary>
    [Property]
    public bool ACopyOfACheckedSnapshot_HoldingABrokenSnapshotsValues_IsRefusedAsTheBrokenOneIs(BrokenSnapshot broken, CreatorSnapshot valid)
    {
        var engine = CheckingEngine.GetRequiredService<IRevenueEngine>();
        engine.Estimate(valid);
        var b = broken.Snapshot;
        var copy = valid with
        {
            CreatorId = b.CreatorId,
            PeriodDays = b.PeriodDays,
            Profile = b.Profile,
            Videos = b.Videos,
            Live = b.Live,
            BrandDeals = b.BrandDeals,
            Merchandise = b.Merchandise,
            Affiliate = b.Affiliate,
            Subscriptions = b.Subscriptions,
        };
        var expected = Assert.Throws<InvalidCreatorSnapshotException>(() => { engine.Estimate(b); });
        var actual = Assert.Throws<InvalidCreatorSnapshotException>(() => { engine.Estimate(copy); });
        var batch = Assert.Throws<InvalidCreatorSnapshotException>(() => engine.EstimateExpected([valid, copy], new decimal[2 * engine.Models.Count]));
        return copy == b && actual.Message == expected.Message && batch.Message == expected.Message;
    }

    private static readonly ServiceProvider CheckingEngine = TestServices.BuiltIns();

    // The JSON path is derived with the serializer's own naming policy, not with the code under test.
    private static string ExpectedJsonPath(string path) =>
        "$." + string.Join(".", path.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
