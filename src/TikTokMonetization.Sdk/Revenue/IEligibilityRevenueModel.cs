using TikTokMonetization.Creators;

namespace TikTokMonetization.Revenue;

/// <summary>
/// An optional fast path for a <see cref="IRevenueModel"/>: whether the creator qualifies, without building the
/// estimate. With <see cref="IExpectedRevenueModel"/> it lets a simulation (<c>IRevenueProjector.Simulate</c>) run a
/// model on every simulated month without building ranges, breakdowns or rules it never reads; without it, the
/// simulation falls back to <see cref="IRevenueModel.Estimate"/>, so implementing it is never required.
/// </summary>
/// <remarks>
/// <see cref="IsEligible"/> must return exactly <c>Estimate(snapshot).Eligibility.IsEligible</c>; the reusable contract
/// tests (<c>RevenueModelContract</c>) check it. It has the same purity, thread-safety and error contract as
/// <see cref="IRevenueModel.Estimate"/>, and should not allocate.
/// </remarks>
public interface IEligibilityRevenueModel : IRevenueModel
{
    /// <summary>Returns whether the creator qualifies, as <see cref="IRevenueModel.Estimate"/> would say.</summary>
    /// <param name="snapshot">A validated snapshot.</param>
    /// <returns><see langword="true"/> when every eligibility rule of the model is met.</returns>
    bool IsEligible(CreatorSnapshot snapshot);
}
