using FsCheck;
using FsCheck.Xunit;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>Laws of the subscriptions model: monotone in subscribers and price, and the follower boundary.</summary>
[Properties(Arbitrary = [typeof(CreatorArbitraries), typeof(CountArbitraries)], MaxTest = 200, QuietOnSuccess = true)]
public sealed class SubscriptionsProperties
{
    private static readonly IRevenueModel Model = TestServices.BuiltIns().Model("subscriptions");

    [Property]
    public Property Estimate_IsMonotonicInSubscribers(CreatorSnapshot snapshot) =>
        ModelLaws.Monotone(Model, snapshot, s => s with { Subscriptions = (s.Subscriptions ?? new SubscriptionInputs()) with { Subscribers = (s.Subscriptions?.Subscribers ?? 0) + 50 } }, "subscribers");

    [Property]
    public Property Estimate_IsMonotonicInAnObservedPrice(CreatorSnapshot snapshot) =>
        ModelLaws.Monotone(Model, snapshot, s => s.Subscriptions?.MonthlyPrice is { } p ? s with { Subscriptions = s.Subscriptions with { MonthlyPrice = p + Money.Usd(1m) } } : s, "monthly price");

    [Property]
    public bool EligibilityBoundary_IsTenThousandFollowers_WhenNotGoingLive(FollowerCount followers)
    {
        var snapshot = new CreatorSnapshot
        {
            Profile = new CreatorProfile { Followers = followers.Value, Age = 30, Region = "US" },
            Videos = new ShortVideoStats { Views = 100_000 },
            Subscriptions = new SubscriptionInputs { Subscribers = 10 },
        };
        return Model.Estimate(snapshot).Eligibility.IsEligible == (followers.Value >= 10_000);
    }
}
