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
