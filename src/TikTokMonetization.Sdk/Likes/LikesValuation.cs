using TikTokMonetization.Revenue;

namespace TikTokMonetization.Likes;

/// <summary>Turns one model's re-estimates into a <see cref="LikesStreamValue"/>, and checks the measurement against the model's declaration.</summary>
internal static class LikesValuation
{
    /// <param name="stream">The model's stream name.</param>
    /// <param name="displayName">The model's display name.</param>
    /// <param name="declared">What the model declares about likes.</param>
    /// <param name="observed">The estimate for the creator as observed.</param>
    /// <param name="withLiveLikes">The expected amount with the LIVE likes added.</param>
    /// <param name="withAllLikes">… with the video likes added too.</param>
    /// <param name="withReach">… with the reach response applied.</param>
    /// <param name="direct">The expected revenue of the likes with no other activity.</param>
    /// <param name="additionalLikes">The likes added.</param>
    public static LikesStreamValue Value(string stream, string displayName, LikesImpact declared, MoneyRange observed, Money withLiveLikes, Money withAllLikes, MoneyRange withReach, Money direct, long additionalLikes)
    {
        var retention = withLiveLikes - observed.Expected;
        var pricing = withAllLikes - withLiveLikes;
        var visibility = withReach.Expected - withAllLikes;

        // The expected change is defined as the sum of its channel parts, so the parts add up to it exactly even when
        // decimal rounds a 28-digit difference (the telescoping sum and the direct difference can differ in the last digit).
        var expected = retention + pricing + visibility;
        var low = withReach.Low - observed.Low;
        var high = withReach.High - observed.High;

        // The three point-wise changes are not ordered in general; the range runs from the smallest to the largest.
        var change = new MoneyRange(Money.Min(Money.Min(low, expected), high), expected, Money.Max(Money.Max(low, expected), high));
        var marginal = new Money(PerThousand(expected.Amount, additionalLikes), expected.Currency);
        var value = new LikesStreamValue(stream, displayName, declared, direct, change, retention, pricing, visibility, marginal, []);
        return Disagreements(value, declared) is { } disagreements
            ? new LikesStreamValue(stream, displayName, declared, direct, change, retention, pricing, visibility, marginal, disagreements)
            : value;
    }

    /// <summary>
    /// The change per 1,000 likes. Multiplying first keeps every digit of a change below 10^25; a larger change (a stream
    /// near the overflow budget of docs/input-limits.md, converted into a weak currency) is divided first, so the product
    /// cannot overflow decimal.
    /// </summary>
    internal static decimal PerThousand(decimal change, long likes) =>
        Math.Abs(change) <= MaxMultipliedFirst ? change * 1000m / likes : change / likes * 1000m;

    private const decimal MaxMultipliedFirst = 10_000_000_000_000_000_000_000_000m;

    /// <summary>What the measurement contradicts in the declaration; <see langword="null"/> when nothing (the usual case, without a list).</summary>
    private static List<string>? Disagreements(LikesStreamValue value, LikesImpact declared)
    {
        List<string>? found = null;
        if (!declared.PaysPerLike && !value.DirectRevenue.IsZero)
        {
            (found ??= []).Add($"earns {value.DirectRevenue} from the likes alone, but declares that it does not pay per like");
        }

        var measured = value.MeasuredInfluence;
        if (declared.Influence == LikesInfluence.None && measured != LikesInfluence.None)
        {
            (found ??= []).Add($"declares that likes do not influence it, but its expected estimate moved by {value.Change.Expected} through {value.MeasuredChannels}");
        }
        else if (declared.Influence == LikesInfluence.Indirect && measured == LikesInfluence.Direct)
        {
            (found ??= []).Add($"declares an indirect influence, but the LIVE likes alone moved it by {value.RetentionChange}");
        }

        var undeclared = value.MeasuredChannels & ~declared.Channels;
        if (undeclared != LikesChannels.None && declared.Influence != LikesInfluence.None)
        {
            (found ??= []).Add($"moved through {undeclared}, which it does not declare");
        }

        if (value.RetentionChange.Amount < 0m || value.EngagementPricingChange.Amount < 0m || value.VisibilityChange.Amount < 0m)
        {
            (found ??= []).Add($"more likes lowered its estimate (retention {value.RetentionChange}, engagement pricing {value.EngagementPricingChange}, visibility {value.VisibilityChange})");
        }

        return found;
    }
}
