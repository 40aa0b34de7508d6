using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// The built-in models build their breakdown lines and eligibility rules on first read: once, the same for every
/// reader and thread, from what the estimate read, and without changing what the estimate says.
/// </summary>
public sealed class EstimateDetailsTests
{
    private const int Readers = 8;

    [Fact]
    public void Lines_AreBuiltOnce_AndEveryThreadGetsTheSameList()
    {
        var details = new CountingDetails(TimeSpan.FromMilliseconds(50));

        var seen = ReadTogether(() => details.Lines);

        Assert.Equal(1, details.LineBuilds);
        Assert.All(seen, lines => Assert.Same(seen[0], lines));
        Assert.Equal(0, details.RuleBuilds);
    }

    [Fact]
    public void AnEstimatesEligibility_IsOneInstance_ForEveryReaderAndThread_AndSaysWhatTheEstimateSays()
    {
        var details = new CountingDetails(TimeSpan.Zero);
        var likes = new LikesImpact(false, LikesInfluence.None, LikesChannels.None, "none");
        var estimate = RevenueEstimate.FromDetails("s", "S", MoneyRange.Zero(Currency.Usd), false, details, likes);

        var seen = ReadTogether(() => estimate.Eligibility);

        Assert.All(seen, eligibility => Assert.Same(seen[0], eligibility));
        Assert.False(seen[0].IsEligible);
        Assert.Same(seen[0], estimate.Eligibility);
        Assert.Equal(0, details.RuleBuilds); // the rules wait for their own first read
        Assert.Equal("min-followers", Assert.Single(estimate.Eligibility.UnmetRules).Id);
    }

    [Fact]
    public void Rules_AreBuiltOnce_WithoutBuildingTheLines()
    {
        var details = new CountingDetails(TimeSpan.FromMilliseconds(50));
        var eligibility = new Eligibility(false, details);

        var seen = ReadTogether(() => eligibility.Rules);

        Assert.Equal(1, details.RuleBuilds);
        Assert.All(seen, rules => Assert.Same(seen[0], rules));
        Assert.Equal("min-followers", Assert.Single(eligibility.UnmetRules).Id);
        Assert.Equal(0, details.LineBuilds);
    }

    [Fact]
    public void ABuildThatThrows_IsTriedAgainOnTheNextRead()
    {
        var details = new CountingDetails(TimeSpan.Zero) { FailFirstLineBuild = true };

        Assert.Throws<InvalidOperationException>(() => details.Lines);
        var lines = details.Lines;

        Assert.Equal(2, details.LineBuilds);
        Assert.Same(lines, details.Lines);
    }

    [Fact]
    public void DeferredEstimate_KeepsTheConstructorsInvariants()
    {
        var details = new CountingDetails(TimeSpan.Zero);
        var usd = Currency.Usd;
        var likes = new LikesImpact(false, LikesInfluence.None, LikesChannels.None, "none");

        Assert.Throws<ArgumentException>(() => RevenueEstimate.FromDetails("s", "S", new MoneyRange(new ValueRange(-1m, 0m, 1m), usd), true, details, likes));
        Assert.Throws<ArgumentException>(() => RevenueEstimate.FromDetails("s", "S", new MoneyRange(new ValueRange(0m, 1m, 2m), usd), false, details, likes));
        Assert.Throws<ArgumentNullException>(() => RevenueEstimate.FromDetails("s", "S", MoneyRange.Zero(usd), true, null!, likes));
        Assert.Throws<ArgumentNullException>(() => RevenueEstimate.FromDetails(null!, "S", MoneyRange.Zero(usd), true, details, likes));
        Assert.Equal(0, details.LineBuilds + details.RuleBuilds);
    }

    [Theory]
    [MemberData(nameof(BuiltInModelContractTests.BuiltInModelNames), MemberType = typeof(BuiltInModelContractTests))]
    public void BuiltInModel_GivesEveryThreadTheSameBreakdownAndRules(string name)
    {
        using var provider = TestServices.BuiltIns();
        var model = provider.Model(name);
        var estimate = model.Estimate(SampleCreators.MidTierUs);

        var lines = ReadTogether(() => estimate.Breakdown);
        var rules = ReadTogether(() => estimate.Eligibility.Rules);

        Assert.All(lines, l => Assert.Same(lines[0], l));
        Assert.All(rules, r => Assert.Same(rules[0], r));
        Assert.NotEmpty(lines[0]);
        Assert.Equal(Texts(model.Estimate(SampleCreators.MidTierUs).Breakdown), Texts(lines[0]));
    }

    [Property(Arbitrary = [typeof(CreatorArbitraries)], MaxTest = 150, QuietOnSuccess = true)]
    public Property BuiltInModels_AreEligibleExactlyWhenEveryRuleIsMet(CreatorSnapshot snapshot)
    {
        var wrong = BuiltInModelContractTests.BuiltInModels
            .Where(model =>
            {
                var eligibility = model.Estimate(snapshot).Eligibility;
                return eligibility.IsEligible != eligibility.Rules.All(r => r.IsMet) || eligibility.IsEligible == eligibility.UnmetRules.Any();
            })
            .Select(model => model.Name)
            .ToList();
        return (wrong.Count == 0).Label("eligibility disagrees with its rules in: " + string.Join(", ", wrong));
    }

    [Fact]
    public void Breakdown_ReadAfterAReload_DescribesTheOptionsTheEstimateUsed()
    {
        var source = new ReloadableSource();
        source.Set("LiveGifts:AgencyShare", "0");
        var configuration = new ConfigurationBuilder().Add(source).Build();
        using var provider = TestServices.With(b => b.AddLiveGifts(configuration.GetSection("LiveGifts")));
        var model = provider.Model("live-gifts");
        var before = model.Estimate(SampleCreators.MidTierUs);

        source.Set("LiveGifts:AgencyShare", "0.5");
        source.Reload();
        var after = model.Estimate(SampleCreators.MidTierUs);

        Assert.DoesNotContain(before.Breakdown, l => l.Label == "Agency share");
        Assert.Contains(after.Breakdown, l => l.Label == "Agency share");
        Assert.Equal(before.Range.Expected * 0.5m, after.Range.Expected);
    }

    [Fact]
    public void Report_WithEveryBuiltInModel_AllocatesUnderEightKilobytes_UntilTheBreakdownIsRead()
    {
        using var provider = TestServices.BuiltIns();
        var engine = provider.GetRequiredService<IRevenueEngine>();
        for (var i = 0; i < 50; i++)
        {
            engine.Estimate(SampleCreators.MidTierUs);
        }

        const int Reports = 20;
        var start = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Reports; i++)
        {
            engine.Estimate(SampleCreators.MidTierUs);
        }

        var perReport = (GC.GetAllocatedBytesForCurrentThread() - start) / Reports;
        Assert.True(perReport < 8 * 1024, $"one report allocated {perReport:N0} B; the target is under 8 KB.");
    }

    private static T[] ReadTogether<T>(Func<T> read)
    {
        using var start = new Barrier(Readers);
        var seen = new T[Readers];
        var threads = Enumerable.Range(0, Readers).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            seen[i] = read();
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return seen;
    }

    private static string[] Texts(IEnumerable<BreakdownLine> lines) => lines.Select(l => l.ToString()).ToArray();

    /// <summary>Counts its builds; each build waits a little, so that concurrent readers really do overlap.</summary>
    private sealed class CountingDetails : EstimateDetails
    {
        private readonly TimeSpan _buildTime;
        private int _lineBuilds;
        private int _ruleBuilds;

        public CountingDetails(TimeSpan buildTime) => _buildTime = buildTime;

        public bool FailFirstLineBuild { get; init; }

        public int LineBuilds => Volatile.Read(ref _lineBuilds);

        public int RuleBuilds => Volatile.Read(ref _ruleBuilds);

        protected override BreakdownLine[] BuildLines()
        {
            var build = Interlocked.Increment(ref _lineBuilds);
            Thread.Sleep(_buildTime);
            if (FailFirstLineBuild && build == 1)
            {
                throw new InvalidOperationException("first build fails");
            }

            return [new BreakdownLine("line", ValueRange.Exactly(1m), "things", ValueRange.Exactly(2m), "per thing", ValueRange.Exactly(2m), "USD", "test")];
        }

        protected override EligibilityRule[] BuildRules()
        {
            Interlocked.Increment(ref _ruleBuilds);
            Thread.Sleep(_buildTime);
            return [EligibilityRule.AtLeast("min-followers", 1_000m, 10m, "followers")];
        }
    }

    /// <summary>An in-memory configuration source whose reload fires the change token, as a file provider would.</summary>
    private sealed class ReloadableSource : ConfigurationProvider, IConfigurationSource
    {
        public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

        public void Reload() => OnReload();
    }
}
