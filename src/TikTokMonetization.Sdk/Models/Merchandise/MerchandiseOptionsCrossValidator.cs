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
        return builder.Build();
    }
}
