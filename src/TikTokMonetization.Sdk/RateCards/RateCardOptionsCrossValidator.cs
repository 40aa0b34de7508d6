using Microsoft.Extensions.Options;

namespace TikTokMonetization.RateCards;

/// <summary>Checks the rules of <see cref="RateCardOptions"/> that span fields: a known currency and an ordered range.</summary>
internal sealed class RateCardOptionsCrossValidator : IValidateOptions<RateCardOptions>
{
    public ValidateOptionsResult Validate(string? name, RateCardOptions options)
    {
        var path = "TikTokMonetization:RateCards:" + (string.IsNullOrEmpty(name) ? "default" : name);
        var builder = new ValidateOptionsResultBuilder();
        if (!Currency.TryFromCode(options.Currency, out _))
        {
            builder.AddError($"{path}:Currency is '{options.Currency}'; it must be an ISO 4217 code such as 'USD'.");
        }

        if (options.DiamondsPerCoin > Internal.InputLimits.MaxDiamondsPerCoin)
        {
            builder.AddError(FormattableString.Invariant(
                $"{path}:DiamondsPerCoin is {options.DiamondsPerCoin}; it must be greater than 0 and at most {Internal.InputLimits.MaxDiamondsPerCoin} (see docs/input-limits.md)."));
        }

        if (options.CashPerDiamond is null)
        {
            builder.AddError($"{path}:CashPerDiamond is null; it must be a range with Low, Expected and High.");
        }
        else
        {
            options.CashPerDiamond.Validate(path + ":CashPerDiamond", builder, Internal.InputLimits.MaxCashPerDiamond);
        }

        return builder.Build();
    }
}
