namespace TikTokMonetization.Revenue;

/// <summary>
/// A dated, static table of exchange rates that the engine uses to report in a currency other than the models' own.
/// The SDK never fetches rates: they are data you control, with their source and date.
/// </summary>
/// <remarks>
/// The default table is the European Central Bank's euro foreign exchange reference rates of 2 June 2025 (units of each
/// currency per 1 euro). Replace it with your own rates (any base currency) for real conversions; the ECB publishes
/// its reference rates for information only. Options objects are not thread-safe while being configured; the SDK only
/// reads them afterwards.
/// </remarks>
public sealed class ExchangeRateOptions
{
    /// <summary>Gets or sets the currency the rates are quoted against.</summary>
    /// <value>An ISO 4217 code. The default value is <c>EUR</c>.</value>
    public string BaseCurrency { get; set; } = "EUR";

    /// <summary>Gets or sets the rates: units of each currency per 1 unit of <see cref="BaseCurrency"/>.</summary>
    /// <value>Positive numbers keyed by ISO 4217 code. The default value is the ECB reference rates of 2 June 2025.</value>
    public Dictionary<string, decimal> Rates { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        // Source: European Central Bank, euro foreign exchange reference rates, 2025-06-02 (EUR 1 = x units).
        ["EUR"] = 1m,
        ["USD"] = 1.1419m,
        ["JPY"] = 162.98m,
        ["BGN"] = 1.9558m,
        ["CZK"] = 24.899m,
        ["DKK"] = 7.4606m,
        ["GBP"] = 0.84340m,
        ["HUF"] = 402.83m,
        ["PLN"] = 4.2578m,
        ["RON"] = 5.0547m,
        ["SEK"] = 10.8535m,
        ["CHF"] = 0.9336m,
        ["ISK"] = 144.40m,
        ["NOK"] = 11.5100m,
        ["TRY"] = 44.7505m,
        ["AUD"] = 1.7606m,
        ["BRL"] = 6.5015m,
        ["CAD"] = 1.5643m,
        ["CNY"] = 8.2214m,
        ["HKD"] = 8.9576m,
        ["IDR"] = 18584.37m,
        ["ILS"] = 4.0134m,
        ["INR"] = 97.4995m,
        ["KRW"] = 1572.20m,
        ["MXN"] = 22.0066m,
        ["MYR"] = 4.8605m,
        ["NZD"] = 1.8972m,
        ["PHP"] = 63.553m,
        ["SGD"] = 1.4686m,
        ["THB"] = 37.163m,
        ["ZAR"] = 20.4734m,
    };

    /// <summary>Gets or sets the date the rates were observed.</summary>
    /// <value>The default value is 2 June 2025.</value>
    public DateTime? AsOf { get; set; } = new DateTime(2025, 6, 2, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Gets or sets where the rates come from.</summary>
    /// <value>The default value names the ECB reference rates.</value>
    public string Source { get; set; } = "European Central Bank euro foreign exchange reference rates of 2 June 2025";
}
