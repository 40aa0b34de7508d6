using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// A user-style model: an "active creator" bonus per 1,000 followers for creators with at least 10,000 followers who
/// posted in the period. It deliberately implements only <see cref="IRevenueModel"/>, not the fast path.
/// </summary>
public sealed class FollowerBonusModel : IRevenueModel
{
    public string Name => "follower-bonus";

    public string DisplayName => "Follower bonus (test model)";

    public RevenueEstimate Estimate(CreatorSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var rule = EligibilityRule.AtLeast("min-followers", 10_000, snapshot.Profile.Followers, "followers");
        var thousands = snapshot.Videos.VideosPosted > 0 ? snapshot.Profile.Followers / 1000m : 0m;
        // An ineligible creator's line shows a rate of 0, so that it still reads as true arithmetic.
        var rates = rule.IsMet ? new ValueRange(0.10m, 0.25m, 0.40m) : ValueRange.Exactly(0m);
        var amounts = new ValueRange(thousands * rates.Low, thousands * rates.Expected, thousands * rates.High);
        return new RevenueEstimate(
            Name,
            DisplayName,
            new MoneyRange(amounts, Currency.Usd),
            new Eligibility([rule]),
            [new BreakdownLine("Bonus", ValueRange.Exactly(thousands), "thousand followers", rates, "USD per thousand", amounts, "USD", "test")],
            new LikesImpact(false, LikesInfluence.None, LikesChannels.None, "Followers only."));
    }
}

/// <summary>A model that pays in euros, to exercise conversion.</summary>
public sealed class EuroModel : IRevenueModel
{
    public string Name => "euro-stipend";

    public string DisplayName => "Euro stipend (test model)";

    public RevenueEstimate Estimate(CreatorSnapshot snapshot) => new(
        Name,
        DisplayName,
        new MoneyRange(new ValueRange(10m, 20m, 30m), Currency.Eur),
        Eligibility.Unconditional,
        null,
        new LikesImpact(false, LikesInfluence.None, LikesChannels.None, "Fixed."));
}

/// <summary>A broken model that throws, to check the engine names it.</summary>
public sealed class ThrowingModel : IRevenueModel
{
    public string Name => "throws";

    public string DisplayName => "Throws";

    public RevenueEstimate Estimate(CreatorSnapshot snapshot) => throw new InvalidOperationException("boom");
}
