using System.Reflection;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Revenue;
using TikTokMonetization.Testing;

namespace TikTokMonetization.Tests;

/// <summary>
/// The reusable contract catches each law a user's model can break, one broken model per law, and says which in words a
/// model's author can act on: a contract that passes a broken model is a silent wrong number in every report that uses it.
/// </summary>
public sealed class RevenueModelContractTests
{
    private static readonly LikesImpact NoLikes = new(false, LikesInfluence.None, LikesChannels.None, "Does not depend on likes.");

    /// <summary>A fresh creator with views (the likes-only copy the contract makes has none).</summary>
    private static CreatorSnapshot Creator(string? id = "@contract") => new()
    {
        CreatorId = id,
        Profile = new CreatorProfile { Followers = 5_000 },
        Videos = new ShortVideoStats { Views = 10_000, Likes = 700 },
    };

    private static RevenueEstimate Usd(string stream, decimal low, decimal expected, decimal high) =>
        new(stream, "Scripted", new MoneyRange(new ValueRange(low, expected, high), Currency.Usd), Eligibility.Unconditional, null, NoLikes);

    [Theory]
    [InlineData("")]
    [InlineData("Scripted")]
    [InlineData("my model")]
    [InlineData("tab\tname")]
    public void AName_ThatIsEmpty_UpperCase_OrHasASpace_IsAViolation(string name)
    {
        var model = new ScriptedModel(name, (s, _) => s.Videos.Views == 0 ? Usd(name, 0m, 0m, 0m) : Usd(name, 1m, 2m, 3m));

        Assert.Equal(
            [$"Name '{name}' must be a non-empty lower-case identifier without spaces, such as 'live-gifts'."],
            RevenueModelContract.FindViolations(model, Creator()));
    }

    [Fact]
    public void AModelThatKeepsEveryLaw_HasNoViolation_AndVerifyPasses()
    {
        var model = new ScriptedModel("pulse-share", (s, _) => s.Videos.Views == 0 ? Usd("pulse-share", 0m, 0m, 0m) : Usd("pulse-share", 1m, 2m, 3m));

        Assert.Empty(RevenueModelContract.FindViolations(model, Creator()));
        RevenueModelContract.Verify(model, [Creator(), Creator("@second")]);
    }

    [Fact]
    public void AnEstimateForAnotherStream_IsAViolation()
    {
        var model = new ScriptedModel("pulse-share", (s, _) => Usd("pulse", 0m, 0m, 0m));

        Assert.Equal(
            ["the estimate's Stream is 'pulse' but the model's Name is 'pulse-share'."],
            RevenueModelContract.FindViolations(model, Creator()));
    }

    [Fact]
    public void TwoCallsWithDifferentRanges_AreNotDeterministic()
    {
        // Calls 1 (Estimate) and 2 (the second Estimate) differ; later calls agree with the first.
        var model = new ScriptedModel("drift", (s, call) => s.Videos.Views == 0 ? Usd("drift", 0m, 0m, 0m) : call == 2 ? Usd("drift", 1m, 2m, 4m) : Usd("drift", 1m, 2m, 3m));

        Assert.Equal(
            ["not deterministic: 1.00 USD to 3.00 USD (expected 2.00 USD) then 1.00 USD to 4.00 USD (expected 2.00 USD) for the same snapshot."],
            RevenueModelContract.FindViolations(model, Creator()));
    }

    [Theory]
    [InlineData(3, 6)]
    [InlineData(4, 4)]
    public void ConcurrentCallsThatDisagree_AreNotThreadSafe(int firstOdd, int lastOdd)
    {
        // The first two calls agree; the concurrent ones (calls 3 to 6) from firstOdd to lastOdd do not: all four, or one is enough.
        var model = new ScriptedModel("racy", (s, call) => s.Videos.Views == 0 ? Usd("racy", 0m, 0m, 0m) : call >= firstOdd && call <= lastOdd ? Usd("racy", 1m, 2m, 5m) : Usd("racy", 1m, 2m, 3m));

        Assert.Equal(
            ["concurrent calls returned different ranges (or threw): the model is not thread-safe."],
            RevenueModelContract.FindViolations(model, Creator()));
    }

    [Fact]
    public void ConcurrentCallsThatThrow_AreNotThreadSafe()
    {
        var model = new ScriptedModel("racy", (s, call) => call is > 2 and <= 6 ? throw new InvalidOperationException("busy") : Usd("racy", 0m, 0m, 0m));

        Assert.Equal(
            ["concurrent calls returned different ranges (or threw): the model is not thread-safe."],
            RevenueModelContract.FindViolations(model, Creator()));
    }

    [Theory]
    [InlineData(1, "Estimate threw InvalidOperationException: call 1")]
    [InlineData(2, "second Estimate threw InvalidOperationException: call 2")]
    [InlineData(7, "Estimate (likes only) threw InvalidOperationException: call 7")]
    public void AnEstimateThatThrows_IsAViolation_NamingTheCall(int throwingCall, string message)
    {
        // Call 1 is the estimate, 2 the determinism check, 3 to 6 the concurrent ones, 7 the likes-only copy; a first
        // estimate that throws leaves nothing else to check.
        var model = new ScriptedModel("thrower", (s, call) => call == throwingCall
            ? throw new InvalidOperationException($"call {call}")
            : s.Videos.Views == 0 ? Usd("thrower", 0m, 0m, 0m) : Usd("thrower", 1m, 2m, 3m));

        Assert.Equal([message], RevenueModelContract.FindViolations(model, Creator()));
    }

    [Fact]
    public void AModelThatChangesItsInput_IsAViolation()
    {
        // Snapshots are init-only, so only reflection can write one; the contract notices all the same.
        var model = new ScriptedModel("writer", (s, _) =>
        {
            typeof(CreatorSnapshot).GetProperty(nameof(CreatorSnapshot.PeriodDays))!.SetValue(s, 28);
            return Usd("writer", 0m, 0m, 0m);
        });

        Assert.Equal(
            ["Estimate changed the snapshot; models must not mutate their input."],
            RevenueModelContract.FindViolations(model, Creator()));
    }

    [Fact]
    public void AFastPathThatDisagreesOrThrows_IsAViolation()
    {
        var disagrees = new ScriptedModel("fast", (s, _) => Usd("fast", 0m, 0m, 0m)) { Expected = _ => Money.Usd(0.01m), Eligible = _ => false };
        Assert.Equal(
            [
                "EstimateExpected returned 0.01 USD but Estimate's expected amount is 0.00 USD.",
                "IsEligible returned false but Estimate's eligibility is eligible.",
            ],
            RevenueModelContract.FindViolations(disagrees, Creator()));

        var throws = new ScriptedModel("fast", (s, _) => Usd("fast", 0m, 0m, 0m))
        {
            Expected = _ => throw new InvalidOperationException("no fast path"),
            Eligible = _ => throw new NotSupportedException("no probe"),
        };
        Assert.Equal(
            ["EstimateExpected threw InvalidOperationException: no fast path", "IsEligible threw NotSupportedException: no probe"],
            RevenueModelContract.FindViolations(throws, Creator()));
    }

    [Fact]
    public void AnEligibilityProbeThatSaysEligible_ForAnIneligibleEstimate_IsAViolation()
    {
        var model = new ScriptedModel("probe", (s, _) => Deferred("probe", isEligible: false, [Unmet]));
        model.Eligible = _ => true;

        Assert.Equal(
            ["IsEligible returned true but Estimate's eligibility is not eligible."],
            RevenueModelContract.FindViolations(model, Creator()));
    }

    [Fact]
    public void AModelThatPaysForLikesAlone_IsAViolation_EvenWhenTheCreatorHasNoLiveLikes()
    {
        // The likes-only copy has at least one like in each place, so a model paying for LIVE likes is caught even
        // for a creator who had none.
        var model = new ScriptedModel("live-likes", (s, _) => Usd("live-likes", 0m, s.Live.Likes * 0.5m, s.Live.Likes * 0.5m));

        Assert.Equal(0, Creator().Live.Likes);
        Assert.Equal(
            ["a creator whose only activity is likes earned 0.00 USD to 0.50 USD (expected 0.50 USD); likes alone must earn nothing."],
            RevenueModelContract.FindViolations(model, Creator()));
    }

    [Fact]
    public void AModelThatPaysForVideoLikesAlone_IsAViolation_AtTheCreatorsOwnLikes()
    {
        // The likes-only copy keeps the creator's 700 video likes (at least one), so the message shows what they earned.
        var model = new ScriptedModel("video-likes", (s, _) => Usd("video-likes", 0m, s.Videos.Likes * 0.5m, s.Videos.Likes * 0.5m));

        Assert.Equal(
            ["a creator whose only activity is likes earned 0.00 USD to 350.00 USD (expected 350.00 USD); likes alone must earn nothing."],
            RevenueModelContract.FindViolations(model, Creator()));
    }

    [Fact]
    public void AnIneligibleEstimate_WhoseRulesAreAllMet_IsAViolation()
    {
        var model = new ScriptedModel("flag", (s, _) => Deferred("flag", isEligible: false, [Met]));

        Assert.Equal(["ineligible without an unmet rule that gives a reason."], RevenueModelContract.FindViolations(model, Creator()));
    }

    [Fact]
    public void AnEligibleEstimate_WithAnUnmetRule_IsAViolation()
    {
        // RevenueEstimate.FromDetails takes the flag on trust; the rules its details build must agree with it.
        var model = new ScriptedModel("flag", (s, _) => Deferred("flag", isEligible: true, [Met, Unmet]));

        Assert.Equal(
            ["eligible, but rule 'min-followers' is not met: the eligibility flag and the rules disagree."],
            RevenueModelContract.FindViolations(model, Creator()));
    }

    [Fact]
    public void DeferredDetailsThatThrow_AreReportedAsViolations_NotThrownOutOfTheContract()
    {
        var model = new ScriptedModel("lazy", (s, _) => RevenueEstimate.FromDetails(
            "lazy", "Lazy", new MoneyRange(ValueRange.Exactly(0m), Currency.Usd), true, new EstimateDetails<ThrowingBasis>(default), NoLikes));

        Assert.Equal(
            [
                "building the eligibility rules threw InvalidOperationException: rules are broken",
                "building the breakdown threw InvalidOperationException: lines are broken",
            ],
            RevenueModelContract.FindViolations(model, Creator()));
    }

    [Fact]
    public void ViolationsOverManySnapshots_NameEachSnapshotByPositionAndId()
    {
        var model = new ScriptedModel("pulse-share", (s, _) => Usd("pulse", 0m, 0m, 0m));

        Assert.Equal(
            [
                "snapshot #0 (@first): the estimate's Stream is 'pulse' but the model's Name is 'pulse-share'.",
                "snapshot #1 (no id): the estimate's Stream is 'pulse' but the model's Name is 'pulse-share'.",
            ],
            RevenueModelContract.FindViolations(model, [Creator("@first"), Creator(null)]));

        var ex = Assert.Throws<RevenueModelContractException>(() => RevenueModelContract.Verify(model, [Creator("@first")]));
        Assert.Equal("pulse-share", ex.ModelName);
        Assert.Equal(["snapshot #0 (@first): the estimate's Stream is 'pulse' but the model's Name is 'pulse-share'."], ex.Violations);
    }

    [Fact]
    public void Verify_ThrowsAMessageThatListsEveryViolation_OneALine()
    {
        var model = new ScriptedModel("pulse-share", (s, _) => Usd("pulse", 0m, 0m, 0m));

        var ex = Assert.Throws<RevenueModelContractException>(() => RevenueModelContract.Verify(model, [Creator("@first"), Creator("@second")]));

        Assert.Equal(
            "Revenue model 'pulse-share' breaks the model contract (2 violations):" + Environment.NewLine
            + "  - snapshot #0 (@first): the estimate's Stream is 'pulse' but the model's Name is 'pulse-share'." + Environment.NewLine
            + "  - snapshot #1 (@second): the estimate's Stream is 'pulse' but the model's Name is 'pulse-share'.",
            ex.Message);

        var one = Assert.Throws<RevenueModelContractException>(() => RevenueModelContract.Verify(model, [Creator("@first")]));
        Assert.StartsWith("Revenue model 'pulse-share' breaks the model contract (1 violation):" + Environment.NewLine, one.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullArguments_AndAnInvalidSnapshot_AreRefused()
    {
        var model = new ScriptedModel("pulse-share", (s, _) => Usd("pulse-share", 0m, 0m, 0m));

        Assert.Equal("model", Assert.Throws<ArgumentNullException>(() => RevenueModelContract.FindViolations(null!, Creator())).ParamName);
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => RevenueModelContract.FindViolations(model, (CreatorSnapshot)null!)).ParamName);
        Assert.Equal("model", Assert.Throws<ArgumentNullException>(() => RevenueModelContract.FindViolations(null!, [Creator()])).ParamName);
        Assert.Equal("model", Assert.Throws<ArgumentNullException>(() => RevenueModelContract.FindViolations(null!, Array.Empty<CreatorSnapshot>())).ParamName);
        Assert.Equal("model", Assert.Throws<ArgumentNullException>(() => RevenueModelContract.Verify(null!, Array.Empty<CreatorSnapshot>())).ParamName);
        Assert.Equal("snapshots", Assert.Throws<ArgumentNullException>(() => RevenueModelContract.FindViolations(model, (IEnumerable<CreatorSnapshot>)null!)).ParamName);
        Assert.Equal("model", Assert.Throws<ArgumentNullException>(() => RevenueModelContract.FindMonotonicityViolation(null!, Creator(), s => s, "views")).ParamName);
        Assert.Equal("increase", Assert.Throws<ArgumentNullException>(() => RevenueModelContract.FindMonotonicityViolation(model, Creator(), null!, "views")).ParamName);
        Assert.Throws<InvalidCreatorSnapshotException>(() => RevenueModelContract.FindViolations(model, Creator() with { PeriodDays = 0 }));
    }

    [Theory]
    [InlineData(1, 2, 3, null)]
    [InlineData(2, 3, 4, null)]
    [InlineData(0.5, 2, 3, "increasing views lowered the estimate from 1.00 USD to 3.00 USD (expected 2.00 USD) to 0.50 USD to 3.00 USD (expected 2.00 USD).")]
    [InlineData(1, 1.5, 3, "increasing views lowered the estimate from 1.00 USD to 3.00 USD (expected 2.00 USD) to 1.00 USD to 3.00 USD (expected 1.50 USD).")]
    [InlineData(1, 2, 2.5, "increasing views lowered the estimate from 1.00 USD to 3.00 USD (expected 2.00 USD) to 1.00 USD to 2.50 USD (expected 2.00 USD).")]
    public void Monotonicity_IsBrokenWhenAnyPointFalls_AndKeptWhenNoneDoes(decimal low, decimal expected, decimal high, string? message)
    {
        // Before the increase the model pays 1..3 (expected 2); after it, the given range.
        var model = new ScriptedModel("driver", (s, _) => s.Videos.Views > 10_000 ? Usd("driver", low, expected, high) : Usd("driver", 1m, 2m, 3m));

        Assert.Equal(message, RevenueModelContract.FindMonotonicityViolation(model, Creator(), s => s with { Videos = s.Videos with { Views = 20_000 } }, "views"));
    }

    private static readonly EligibilityRule Met = EligibilityRule.AtLeast("min-videos", 1m, 3m, "videos");

    private static readonly EligibilityRule Unmet = EligibilityRule.AtLeast("min-followers", 10_000m, 5_000m, "followers");

    private static RevenueEstimate Deferred(string stream, bool isEligible, EligibilityRule[] rules) =>
        RevenueEstimate.FromDetails(stream, "Deferred", new MoneyRange(ValueRange.Exactly(0m), Currency.Usd), isEligible, new EstimateDetails<RulesBasis>(new RulesBasis(rules)), NoLikes);

    private readonly struct RulesBasis(EligibilityRule[] rules) : IEstimateBasis
    {
        public BreakdownLine[] BuildLines() => [];

        public EligibilityRule[] BuildRules() => rules;
    }

    private readonly struct ThrowingBasis : IEstimateBasis
    {
        public BreakdownLine[] BuildLines() => throw new InvalidOperationException("lines are broken");

        public EligibilityRule[] BuildRules() => throw new InvalidOperationException("rules are broken");
    }

    /// <summary>A model whose estimate is a function of the snapshot and the call's number (1 for the first call), with optional fast paths.</summary>
    private sealed class ScriptedModel(string name, Func<CreatorSnapshot, int, RevenueEstimate> estimate) : IExpectedRevenueModel, IEligibilityRevenueModel
    {
        private int _calls;

        public Func<CreatorSnapshot, Money>? Expected { get; init; }

        public Func<CreatorSnapshot, bool>? Eligible { get; set; }

        public string Name => name;

        public string DisplayName => "Scripted";

        public RevenueEstimate Estimate(CreatorSnapshot snapshot) => estimate(snapshot, Interlocked.Increment(ref _calls));

        public Money EstimateExpected(CreatorSnapshot snapshot) => Expected is { } expected ? expected(snapshot) : estimate(snapshot, 0).Range.Expected;

        public bool IsEligible(CreatorSnapshot snapshot) => Eligible is { } eligible ? eligible(snapshot) : estimate(snapshot, 0).Eligibility.IsEligible;
    }
}
