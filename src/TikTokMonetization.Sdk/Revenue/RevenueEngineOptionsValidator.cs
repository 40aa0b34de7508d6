using Microsoft.Extensions.Options;
using TikTokMonetization.Internal;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Revenue;

/// <summary>Checks <see cref="RevenueEngineOptions"/>: a known reporting currency and a usable exchange-rate table.</summary>
internal sealed class RevenueEngineOptionsValidator : IValidateOptions<RevenueEngineOptions>
{
    private const string Path = "TikTokMonetization";

    public ValidateOptionsResult Validate(string? name, RevenueEngineOptions options)
    {
        var builder = new ValidateOptionsResultBuilder();
        if (!Currency.TryFromCode(options.ReportingCurrency, out _))
        {
            builder.AddError($"{Path}:ReportingCurrency is '{options.ReportingCurrency}'; it must be an ISO 4217 code such as 'USD'.");
        }

        if (!Enum.IsDefined(typeof(MidpointRounding), options.Rounding))
        {
            builder.AddError($"{Path}:Rounding is {(int)options.Rounding}; it must be a MidpointRounding value such as 'ToEven' or 'AwayFromZero'.");
        }

        if ((options.EngagementInteractions & ~Creators.EngagementInteractions.All) != 0)
        {
            builder.AddError($"{Path}:EngagementInteractions is {(int)options.EngagementInteractions}; it must combine Likes, Comments, Shares and Saves.");
        }

        var table = options.ExchangeRates;
        if (table is null)
        {
            builder.AddError($"{Path}:ExchangeRates is null; it must be a table (it may hold only the base currency).");
            return builder.Build();
        }

        if (!Currency.TryFromCode(table.BaseCurrency, out _))
        {
            builder.AddError($"{Path}:ExchangeRates:BaseCurrency is '{table.BaseCurrency}'; it must be an ISO 4217 code.");
        }

        if (table.Rates is not null && table.Rates.TryGetValue(table.BaseCurrency ?? string.Empty, out var baseRate) && baseRate != 1m)
        {
            builder.AddError(FormattableString.Invariant(
                $"{Path}:ExchangeRates:Rates:{table.BaseCurrency} is {baseRate}, but {table.BaseCurrency} is the base currency, whose rate must be 1. Changing BaseCurrency needs a whole new table (the default rates are quoted per euro)."));
        }

        foreach (var pair in table.Rates ?? new Dictionary<string, decimal>())
        {
            if (!Currency.TryFromCode(pair.Key, out _))
            {
                builder.AddError($"{Path}:ExchangeRates:Rates:{pair.Key} names an unknown currency; keys must be ISO 4217 codes.");
            }

            if (pair.Value <= 0m)
            {
                builder.AddError(FormattableString.Invariant($"{Path}:ExchangeRates:Rates:{pair.Key} is {pair.Value}; a rate must be greater than zero."));
            }
        }

        if (Currency.TryFromCode(options.ReportingCurrency, out var reporting) && reporting == Currency.None)
        {
            builder.AddError($"{Path}:ReportingCurrency is 'XXX', ISO 4217's 'no currency'; it must be a real currency such as 'USD'.");
        }
        else if (Currency.TryFromCode(options.ReportingCurrency, out reporting)
            && !string.Equals(reporting.Code, table.BaseCurrency, StringComparison.OrdinalIgnoreCase)
            && (table.Rates is null || !table.Rates.ContainsKey(reporting.Code)))
        {
            builder.AddError($"{Path}:ReportingCurrency is '{reporting.Code}', which has no rate in {Path}:ExchangeRates:Rates; add one ({Path}:ExchangeRates:Rates:{reporting.Code}, units of {reporting.Code} per 1 {table.BaseCurrency}) or report in another currency.");
        }

        // The engine multiplies each stream by the ratio of two rates; bounding the table's spread bounds that factor,
        // so that no conversion can overflow decimal (see InputLimits and docs/input-limits.md).
        if (table.Rates is { Count: > 0 } spread && spread.Values.All(v => v > 0m))
        {
            var min = Math.Min(1m, spread.Values.Min());
            var max = Math.Max(1m, spread.Values.Max());
            if (max / min > InputLimits.MaxExchangeRateSpread)
            {
                builder.AddError(FormattableString.Invariant(
                    $"{Path}:ExchangeRates:Rates spans {min} to {max} (the base currency counting as 1); the largest rate may be at most {InputLimits.MaxExchangeRateSpread:N0} times the smallest (the widest real pair among the SDK's currencies is about 10^5)."));
            }
        }

        return builder.Build();
    }
}
