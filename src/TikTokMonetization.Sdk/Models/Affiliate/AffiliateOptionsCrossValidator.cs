using Microsoft.Extensions.Options;
using TikTokMonetization.Internal;
using TikTokMonetization.Models.Common;

namespace TikTokMonetization.Models.Affiliate;

/// <summary>Checks the rules of <see cref="AffiliateOptions"/> that span fields: currency, ordered ranges, shares, the commission table and region codes.</summary>
internal sealed class AffiliateOptionsCrossValidator : IValidateOptions<AffiliateOptions>
{
    private const string Path = AffiliateDefaults.OptionsPath;

    public ValidateOptionsResult Validate(string? name, AffiliateOptions options)
    {
        var builder = new ValidateOptionsResultBuilder();
        OptionChecks.Currency(builder, Path + ":Currency", options.Currency);
        OptionChecks.Range(builder, Path + ":ShoppableViewShare", options.ShoppableViewShare, 1m);
        OptionChecks.Range(builder, Path + ":ClickThroughRate", options.ClickThroughRate, 1m);
        OptionChecks.Range(builder, Path + ":ConversionRate", options.ConversionRate, 1m);
        OptionChecks.Range(builder, Path + ":AverageItemPrice", options.AverageItemPrice, InputLimits.MaxOptionPrice);
        OptionChecks.Range(builder, Path + ":CommissionRate", options.CommissionRate, AffiliateDefaults.MaximumCommissionRate);
        foreach (var pair in options.CommissionRateByNiche ?? [])
        {
            if (string.IsNullOrWhiteSpace(pair.Key))
            {
                builder.AddError($"{Path}:CommissionRateByNiche has an empty key; keys are niche names such as 'beauty'.");
            }

            OptionChecks.Range(builder, Path + ":CommissionRateByNiche:" + pair.Key, pair.Value, AffiliateDefaults.MaximumCommissionRate);
        }

        foreach (var pair in options.MinimumFollowersByRegion ?? [])
        {
            if (!RegionCodes.IsValid(pair.Key))
            {
                builder.AddError($"{Path}:MinimumFollowersByRegion:{pair.Key} is not a region code; a key must be {RegionCodes.Allowed(pair.Key)}.");
            }

            if (pair.Value < 0)
            {
                builder.AddError(FormattableString.Invariant($"{Path}:MinimumFollowersByRegion:{pair.Key} is {pair.Value}; it must be zero or greater."));
            }
        }

        CheckPaidPrice(builder, options);
        CheckReturns(builder, options);
        OptionChecks.Regions(builder, Path + ":AvailableRegions", options.AvailableRegions);
        OptionChecks.Regions(builder, Path + ":PilotProgramRegions", options.PilotProgramRegions ?? []); // the model reads null as none
        return builder.Build();
    }

    /// <summary>The list price and what is taken off it: each adjustment needs the list price, and share and amounts exclude each other.</summary>
    private static void CheckPaidPrice(ValidateOptionsResultBuilder builder, AffiliateOptions options)
    {
        OptionChecks.Share(builder, Path + ":DiscountShare", options.DiscountShare);
        OptionChecks.Share(builder, Path + ":IncludedTaxRate", options.IncludedTaxRate);
        OptionChecks.Amount(builder, Path + ":PlatformCouponPerItem", options.PlatformCouponPerItem, InputLimits.MaxOptionPrice);
        OptionChecks.Amount(builder, Path + ":SellerCouponPerItem", options.SellerCouponPerItem, InputLimits.MaxOptionPrice);
        var coupons = options.PlatformCouponPerItem.HasValue || options.SellerCouponPerItem.HasValue;
        if (options.DiscountShare.HasValue && coupons)
        {
            builder.AddError(FormattableString.Invariant($"{Path}:DiscountShare is {options.DiscountShare} and coupon amounts are set too; give the discount as a share or as PlatformCouponPerItem and SellerCouponPerItem, not both."));
        }

        if (options.AverageListPrice is not { } list)
        {
            foreach (var (name, set) in new[] { ("DiscountShare", options.DiscountShare.HasValue), ("PlatformCouponPerItem", options.PlatformCouponPerItem.HasValue), ("SellerCouponPerItem", options.SellerCouponPerItem.HasValue), ("IncludedTaxRate", options.IncludedTaxRate.HasValue) })
            {
                if (set)
                {
                    builder.AddError($"{Path}:{name} is set but {Path}:AverageListPrice is null; it reduces the list price to the paid price, so set AverageListPrice (AverageItemPrice is already the paid price).");
                }
            }

            return;
        }

        OptionChecks.Range(builder, Path + ":AverageListPrice", list, InputLimits.MaxOptionPrice);
        if (!options.AverageItemPrice.Is(AffiliateDefaults.AverageItemPriceLow, AffiliateDefaults.AverageItemPriceExpected, AffiliateDefaults.AverageItemPriceHigh))
        {
            builder.AddError($"{Path}:AverageItemPrice is changed and {Path}:AverageListPrice is set; AverageItemPrice is the paid price and AverageListPrice the list price it is derived from: set one.");
        }

        var total = (options.PlatformCouponPerItem ?? 0m) + (options.SellerCouponPerItem ?? 0m);
        if (total > list.Low)
        {
            builder.AddError(FormattableString.Invariant($"{Path}:PlatformCouponPerItem and SellerCouponPerItem add up to {total}; together they must be at most AverageListPrice:Low ({list.Low}), or the paid price would be negative."));
        }
    }

    /// <summary>Cancellations, refunds and the approval rate: shares, and a refund rate and an approval rate describe the same returns.</summary>
    private static void CheckReturns(ValidateOptionsResultBuilder builder, AffiliateOptions options)
    {
        OptionChecks.Share(builder, Path + ":CancellationRate", options.CancellationRate);
        OptionChecks.Share(builder, Path + ":RefundRate", options.RefundRate);
        OptionChecks.Share(builder, Path + ":RefundedShareOfPrice", options.RefundedShareOfPrice);
        OptionChecks.Share(builder, Path + ":ApprovalRate", options.ApprovalRate);
        if (options.RefundedShareOfPrice.HasValue && !options.RefundRate.HasValue)
        {
            builder.AddError(FormattableString.Invariant($"{Path}:RefundedShareOfPrice is {options.RefundedShareOfPrice} but {Path}:RefundRate is null; it is the share of a refunded order's price given back, so set RefundRate too."));
        }

        if (options.RefundRate.HasValue && options.ApprovalRate.HasValue)
        {
            builder.AddError(FormattableString.Invariant($"{Path}:RefundRate is {options.RefundRate} and {Path}:ApprovalRate is {options.ApprovalRate}; both count returned orders, so set one (ApprovalRate = 1 - the share returned)."));
        }
    }
}
