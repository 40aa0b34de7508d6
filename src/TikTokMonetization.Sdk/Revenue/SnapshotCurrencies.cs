using TikTokMonetization.Creators;

namespace TikTokMonetization.Revenue;

/// <summary>
/// Checks, before any model runs, that every amount of money in a snapshot is in a currency the engine's exchange-rate
/// table can convert: otherwise a model would fail half-way through an estimate instead of the input being refused.
/// </summary>
internal static class SnapshotCurrencies
{
    public static void ThrowIfUnconvertible(CreatorSnapshot snapshot, ExchangeRateOptions table)
    {
        List<SnapshotProblem>? problems = null;
        Check(snapshot.BrandDeals?.ObservedPricePerPost, "BrandDeals.ObservedPricePerPost", table, ref problems);
        Check(snapshot.Merchandise?.AverageOrderValue, "Merchandise.AverageOrderValue", table, ref problems);
        Check(snapshot.Affiliate?.ObservedSales, "Affiliate.ObservedSales", table, ref problems);
        Check(snapshot.Subscriptions?.MonthlyPrice, "Subscriptions.MonthlyPrice", table, ref problems);
        if (problems is not null)
        {
            throw new InvalidCreatorSnapshotException(problems);
        }
    }

    /// <summary>Returns whether <paramref name="currency"/> is the table's base or has a rate in it.</summary>
    public static bool CanConvert(Currency currency, ExchangeRateOptions table) =>
        string.Equals(currency.Code, table.BaseCurrency, StringComparison.OrdinalIgnoreCase)
        || (table.Rates is { } rates && rates.TryGetValue(currency.Code, out var rate) && rate > 0m);

    private static void Check(Money? money, string path, ExchangeRateOptions table, ref List<SnapshotProblem>? problems)
    {
        if (money is { } value && !CanConvert(value.Currency, table))
        {
            (problems ??= []).Add(new SnapshotProblem(
                path,
                value.ToString(),
                $"in a currency the exchange-rate table can convert; {value.Currency.Code} has no rate: add one under TikTokMonetization:ExchangeRates:Rates:{value.Currency.Code} (units of {value.Currency.Code} per 1 {table.BaseCurrency}) or give the amount in another currency"));
        }
    }
}
