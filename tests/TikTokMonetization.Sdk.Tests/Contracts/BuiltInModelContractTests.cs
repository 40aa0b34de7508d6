using FsCheck;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Revenue;
using TikTokMonetization.Testing;

namespace TikTokMonetization.Tests;

/// <summary>Runs the reusable model contract on every built-in model, and on a user-style model, with generated creators.</summary>
public sealed class BuiltInModelContractTests
{
    private static readonly ServiceProvider Provider = TestServices.BuiltIns();

    /// <summary>Gets every built-in model at its default options, resolved once for the property tests.</summary>
    internal static IRevenueModel[] BuiltInModels { get; } = Provider.GetServices<IRevenueModel>().ToArray();

    public static TheoryData<string> BuiltInModelNames()
    {
        var data = new TheoryData<string>();
        foreach (var model in TikTokMonetization.BuiltInModels.All)
        {
            data.Add(model.Name);
        }

        return data;
    }

    /// <summary>Every built-in model keeps every law of the contract for each generated creator (150 creators, every model on each).</summary>
    [Property(Arbitrary = [typeof(CreatorArbitraries)], MaxTest = 150, QuietOnSuccess = true)]
    public Property BuiltInModels_KeepTheContract_ForGeneratedCreators(CreatorSnapshot snapshot) =>
        ModelLaws.KeepTheContract(snapshot, BuiltInModels);

    [Theory]
    [MemberData(nameof(BuiltInModelNames))]
    public void BuiltInModel_KeepsTheContract_ForTheSampleCreators(string name)
    {
        using var provider = TestServices.BuiltIns();
        RevenueModelContract.Verify(provider.Model(name), [SampleCreators.MidTierUs, SampleCreators.Newcomer, SampleCreators.LikesOnly]);
    }

    [Theory]
    [MemberData(nameof(BuiltInModelNames))]
    public void BuiltInModel_NeverPaysPerLike(string name)
    {
        using var provider = TestServices.BuiltIns();
        Assert.False(provider.Model(name).Estimate(SampleCreators.MidTierUs).Likes.PaysPerLike);
    }

    [Fact]
    public void UserModel_KeepsTheContract()
    {
        RevenueModelContract.Verify(new FollowerBonusModel(), [SampleCreators.MidTierUs, SampleCreators.Newcomer, SampleCreators.LikesOnly]);
    }

    [Fact]
    public void Contract_ReportsABreakdownLine_ThatDoesNotReadAsTrueArithmetic_ForItsKind()
    {
        var lines = new[]
        {
            new BreakdownLine("Fine", ValueRange.Exactly(3m), "posts", new ValueRange(10m, 20m, 30m), "USD per post", new ValueRange(30m, 60m, 90m), "USD", "test"),
            new BreakdownLine("Wrong high", ValueRange.Exactly(3m), "posts", new ValueRange(10m, 20m, 30m), "USD per post", new ValueRange(30m, 60m, 91m), "USD", "test"),
            new BreakdownLine("Capped", ValueRange.Exactly(0.5m), "share", ValueRange.Exactly(4m), "score per share", ValueRange.Exactly(1m), "score", "test", BreakdownLineKind.Limited, null, 1m),
            new BreakdownLine("Not capped", ValueRange.Exactly(0.5m), "share", ValueRange.Exactly(4m), "score per share", ValueRange.Exactly(2m), "score", "test", BreakdownLineKind.Limited, null, 1m),
            new BreakdownLine("Independent", new ValueRange(1m, 2m, 3m), "orders", new ValueRange(10m, 20m, 30m), "USD per order", new ValueRange(15m, 40m, 70m), "USD", "test", BreakdownLineKind.IndependentProduct, null, null),
            new BreakdownLine("Independent beyond its ends", new ValueRange(1m, 2m, 3m), "orders", new ValueRange(10m, 20m, 30m), "USD per order", new ValueRange(5m, 40m, 70m), "USD", "test", BreakdownLineKind.IndependentProduct, null, null),
            new BreakdownLine("Placed", ValueRange.Exactly(0.25m), "score", new ValueRange(0.4m, 0.55m, 1m), "USD per 1,000", new ValueRange(0.4m, 0.55m, 1m), "USD per 1,000", "test", BreakdownLineKind.Interpolation, null, null),
            new BreakdownLine("Misplaced", ValueRange.Exactly(0.5m), "score", new ValueRange(0.4m, 0.55m, 1m), "USD per 1,000", new ValueRange(0.4m, 0.55m, 1m), "USD per 1,000", "test", BreakdownLineKind.Interpolation, null, null),
            new BreakdownLine("Rate misplaced", ValueRange.Exactly(0.25m), "score", new ValueRange(0.4m, 0.7m, 1m), "USD per 1,000", new ValueRange(0.4m, 0.55m, 1m), "USD per 1,000", "test", BreakdownLineKind.Interpolation, null, null),
            new BreakdownLine("Ends moved", ValueRange.Exactly(0.25m), "score", new ValueRange(0.4m, 0.55m, 1m), "USD per 1,000", new ValueRange(0.3m, 0.55m, 1m), "USD per 1,000", "test", BreakdownLineKind.Interpolation, null, null),
        };

        var violations = RevenueModelContract.FindViolations(new LinesModel(lines), SampleCreators.MidTierUs).Where(v => v.StartsWith("breakdown line", StringComparison.Ordinal));

        Assert.Equal(
            [
                "breakdown line 'Wrong high' (Product) does not read as true arithmetic: its high amount 91 is not 3 × 30 = 90.",
                "breakdown line 'Not capped' (Limited) does not read as true arithmetic: its low amount 2 is not 0.5 × 4 = 2.0 held at most 1 (1).",
                "breakdown line 'Independent beyond its ends' (IndependentProduct) does not read as true arithmetic: its low amount 5 is below every product of the factors' ends (the least is 10).",
                "breakdown line 'Misplaced' (Interpolation) does not read as true arithmetic: its expected amount 0.55 is not low + quantity × (high − low) = 0.70.",
                "breakdown line 'Rate misplaced' (Interpolation) does not read as true arithmetic: its rate's expected value 0.7 is not the point the quantity places, low + quantity × (high − low) = 0.550.",
                "breakdown line 'Ends moved' (Interpolation) does not read as true arithmetic: its low and high amounts (0.3, 1) are not the rate's ends (0.4, 1).",
            ],
            violations);
    }

    [Fact]
    public void BreakdownLine_RefusesBoundsThatDoNotFitItsKind_NamingTheLine()
    {
        Assert.Contains("neither a minimum nor a maximum", Assert.Throws<ArgumentException>(() => new BreakdownLine("L", default, "a", default, "b", default, "c", "s", BreakdownLineKind.Limited, null, null)).Message, StringComparison.Ordinal);
        Assert.Contains("minimum 2 is greater than maximum 1", Assert.Throws<ArgumentException>(() => new BreakdownLine("L", default, "a", default, "b", default, "c", "s", BreakdownLineKind.Limited, 2m, 1m)).Message, StringComparison.Ordinal);
        Assert.Contains("only a Limited line has a minimum or a maximum", Assert.Throws<ArgumentException>(() => new BreakdownLine("L", default, "a", default, "b", default, "c", "s", BreakdownLineKind.Product, null, 1m)).Message, StringComparison.Ordinal);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new BreakdownLine("L", default, "a", default, "b", default, "c", "s", (BreakdownLineKind)7, null, null)).ParamName);
        Assert.Throws<InvalidOperationException>(() => BreakdownLine.For("L").Quantity(1m, "a").TimesIndependent(ValueRange.Exactly(1m), "b").Limited(0m, 1m));
        Assert.Throws<InvalidOperationException>(() => BreakdownLine.For("L").Quantity(1m, "a").Limited(0m, 1m));
    }

    [Fact]
    public void BreakdownLine_ReadsAsItsKind()
    {
        Assert.Equal(
            "Capped: 0.5 share × 4 score per share = 1 score, the product held at most 1 [test]",
            BreakdownLine.For("Capped").Quantity(0.5m, "share").Times(4m, "score per share").Limited(null, 1m).Gives(1m, "score", "test").ToString());
        Assert.Equal(
            "Clamped: 0.01 rate × 40 per reference = 0.6 × multiplier, the product held within 0.6..2.2 [test]",
            BreakdownLine.For("Clamped").Quantity(0.01m, "rate").Times(40m, "per reference").Limited(0.6m, 2.2m).Gives(0.6m, "× multiplier", "test").ToString());
        Assert.Equal(
            "Floor: 0 rate × 40 per reference = 0.6 × multiplier, the product held at least 0.6 [test]",
            BreakdownLine.For("Floor").Quantity(0m, "rate").Times(40m, "per reference").Limited(0.6m, null).Gives(0.6m, "× multiplier", "test").ToString());
        Assert.Equal(
            "Orders: 1..3 (expected 2) clicks × 10..30 (expected 20) orders per click = 15..70 (expected 40) orders, expected × expected, with low and high combined as independent uncertainties [test]",
            BreakdownLine.For("Orders").Quantity(new ValueRange(1m, 2m, 3m), "clicks").TimesIndependent(new ValueRange(10m, 20m, 30m), "orders per click").Gives(new ValueRange(15m, 40m, 70m), "orders", "test").ToString());
        Assert.Equal(
            "RPM: 0.25 score of the way from 0.4 to 1 USD per 1,000 = 0.4..1 (expected 0.55) USD per 1,000 [test]",
            BreakdownLine.For("RPM").Quantity(0.25m, "score").Interpolating(new ValueRange(0.4m, 0.55m, 1m), "USD per 1,000").Gives(new ValueRange(0.4m, 0.55m, 1m), "USD per 1,000", "test").ToString());
        Assert.Equal(BreakdownLineKind.Product, BreakdownLine.For("P").Quantity(1m, "a").TimesIndependent(ValueRange.Exactly(2m), "b").Times(2m, "b").Gives(2m, "c", "test").Kind);
    }

    [Fact]
    public void Contract_ReportsEveryViolation_OfABrokenModel()
    {
        var ex = Assert.Throws<RevenueModelContractException>(() => RevenueModelContract.Verify(new LikesPayingModel(), [SampleCreators.LikesOnly]));
        Assert.Equal("Likes Pay", ex.ModelName);
        Assert.Contains(ex.Violations, v => v.Contains("lower-case", StringComparison.Ordinal));
        Assert.Contains(ex.Violations, v => v.Contains("likes alone must earn nothing", StringComparison.Ordinal));
        Assert.Contains(ex.Violations, v => v.Contains("EstimateExpected", StringComparison.Ordinal));
        Assert.Contains(ex.Violations, v => v.Contains("IsEligible returned false but Estimate's eligibility is eligible.", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryBuiltInModel_HasBothFastPaths_SoSimulationsNeverBuildReports()
    {
        foreach (var model in Provider.GetServices<IRevenueModel>())
        {
            Assert.IsAssignableFrom<IExpectedRevenueModel>(model);
            Assert.IsAssignableFrom<IEligibilityRevenueModel>(model);
        }
    }

    [Fact]
    public void Contract_ReportsAModelThatThrows()
    {
        var violations = RevenueModelContract.FindViolations(new ThrowingModel(), SampleCreators.MidTierUs);
        Assert.Contains(violations, v => v.Contains("threw InvalidOperationException: boom", StringComparison.Ordinal));
    }

    /// <summary>Breaks four laws on purpose: a bad name, money per like, and two fast paths that disagree.</summary>
    private sealed class LikesPayingModel : IExpectedRevenueModel, IEligibilityRevenueModel
    {
        public string Name => "Likes Pay";

        public string DisplayName => "Likes pay";

        public RevenueEstimate Estimate(CreatorSnapshot snapshot)
        {
            var amount = (snapshot.Videos.Likes + snapshot.Live.Likes) * 0.001m;
            return new RevenueEstimate(Name, DisplayName, new MoneyRange(ValueRange.Exactly(amount), Currency.Usd), Eligibility.Unconditional, null, new LikesImpact(true, LikesInfluence.Direct, LikesChannels.None, "Pays per like."));
        }

        public Money EstimateExpected(CreatorSnapshot snapshot) => Money.Usd(-1m);

        public bool IsEligible(CreatorSnapshot snapshot) => false;
    }
}

/// <summary>A model whose estimate carries the breakdown lines it is given, to test the contract's arithmetic law.</summary>
internal sealed class LinesModel(BreakdownLine[] lines) : IRevenueModel
{
    public string Name => "lines";

    public string DisplayName => "Lines (test model)";

    public RevenueEstimate Estimate(CreatorSnapshot snapshot) => new(
        Name,
        DisplayName,
        new MoneyRange(ValueRange.Exactly(1m), Currency.Usd),
        Eligibility.Unconditional,
        lines,
        new LikesImpact(false, LikesInfluence.None, LikesChannels.None, "Fixed."));
}
