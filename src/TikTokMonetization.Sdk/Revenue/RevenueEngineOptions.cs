using TikTokMonetization.Creators;

namespace TikTokMonetization.Revenue;

/// <summary>Options of the revenue engine: the reporting currency, rounding, the engagement definition and the exchange-rate table.</summary>
/// <remarks>
/// Bind from the <c>TikTokMonetization</c> configuration section or configure in code through
/// <c>services.AddTikTokMonetization(o =&gt; ...)</c>; validated when the app starts. Options objects are not
/// thread-safe while being configured; the SDK only reads them afterwards, and a reload replaces the instance.
/// </remarks>
public sealed class RevenueEngineOptions
{
    /// <summary>Gets or sets the currency reports are stated in.</summary>
    /// <value>An ISO 4217 code present in <see cref="ExchangeRates"/> (or equal to every model's currency). The default value is <c>USD</c>.</value>
    public string ReportingCurrency { get; set; } = "USD";

    /// <summary>Gets or sets how a reported amount half-way between two minor units is rounded.</summary>
    /// <value>The default value is <see cref="MidpointRounding.ToEven"/> (banker's rounding), which does not drift over many sums.</value>
    public MidpointRounding Rounding { get; set; } = MidpointRounding.ToEven;

    /// <summary>Gets or sets which interactions count as engagement for every model that uses an engagement rate.</summary>
    /// <value>The default value is <see cref="EngagementInteractions.Default"/>: likes, comments and shares.</value>
    public EngagementInteractions EngagementInteractions { get; set; } = EngagementInteractions.Default;

    /// <summary>Gets or sets the dated exchange-rate table.</summary>
    /// <value>The default value is the ECB reference rates of 2 June 2025.</value>
    public ExchangeRateOptions ExchangeRates { get; set; } = new();
}
