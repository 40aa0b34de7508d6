using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;
using TikTokMonetization.Testing;

namespace TikTokMonetization.Tests;

/// <summary>Laws of the subscriptions model: monotone in subscribers and price, and the follower boundary.</summary>
public sealed class SubscriptionsProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true);
    private static readonly IRevenueModel Model = TestServices.BuiltIns().Model("subscriptions");

    private static Property Monotone(Func<CreatorSnapshot, CreatorSnapshot> increase, string driver) =>
        ModelLaws.Monotone(Model, CreatorArbitraries.Snapshot(), increase, driver);

    [Fact]
    public void Estimate_IsMonotonicInSubscribers() =>
        Monotone(s => s with { Subscriptions = (s.Subscriptions ?? new SubscriptionInputs()) with { Subscribers = (s.Subscriptions?.Subscribers ?? 0) + 50 } }, "subscribers").Check(Quick);

    [Fact]
    public void Estimate_IsMonotonicInAnObservedPrice() =>
        Monotone(s => s.Subscriptions?.MonthlyPrice is { } p ? s with { Subscriptions = s.Subscriptions with { MonthlyPrice = p + Money.Usd(1m) } } : s, "monthly price").Check(Quick);

    [Fact]
    public void EligibilityBoundary_IsTenThousandFollowers_WhenNotGoingLive() =>
        Prop.ForAll(Gen.Choose(9_000, 11_000).ToArbitrary(), followers =>
            {
                var snapshot = new CreatorSnapshot
                {
                    Profile = new CreatorProfile { Followers = followers, Age = 30, Region = "US" },
                    Videos = new ShortVideoStats { Views = 100_000 },
                    Subscriptions = new SubscriptionInputs { Subscribers = 10 },
                };
                return Model.Estimate(snapshot).Eligibility.IsEligible == (followers >= 10_000);
            })
            .Check(Quick);
}
