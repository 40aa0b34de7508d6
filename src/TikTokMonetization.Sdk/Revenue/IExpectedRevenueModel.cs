using TikTokMonetization.Creators;

namespace TikTokMonetization.Revenue;

/// <summary>
/// An optional fast path for a <see cref="IRevenueModel"/>: the expected amount alone, without building the breakdown.
/// The engine's batch path (<see cref="IRevenueEngine.EstimateExpected"/>) uses it when a model implements it and
/// falls back to <see cref="IRevenueModel.Estimate"/> otherwise, so implementing it is never required.
/// </summary>
/// <remarks>
/// <see cref="EstimateExpected"/> must return exactly <c>Estimate(snapshot).Range.Expected</c>; the reusable contract
/// tests check it. It has the same purity, thread-safety and error contract as <see cref="IRevenueModel.Estimate"/>,
/// and should not allocate.
/// </remarks>
public interface IExpectedRevenueModel : IRevenueModel
{
    /// <summary>Returns the expected amount that <see cref="IRevenueModel.Estimate"/> would return.</summary>
    /// <param name="snapshot">A validated snapshot.</param>
    /// <returns>The expected amount in the model's currency.</returns>
    Money EstimateExpected(CreatorSnapshot snapshot);
}
