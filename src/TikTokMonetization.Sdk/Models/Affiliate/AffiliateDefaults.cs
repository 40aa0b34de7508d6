using TikTokMonetization.RateCards;

namespace TikTokMonetization.Models.Affiliate;

/// <summary>The TikTok Shop affiliate model's documented defaults and the provenance text shown in its breakdown lines.</summary>
internal static class AffiliateDefaults
{
    public const string Name = "affiliate";

    public const string DisplayName = "TikTok Shop affiliate";

    public const string OptionsPath = "TikTokMonetization:Affiliate";

    public const decimal ShoppableViewShareLow = 0.10m;

    public const decimal ShoppableViewShareExpected = 0.25m;

    public const decimal ShoppableViewShareHigh = 0.50m;

    public const decimal AverageItemPriceLow = 20m;

    public const decimal AverageItemPriceExpected = 35m;

    public const decimal AverageItemPriceHigh = 64m;

    public const decimal CommissionRateLow = 0.03m;

    public const decimal CommissionRateExpected = 0.15m;

    public const decimal CommissionRateHigh = 0.30m;

    /// <summary>TikTok Shop lets sellers set commission from 1% to 80% (earnfacts.com citing TikTok Seller University).</summary>
    public const decimal MaximumCommissionRate = 0.80m;

    public const int MinimumAge = 18;

    public const long MinimumFollowers = 1_000;

    public const long PilotProgramFollowers = 5_000;

    public const int PilotShoppableVideosPerWeek = 5;

    public const string ShoppableViewShareSource =
        "SDK assumption (no source measures it): 10% / 25% / 50% of views are on shoppable videos";

    public const string PilotSource =
        "; capped by the US pilot program for creators under 5,000 followers (5 shoppable videos a week, TikTok Seller University, 2025), assuming views spread evenly over the period's videos";

    public const string AverageItemPriceSource =
        "default: US$20 / 35 / 64 paid per item after discounts; US$35 average TikTok Shop order Nov 2023 to Nov 2024 (Earnest Analytics via Sourcing Journal), US$20-50 typical impulse order (redstagfulfillment.com, 2025), up to US$63-64 (napolify.com)";

    public const string CommissionSnapshotSource = "snapshot (Affiliate.CommissionRate)";

    public const string CommissionTableSource =
        "default category table: lowest published low, median of the sources' midpoints, highest published high across calculatecreator.com, earnfacts.com and hubfluence.io (estimates; earnfacts.com warns widely quoted averages are unsourced)";

    public const string CommissionFallbackSource =
        "default for a niche not in the table: 3% / 15% / 30%, the span and median of the category table (calculatecreator.com, earnfacts.com, hubfluence.io; unverified estimates)";

    public const string ObservedSalesSource = "observed (snapshot Affiliate.ObservedSales, paid prices after discounts and refunds)";

    public const string PaidPriceSource =
        "configured list price less coupons and included tax (the commission base is the buyer's paid price: TikTok Shop Seller University, Vietnam, viewed 2026)";

    public const string CouponSource =
        "configured; the commission base excludes platform and merchant coupons (TikTok Shop Seller University, Vietnam, viewed 2026)";

    public const string TaxSource =
        "configured IncludedTaxRate; the commission base excludes tax (TikTok Shop Seller University, Vietnam, viewed 2026)";

    public const string CancellationSource =
        "configured CancellationRate; no commission on cancelled orders (TikTok Shop Seller University, Vietnam, viewed 2026)";

    public const string ApprovalSource = "configured ApprovalRate (orders approved, not returned)";

    public const string RefundSource =
        "configured RefundRate and RefundedShareOfPrice; no commission on refunded orders, a proportional part on partial refunds (TikTok Shop Seller University, Vietnam, viewed 2026)";

    public const string ShopAdsSource =
        "snapshot (Affiliate.ShopAdsCommissionRate, Affiliate.ShopAdsOrderShare); a separate Shop Ads commission on ad-driven sales (TikTok Ads help, affiliate creatives authorization FAQ, Oct 2024)";

    public const string BlendedRateSource = "the standard and Shop Ads commission lines above, added";

    public const string NoAffiliate = "No affiliate activity (snapshot Affiliate is not given)";

    /// <summary>
    /// The category table (niche, low, expected, high). Low is the lowest low and high the highest high of the three
    /// sources; expected is the median of their midpoints (derived, see docs/models/affiliate.md).
    /// </summary>
    private static readonly (string Niche, decimal Low, decimal Expected, decimal High)[] CategoryTable =
    [
        ("beauty", 0.10m, 0.20m, 0.30m),
        ("fashion", 0.10m, 0.15m, 0.20m),
        ("health", 0.08m, 0.20m, 0.30m),
        ("home", 0.08m, 0.15m, 0.20m),
        ("electronics", 0.03m, 0.065m, 0.10m),
        ("toys", 0.08m, 0.10m, 0.12m),
    ];

    /// <summary>
    /// Regions where TikTok Shop's affiliate program runs: US, GB and six South-East Asian markets (mokulabs.io, 2025),
    /// DE, FR, IT, ES and IE (calculatecreator.com, 2026; influencico.com, 2026), AT, BE, NL and PL (from 15 Jun 2026,
    /// influencico.com).
    /// </summary>
    public static List<string> CreateAvailableRegions() =>
        ["US", "GB", "ID", "MY", "PH", "SG", "TH", "VN", "DE", "FR", "IT", "ES", "IE", "AT", "BE", "NL", "PL"];

    public static Dictionary<string, RangeOptions> CreateCommissionTable()
    {
        var table = new Dictionary<string, RangeOptions>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in CategoryTable)
        {
            table[row.Niche] = new RangeOptions(row.Low, row.Expected, row.High);
        }

        return table;
    }

    /// <summary>Returns whether a table entry still holds the documented default for its niche.</summary>
    public static bool IsDefaultEntry(string niche, RangeOptions value)
    {
        foreach (var row in CategoryTable)
        {
            if (string.Equals(row.Niche, niche, StringComparison.OrdinalIgnoreCase))
            {
                return value.Is(row.Low, row.Expected, row.High);
            }
        }

        return false;
    }
}
