namespace TikTokMonetization.Models.Funnel;

/// <summary>
/// Defaults and provenance shared by the sales-funnel models (merchandise and TikTok Shop affiliate): the click-through
/// and click-to-order rates. No measured rate exists for either; both are SDK assumptions sized from the blog claims in
/// the domain facts (§5.3), which the docs pages list.
/// </summary>
internal static class FunnelDefaults
{
    public const decimal ClickThroughRateLow = 0.005m;

    public const decimal ClickThroughRateExpected = 0.015m;

    public const decimal ClickThroughRateHigh = 0.035m;

    public const decimal ConversionRateLow = 0.01m;

    public const decimal ConversionRateExpected = 0.025m;

    public const decimal ConversionRateHigh = 0.04m;

    public const string DefaultCurrency = "USD";

    public const string ClickThroughSource =
        "SDK assumption (no measured rate): 0.5% / 1.5% / 3.5%, sized from Captiv8's 1.4% engagement on Shop posts (Fortune, 2024) and a 3.5% CTR claim (digitalstats.onranko.com, unverified)";

    public const string ConversionSource =
        "SDK assumption (no measured rate): 1% / 2.5% / 4% of clicks, sized from blog claims of 1-3% (syntopia.ai) and 2-4% (zonflip.com) for shoppable video and 3.2% overall (napolify.com), all unverified";

    public const string NoActivitySource = "no input: the stream pays 0";

    public const string IneligibleSource = "not eligible: the stream pays 0 (see eligibility)";
}
