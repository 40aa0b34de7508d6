using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Models;
using TikTokMonetization.Models.CreatorRewards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// The likes analysis reuses a built-in model's amount between two creators that differ only in likes the model says it
/// does not read (<see cref="LikesInputsStatement"/>, registered with each model). These laws make that reuse safe: each model's statement holds, its
/// fast path is its estimate's expected amount to the last digit, and the analysis gives, digit for digit, what it gives
/// when every model is run in full.
/// </summary>
[Properties(Arbitrary = [typeof(CreatorArbitraries), typeof(CountArbitraries)], MaxTest = 100, QuietOnSuccess = true)]
public sealed class LikesInputsTests
{
    private static readonly ServiceProvider Defaults = TestServices.BuiltIns();

    // A second configuration that changes what the models read: the Creator Fund program, and engagement counting saves
    // but not likes (so Creator Rewards and brand deals read no likes at all, though they still say they may).
    private static readonly ServiceProvider Configured = TestServices.BuiltIns(
        b => b.Services.Configure<CreatorRewardsOptions>(o => o.Program = CreatorRewardsProgram.CreatorFund),
        o => o.EngagementInteractions = EngagementInteractions.Comments | EngagementInteractions.Shares | EngagementInteractions.Saves);

    public static TheoryData<string> Providers => new() { nameof(Defaults), nameof(Configured) };

    [Fact]
    public void EveryBuiltInModel_StatesTheLikesItReads()
    {
        var stated = Defaults.GetServices<IRevenueModel>().ToDictionary(m => m.Name, m => BuiltInModelsLikesInputs.Of(m.GetType()));
        Assert.Equal(
            new Dictionary<string, LikesInputs>
            {
                ["live-gifts"] = LikesInputs.LiveLikes,
                ["creator-rewards"] = LikesInputs.VideoLikes,
                ["brand-deals"] = LikesInputs.VideoLikes,
                ["merchandise"] = LikesInputs.None,
                ["affiliate"] = LikesInputs.None,
                ["subscriptions"] = LikesInputs.None,
            },
            stated);
    }

    [Fact]
    public void TheEngineFromDependencyInjection_TakesEachBuiltInModelsStatement_OnceEach()
    {
        using var twice = TestServices.BuiltIns(b => b.AddBuiltInModels());
        foreach (var provider in new[] { Defaults, twice })
        {
            var engine = (RevenueEngine)provider.GetRequiredService<IRevenueEngine>();
            Assert.Equal(engine.Models.Select(m => BuiltInModelsLikesInputs.Of(m.GetType())), engine.LikesRead);
            Assert.Equal(6, provider.GetServices<LikesInputsStatement>().Count());
        }

        Assert.Equal(LikesInputs.All, BuiltInModelsLikesInputs.Of(typeof(Wrapped)));
    }

    [Property]
    public Property EveryBuiltInFastPath_IsItsEstimatesExpectedAmount_ToTheLastDigit(CreatorSnapshot snapshot, bool configured)
    {
        var different = Models(configured)
            .Select(m => (m.Name, Fast: ((IExpectedRevenueModel)m).EstimateExpected(snapshot), Whole: m.Estimate(snapshot).Range.Expected))
            .Where(x => x.Fast.Currency != x.Whole.Currency || !SameDigits(x.Fast.Amount, x.Whole.Amount))
            .Select(x => $"{x.Name}: fast {x.Fast.Amount} {x.Fast.Currency}, estimate {x.Whole.Amount} {x.Whole.Currency}")
            .ToList();
        return (different.Count == 0).Label(string.Join("; ", different));
    }

    [Property]
    public Property ChangingLikesAModelSaysItDoesNotRead_LeavesItsEstimateTheSame_ToTheLastDigit(CreatorSnapshot snapshot, AddedLikes likes, bool configured)
    {
        var different = Models(configured).SelectMany(m => Unread(m, snapshot, likes.Value)).ToList();
        return (different.Count == 0).Label(string.Join("; ", different));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void ChangingLikesAModelSaysItDoesNotRead_LeavesItsEstimateTheSame_ForTheSampleCreatorsAndPartOfTheMix(string name)
    {
        var models = Models(name == nameof(Configured)).ToList();
        var moved = new HashSet<(string, LikesInputs)>();
        foreach (var creator in Creators())
        {
            foreach (var likes in new long[] { 0, 7, 1_000_000, 90_000_000_000 })
            {
                foreach (var model in models)
                {
                    Assert.Empty(Unread(model, creator, likes));
                    foreach (var field in new[] { LikesInputs.VideoLikes, LikesInputs.LiveLikes })
                    {
                        if (!SameRange(model.Estimate(creator).Range, model.Estimate(WithLikes(creator, field, likes)).Range))
                        {
                            moved.Add((model.Name, field));
                        }
                    }
                }
            }
        }

        // The law has teeth: over these creators, every like count a model says it reads does move it (with the defaults;
        // the configured engagement leaves likes out, so there only the LIVE likes move LIVE gifts).
        var expected = name == nameof(Defaults)
            ? new[] { ("live-gifts", LikesInputs.LiveLikes), ("creator-rewards", LikesInputs.VideoLikes), ("brand-deals", LikesInputs.VideoLikes) }
            : new[] { ("live-gifts", LikesInputs.LiveLikes) };
        Assert.Equal(expected.OrderBy(x => x.Item1), moved.OrderBy(x => x.Item1));
    }

    [Property]
    public Property TheAnalysis_IsDigitForDigitTheAnalysisThatRunsEveryModelInFull(CreatorSnapshot snapshot, AddedLikes likes, bool configured)
    {
        var provider = configured ? Configured : Defaults;
        var reusing = provider.GetRequiredService<IRevenueEngine>().AnalyzeLikes(snapshot, likes.Value);
        var full = InFull(provider).AnalyzeLikes(snapshot, likes.Value);
        var text = Dump(full);
        return (Dump(reusing) == text).Label($"reusing:\n{Dump(reusing)}\nin full:\n{text}");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void TheSampleCreatorsAndPartOfTheMix_AreAnalysedDigitForDigitTheAnalysesThatRunEveryModelInFull(string name)
    {
        var provider = name == nameof(Defaults) ? Defaults : Configured;
        var engine = provider.GetRequiredService<IRevenueEngine>();
        var full = InFull(provider);
        foreach (var creator in Creators())
        {
            foreach (var likes in new long[] { 1, 1_000, 250_000_000 })
            {
                Assert.Equal(Dump(full.AnalyzeLikes(creator, likes)), Dump(engine.AnalyzeLikes(creator, likes)));
            }
        }
    }

    [Fact]
    public void AUserModel_IsRunInFull_EvenWhenItWrapsABuiltInModel()
    {
        // The wrapper hides the built-in model's statement, so the analysis cannot assume anything about what it reads.
        var engine = InFull(Defaults);
        var analysis = engine.AnalyzeLikes(SampleCreators.MidTierUs, 1_000);
        Assert.Equal(Defaults.GetRequiredService<IRevenueEngine>().AnalyzeLikes(SampleCreators.MidTierUs, 1_000).Streams.Count, analysis.Streams.Count);
        Assert.All(((RevenueEngine)engine).LikesRead, r => Assert.Equal(LikesInputs.All, r));
    }

    [Fact]
    public void TheReachExplanation_IsWrittenWhenFirstRead_AndIsTheSameTextEachTime()
    {
        var response = Defaults.GetRequiredService<IReachModel>().Respond(SampleCreators.MidTierUs, SampleCreators.MidTierUs with
        {
            Videos = SampleCreators.MidTierUs.Videos with { Likes = SampleCreators.MidTierUs.Videos.Likes + 1_000_000 },
        });
        var first = response.Explanation;
        Assert.StartsWith("saturating reach curve: weighted engagement by views ", first, StringComparison.Ordinal);
        Assert.Contains("(cap 1 + 0.5)", first, StringComparison.Ordinal);
        Assert.Same(first, response.Explanation);
        Assert.Equal(first, Enumerable.Range(0, 8).AsParallel().Select(_ => response.Explanation).Distinct().Single());
    }

    [Fact]
    public void AReachResponseMadeWithAText_KeepsIt_AndANullTextIsEmpty()
    {
        Assert.Equal("given", new ReachResponse(1.1m, 1m, "given").Explanation);
        Assert.Equal(string.Empty, new ReachResponse(1.1m, 1m, (string)null!).Explanation);
    }

    private static IEnumerable<CreatorSnapshot> Creators() =>
        new[] { SampleCreators.MidTierUs, SampleCreators.Newcomer, SampleCreators.LikesOnly }.Concat(Benchmarks.CreatorMix.ForBatch().Take(400));

    private static CreatorSnapshot WithLikes(CreatorSnapshot snapshot, LikesInputs field, long likes) => field == LikesInputs.LiveLikes
        ? snapshot with { Live = snapshot.Live with { Likes = likes } }
        : snapshot with { Videos = snapshot.Videos with { Likes = likes } };

    /// <summary>Where changing a like count the model says it does not read changed its estimate, its eligibility or its fast path.</summary>
    private static IEnumerable<string> Unread(IRevenueModel model, CreatorSnapshot snapshot, long likes)
    {
        var before = model.Estimate(snapshot);
        var fastBefore = ((IExpectedRevenueModel)model).EstimateExpected(snapshot);
        foreach (var field in new[] { LikesInputs.VideoLikes, LikesInputs.LiveLikes }.Where(f => (BuiltInModelsLikesInputs.Of(model.GetType()) & f) == 0))
        {
            var changed = WithLikes(snapshot, field, likes);
            var after = model.Estimate(changed);
            if (!SameRange(before.Range, after.Range) || before.IsEligible != after.IsEligible || !SameMoney(fastBefore, ((IExpectedRevenueModel)model).EstimateExpected(changed)))
            {
                yield return $"{model.Name}: {before.Range} ({before.IsEligible}) became {after.Range} ({after.IsEligible}) when {field} became {likes}";
            }
        }
    }

    private static IEnumerable<IRevenueModel> Models(bool configured) => (configured ? Configured : Defaults).GetServices<IRevenueModel>();

    /// <summary>The same engine with every model behind a wrapper that keeps its fast path but not its statement of the likes it reads.</summary>
    private static IRevenueEngine InFull(ServiceProvider provider) => new RevenueEngine(
        provider.GetServices<IRevenueModel>().Select(m => new Wrapped(m)),
        provider.GetRequiredService<IRevenueModelContext>(),
        provider.GetRequiredService<IReachModel>());

    private static bool SameDigits(decimal a, decimal b) => decimal.GetBits(a).SequenceEqual(decimal.GetBits(b));

    private static bool SameMoney(Money a, Money b) => a.Currency == b.Currency && SameDigits(a.Amount, b.Amount);

    private static bool SameRange(MoneyRange a, MoneyRange b) => SameMoney(a.Low, b.Low) && SameMoney(a.Expected, b.Expected) && SameMoney(a.High, b.High);

    /// <summary>Every amount of an analysis with its decimal's bits (so 0.10 and 0.1 differ), and every text.</summary>
    private static string Dump(LikesAnalysis analysis)
    {
        static string D(Money m) => $"{m.Amount}|{string.Join(",", decimal.GetBits(m.Amount))}|{m.Currency}";
        static string R(MoneyRange r) => $"{D(r.Low)} {D(r.Expected)} {D(r.High)}";
        var lines = new List<string>
        {
            $"{analysis.AdditionalLikes} {analysis.VideoLikesAdded} {analysis.LiveLikesAdded} {analysis.Currency} {analysis.Reach}",
            $"total {R(analysis.TotalChange)} direct {D(analysis.TotalDirectRevenue)} per 1000 {D(analysis.MarginalValuePer1000Likes)}",
        };
        foreach (var s in analysis.Streams)
        {
            lines.Add($"{s.Name} {s.DisplayName} {s.Declared} direct {D(s.DirectRevenue)} change {R(s.Change)} retention {D(s.RetentionChange)} pricing {D(s.EngagementPricingChange)} "
                + $"visibility {D(s.VisibilityChange)} per 1000 {D(s.MarginalValuePer1000Likes)} {s.MeasuredInfluence} {s.MeasuredChannels} [{string.Join(" | ", s.Disagreements)}]");
        }

        return string.Join("\n", lines);
    }

    private sealed class Wrapped(IRevenueModel inner) : IRevenueModel, IExpectedRevenueModel
    {
        public string Name => inner.Name;

        public string DisplayName => inner.DisplayName;

        public RevenueEstimate Estimate(CreatorSnapshot snapshot) => inner.Estimate(snapshot);

        public Money EstimateExpected(CreatorSnapshot snapshot) => ((IExpectedRevenueModel)inner).EstimateExpected(snapshot);
    }
}
