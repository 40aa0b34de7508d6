namespace TikTokMonetization.Revenue;

/// <summary>Converts money through a dated <see cref="ExchangeRateOptions"/> table.</summary>
internal static class CurrencyConverter
{
    /// <summary>Returns the factor that turns an amount in <paramref name="from"/> into <paramref name="to"/>.</summary>
    public static decimal Factor(Currency from, Currency to, ExchangeRateOptions table)
    {
        if (from == to)
        {
            return 1m;
        }

        var fromRate = Rate(from, table);
        var toRate = Rate(to, table);
        return toRate / fromRate;
    }

    private static decimal Rate(Currency currency, ExchangeRateOptions table)
    {
        if (string.Equals(currency.Code, table.BaseCurrency, StringComparison.OrdinalIgnoreCase))
        {
            return 1m;
        }

        if (table.Rates.TryGetValue(currency.Code, out var rate) && rate > 0m)
        {
            return rate;
        }

        throw new InvalidOperationException(
            $"The exchange-rate table ({table.Source}, as of {table.AsOf:yyyy-MM-dd}) has no rate for {currency.Code}. Add it under RevenueEngineOptions.ExchangeRates.Rates (units of {currency.Code} per 1 {table.BaseCurrency}).");
    }
}
