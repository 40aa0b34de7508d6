using Microsoft.Extensions.Options;
using TikTokMonetization.Internal;
using TikTokMonetization.Models.Common;

namespace TikTokMonetization.Models.Merchandise;

/// <summary>Checks the rules of <see cref="MerchandiseOptions"/> that span fields: known currency, ordered ranges, shares at most 1.</summary>
internal sealed class MerchandiseOptionsCrossValidator : IValidateOptions<MerchandiseOptions>
{
    private const string Path = MerchandiseDefaults.OptionsPath;

    public ValidateOptionsResult Validate(string? name, MerchandiseOptions options)
    {
        var builder = new ValidateOptionsResultBuilder();
        OptionChecks.Currency(builder, Path + ":Currency", options.Currency);
        OptionChecks.Range(builder, Path + ":ProductViewShare", options.ProductViewShare, 1m);
        OptionChecks.Range(builder, Path + ":ClickThroughRate", options.ClickThroughRate, 1m);
        OptionChecks.Range(builder, Path + ":ConversionRate", options.ConversionRate, 1m);
        OptionChecks.Range(builder, Path + ":AverageOrderValue", options.AverageOrderValue, InputLimits.MaxOptionPrice);
        OptionChecks.Range(builder, Path + ":GrossMargin", options.GrossMargin, 1m);
        OptionChecks.Range(builder, Path + ":PerOrderFee", options.PerOrderFee, InputLimits.MaxOptionPrice);
        OptionChecks.Range(builder, Path + ":ShopReferralFee", options.ShopReferralFee, 1m);
        OptionChecks.Range(builder, Path + ":AffiliateCommissionRate", options.AffiliateCommissionRate, 0.80m);
        OptionChecks.Range(builder, Path + ":AffiliateOrderShare", options.AffiliateOrderShare, 1m);
        OptionChecks.Amount(builder, Path + ":MarkupOnCost", options.MarkupOnCost, MerchandiseDefaults.MaximumMarkup);
        OptionChecks.Amount(builder, Path + ":ShippingChargedPerOrder", options.ShippingChargedPerOrder, InputLimits.MaxOptionPrice);
        OptionChecks.Share(builder, Path + ":TargetMargin", options.TargetMargin);
        if (options.MarkupOnCost is { } markup && options.GrossMargin is { } margin
            && !margin.Is(MerchandiseDefaults.GrossMarginLow, MerchandiseDefaults.GrossMarginExpected, MerchandiseDefaults.GrossMarginHigh))
        {
            builder.AddError(FormattableString.Invariant($"{Path}:MarkupOnCost is {markup} and {Path}:GrossMargin is changed too; a markup is on cost and a margin on price (a 50% markup is a 33.3% margin): set one."));
        }

        return builder.Build();
    }
}
