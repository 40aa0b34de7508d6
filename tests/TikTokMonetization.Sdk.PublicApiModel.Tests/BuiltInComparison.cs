using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.PublicApiModel.Tests;

/// <summary>The one comparison every public-only copy must pass: the same estimate as the built-in, to the last digit, line and rule.</summary>
internal static class BuiltInComparison
{
    public static void AssertSameAsBuiltIn(IRevenueModel builtIn, IRevenueModel copy, IEnumerable<CreatorSnapshot> snapshots)
    {
        foreach (var snapshot in snapshots)
        {
            var expected = builtIn.Estimate(snapshot);
            var actual = copy.Estimate(snapshot);

            Assert.Equal(expected.Stream, actual.Stream);
            Assert.Equal(expected.DisplayName, actual.DisplayName);
            Assert.Equal(expected.Range, actual.Range);
            Assert.Equal(expected.Eligibility.IsEligible, actual.Eligibility.IsEligible);
            Assert.Equal(expected.Breakdown.Select(l => l.ToString()), actual.Breakdown.Select(l => l.ToString()));
            Assert.Equal(expected.Eligibility.Rules.Select(r => r.Reason), actual.Eligibility.Rules.Select(r => r.Reason));
            Assert.Equal(expected.Likes.Explanation, actual.Likes.Explanation);
            Assert.Equal(expected.Range.Expected, ((IExpectedRevenueModel)copy).EstimateExpected(snapshot));
        }
    }
}
