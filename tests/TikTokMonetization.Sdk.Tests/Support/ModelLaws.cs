using FsCheck;
using FsCheck.Fluent;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;
using TikTokMonetization.Testing;

namespace TikTokMonetization.Tests;

/// <summary>Property-test forms of the reusable model laws, shared by every model's property tests.</summary>
internal static class ModelLaws
{
    /// <summary>For every generated creator, increasing <paramref name="driver"/> never lowers the model's low, expected or high amount.</summary>
    public static Property Monotone(IRevenueModel model, Arbitrary<CreatorSnapshot> creators, Func<CreatorSnapshot, CreatorSnapshot> increase, string driver) =>
        Prop.ForAll(creators, snapshot =>
        {
            var violation = RevenueModelContract.FindMonotonicityViolation(model, snapshot, increase, driver);
            return (violation is null).Label(violation ?? "ok");
        });
}
