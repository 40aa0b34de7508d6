using Microsoft.Extensions.Options;
using TikTokMonetization.Internal;
using TikTokMonetization.Models.Common;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Models.BrandDeals;

/// <summary>Checks the rules of <see cref="BrandDealsOptions"/> that span fields or table entries.</summary>
internal sealed class BrandDealsOptionsCrossValidator : IValidateOptions<BrandDealsOptions>
{
    private const string Path = "TikTokMonetization:BrandDeals";

    public ValidateOptionsResult Validate(string? name, BrandDealsOptions options)
    {
        var builder = new ValidateOptionsResultBuilder();
        if (!Currency.TryFromCode(options.Currency, out _))
        {
            builder.AddError($"{Path}:Currency is '{options.Currency}'; it must be an ISO 4217 code such as 'USD'.");
        }

        if (options.Methods == BrandDealPricingMethods.None || (options.Methods & ~BrandDealPricingMethods.All) != 0)
        {
            builder.AddError($"{Path}:Methods is '{options.Methods}'; it must name at least one of PerThousandFollowers, ViewsCpm, PerEngagement, FollowerTiers and nothing else.");
        }

        CheckRange(options.RatePerThousandFollowers, "RatePerThousandFollowers", InputLimits.MaxRatePerThousand, builder);
        CheckRange(options.CpmPerThousandViews, "CpmPerThousandViews", InputLimits.MaxRatePerThousand, builder);
        CheckRange(options.CostPerEngagement, "CostPerEngagement", InputLimits.MaxCostPerEngagement, builder);
        CheckRange(options.UsageRightsPremium, "UsageRightsPremium", InputLimits.MaxUsageRightsPremium, builder);
        if (options.MinimumEngagementMultiplier > options.MaximumEngagementMultiplier)
        {
            builder.AddError(FormattableString.Invariant(
                $"{Path}:MinimumEngagementMultiplier is {options.MinimumEngagementMultiplier} and {Path}:MaximumEngagementMultiplier is {options.MaximumEngagementMultiplier}; the minimum must not exceed the maximum."));
        }

        CheckRange(options.ExclusivityPremium, "ExclusivityPremium", InputLimits.MaxUsageRightsPremium, builder);
        CheckRange(options.WhitelistingPremium, "WhitelistingPremium", InputLimits.MaxUsageRightsPremium, builder);
        CheckPremiums(options, builder);
        CheckBands(options, builder);
        CheckTiers(options, builder);
        CheckContentTypes(options, builder);
        OptionChecks.RegionAges(builder, Path + ":MinimumAgeByRegion", options.MinimumAgeByRegion);
        return builder.Build();
    }

    private static void CheckRange(RangeOptions? range, string option, decimal maximum, ValidateOptionsResultBuilder builder)
    {
        if (range is null)
        {
            builder.AddError($"{Path}:{option} is null; it must be a range with Low, Expected and High.");
            return;
        }

        range.Validate($"{Path}:{option}", builder, maximum);
    }

    /// <summary>Niche premiums are shares from 0 to 4, and every premium added together stays within the overflow budget.</summary>
    private static void CheckPremiums(BrandDealsOptions options, ValidateOptionsResultBuilder builder)
    {
        if (options.NichePremiums is null)
        {
            builder.AddError($"{Path}:NichePremiums is null; it must be a table of niche to premium (empty for none).");
            return;
        }

        var largestNiche = 0m;
        foreach (var pair in options.NichePremiums)
        {
            if (string.IsNullOrWhiteSpace(pair.Key))
            {
                builder.AddError($"{Path}:NichePremiums has an empty key; keys are niche names such as 'finance'.");
            }

            if (pair.Value < 0m || pair.Value > InputLimits.MaxUsageRightsPremium)
            {
                builder.AddError(FormattableString.Invariant($"{Path}:NichePremiums:{pair.Key} is {pair.Value}; it must be from 0 to {InputLimits.MaxUsageRightsPremium} (0.3 adds 30%)."));
            }

            largestNiche = Math.Max(largestNiche, pair.Value);
        }

        if (options.UsageRightsPremium is { } usage && options.ExclusivityPremium is { } exclusivity && options.WhitelistingPremium is { } whitelisting)
        {
            var total = usage.High + exclusivity.High + whitelisting.High + largestNiche;
            if (total > InputLimits.MaxUsageRightsPremium)
            {
                builder.AddError(FormattableString.Invariant(
                    $"{Path}: the premiums add up to {total} (UsageRightsPremium:High {usage.High} + ExclusivityPremium:High {exclusivity.High} + WhitelistingPremium:High {whitelisting.High} + the largest NichePremiums entry {largestNiche}); together they must be at most {InputLimits.MaxUsageRightsPremium}, a post at most five times its price (docs/input-limits.md)."));
            }
        }
    }

    /// <summary>Bands: one starts at 0, starts are distinct, multipliers from 0 to 100 never fall as the start rises.</summary>
    private static void CheckBands(BrandDealsOptions options, ValidateOptionsResultBuilder builder)
    {
        if (options.EngagementBands is not { } bands)
        {
            builder.AddError($"{Path}:EngagementBands is null; it must be a list of bands (empty for the continuous multiplier).");
            return;
        }

        if (bands.Count == 0)
        {
            return;
        }

        var startsAtZero = false;
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            if (band is null)
            {
                builder.AddError($"{Path}:EngagementBands:{i} is null; it must have a MinimumEngagementRate and a Multiplier.");
                continue;
            }

            startsAtZero |= band.MinimumEngagementRate == 0m;
            if (band.MinimumEngagementRate is < 0m or > 100m)
            {
                builder.AddError(FormattableString.Invariant($"{Path}:EngagementBands:{i}:MinimumEngagementRate is {band.MinimumEngagementRate}; it must be from 0 to 100 (0.03 for 3%)."));
            }

            if (band.Multiplier is < 0m or > 100m)
            {
                builder.AddError(FormattableString.Invariant($"{Path}:EngagementBands:{i}:Multiplier is {band.Multiplier}; it must be from 0 to 100."));
            }

            for (var j = 0; j < i; j++)
            {
                var other = bands[j];
                if (other is null)
                {
                    continue;
                }

                if (other.MinimumEngagementRate == band.MinimumEngagementRate)
                {
                    builder.AddError(FormattableString.Invariant($"{Path}:EngagementBands:{i}:MinimumEngagementRate is {band.MinimumEngagementRate}, the same as band {j}; each band must start at its own rate."));
                }
                else if ((other.MinimumEngagementRate < band.MinimumEngagementRate) != (other.Multiplier <= band.Multiplier))
                {
                    var (lower, higher) = other.MinimumEngagementRate < band.MinimumEngagementRate ? (j, i) : (i, j);
                    builder.AddError(FormattableString.Invariant(
                        $"{Path}:EngagementBands:{higher} starts at a higher rate than band {lower} but has a lower multiplier ({bands[higher].Multiplier} < {bands[lower].Multiplier}); a higher band must never lower the price."));
                }
            }
        }

        if (!startsAtZero)
        {
            builder.AddError($"{Path}:EngagementBands has no band with MinimumEngagementRate 0; one band must start at 0 so that every engagement rate has a multiplier.");
        }
    }

    private static void CheckTiers(BrandDealsOptions options, ValidateOptionsResultBuilder builder)
    {
        if (options.FollowerTiers is null)
        {
            builder.AddError($"{Path}:FollowerTiers is null; it must be a table of tiers (it may be empty when Methods leaves out FollowerTiers).");
            return;
        }

        if (options.FollowerTiers.Count == 0 && (options.Methods & BrandDealPricingMethods.FollowerTiers) != 0)
        {
            builder.AddError($"{Path}:FollowerTiers is empty but {Path}:Methods includes FollowerTiers; add tiers or leave the method out.");
        }

        var valid = new List<KeyValuePair<string, BrandDealTierOptions>>();
        foreach (var pair in options.FollowerTiers)
        {
            var path = $"{Path}:FollowerTiers:{pair.Key}";
            if (pair.Value is null)
            {
                builder.AddError($"{path} is null; it must have MinimumFollowers and Price.");
                continue;
            }

            if (pair.Value.MinimumFollowers < 0)
            {
                builder.AddError(FormattableString.Invariant($"{path}:MinimumFollowers is {pair.Value.MinimumFollowers}; it must be zero or greater."));
            }

            if (pair.Value.Price is null)
            {
                builder.AddError($"{path}:Price is null; it must be a range with Low, Expected and High.");
                continue;
            }

            var price = pair.Value.Price;
            if (price.Low < 0m)
            {
                builder.AddError(FormattableString.Invariant($"{path}:Price:Low is {price.Low}; it must be zero or greater."));
            }

            price.Validate(path + ":Price", builder, InputLimits.MaxOptionPrice);
            valid.Add(pair);
        }

        // More followers must never price lower: sorted by lower bound, every point of the price is non-decreasing.
        valid.Sort((a, b) => a.Value.MinimumFollowers != b.Value.MinimumFollowers
            ? a.Value.MinimumFollowers.CompareTo(b.Value.MinimumFollowers)
            : string.CompareOrdinal(a.Key, b.Key));
        for (var i = 1; i < valid.Count; i++)
        {
            var (lowerName, lower) = (valid[i - 1].Key, valid[i - 1].Value);
            var (upperName, upper) = (valid[i].Key, valid[i].Value);
            if (lower.MinimumFollowers == upper.MinimumFollowers)
            {
                builder.AddError(FormattableString.Invariant(
                    $"{Path}:FollowerTiers:{upperName}:MinimumFollowers is {upper.MinimumFollowers}, the same as tier '{lowerName}'; tiers must start at distinct follower counts."));
                continue;
            }

            if (upper.Price.Low < lower.Price.Low || upper.Price.Expected < lower.Price.Expected || upper.Price.High < lower.Price.High)
            {
                builder.AddError(FormattableString.Invariant(
                    $"{Path}:FollowerTiers:{upperName}:Price is Low {upper.Price.Low}, Expected {upper.Price.Expected}, High {upper.Price.High}, below tier '{lowerName}' (Low {lower.Price.Low}, Expected {lower.Price.Expected}, High {lower.Price.High}) which starts at fewer followers; each point must be at least the smaller tier's."));
            }
        }
    }

    private static void CheckContentTypes(BrandDealsOptions options, ValidateOptionsResultBuilder builder)
    {
        if (options.ContentTypeMultipliers is null)
        {
            builder.AddError($"{Path}:ContentTypeMultipliers is null; it must be a table of content types and multipliers.");
            return;
        }

        foreach (var pair in options.ContentTypeMultipliers)
        {
            if (pair.Value <= 0m || pair.Value > InputLimits.MaxContentTypeMultiplier)
            {
                builder.AddError(FormattableString.Invariant(
                    $"{Path}:ContentTypeMultipliers:{pair.Key} is {pair.Value}; it must be greater than 0 and at most {InputLimits.MaxContentTypeMultiplier}."));
            }
        }

        if (options.ContentType is null || !options.ContentTypeMultipliers.ContainsKey(options.ContentType))
        {
            builder.AddError(
                $"{Path}:ContentType is '{options.ContentType}'; it must be a key of {Path}:ContentTypeMultipliers: {string.Join(", ", options.ContentTypeMultipliers.Keys)}.");
        }
    }
}
