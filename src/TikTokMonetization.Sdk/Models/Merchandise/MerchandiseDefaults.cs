namespace TikTokMonetization.Models.Merchandise;

/// <summary>The merchandise model's documented defaults and the provenance text shown in its breakdown lines.</summary>
internal static class MerchandiseDefaults
{
    public const string Name = "merchandise";

    public const string DisplayName = "Merchandise";

    public const string OptionsPath = "TikTokMonetization:Merchandise";

    public const decimal ProductViewShareLow = 0.05m;

    public const decimal ProductViewShareExpected = 0.10m;

    public const decimal ProductViewShareHigh = 0.25m;

    public const decimal AverageOrderValueLow = 15m;

    public const decimal AverageOrderValueExpected = 25m;

    public const decimal AverageOrderValueHigh = 30m;

    public const decimal GrossMarginLow = 0.30m;

    public const decimal GrossMarginExpected = 0.50m;

    public const decimal GrossMarginHigh = 0.73m;

    public const decimal PerOrderFeeLow = 0m;

    public const decimal PerOrderFeeExpected = 0.30m;

    public const decimal PerOrderFeeHigh = 0.30m;

    public const decimal ShopReferralFeeLow = 0.05m;

    public const decimal ShopReferralFeeExpected = 0.06m;

    public const decimal ShopReferralFeeHigh = 0.08m;

    public const decimal AffiliateCommissionRateLow = 0.10m;

    public const decimal AffiliateCommissionRateExpected = 0.15m;

    public const decimal AffiliateCommissionRateHigh = 0.20m;

    public const string ProductViewShareSource =
        "SDK assumption (no sourced merchandise funnel exists): 5% / 10% / 25% of views show the product";

    public const string AverageOrderValueSource =
        "default: US$15 / 25 / 30, tee prices from printedthreads.com ($15 cheap, $30 premium) and eatsip365.com ($25)";

    public const string SnapshotAverageOrderValueSource = "snapshot (Merchandise.AverageOrderValue)";

    public const string GrossMarginSource =
        "default: 30% / 50% / 73%, print-on-demand 30-50% (skup.net, Jan 2026; cashflowtip.com $10 on $20) to a premium tee's $22 on $30 (printedthreads.com)";

    public const string PerOrderFeeSource =
        "default: US$0 / 0.30 / 0.30, the fixed 30 cents of card pricing and of TikTok Shop's 2023 launch fee (fitsmallbusiness.com, 2024); 0 where the margin or the Shop referral fee already covers it";

    public const string ShopReferralFeeSource =
        "default: 5% / 6% / 8% of the paid price; 6% from 1 Apr 2024 (TikTok Seller University; luminushub.com 2025; fastmoss.com Jun 2026), 8% from Jul 2024 (influencermarketinghub.com), 5% standard with 8% for some categories (calculatecreator.com, 2026)";

    public const string AffiliateCommissionOnConfiguredShareSource =
        "default: 10% / 15% / 20% commission (fashion and apparel, calculatecreator.com / earnfacts.com / hubfluence.io) on the share of orders via affiliates configured by the application";

    public const string ObservedOrdersSource = "observed (snapshot Merchandise.ObservedOrders)";

    public const string ProfitSource =
        "profit per order = gross margin − per-order fee − referral fee − affiliate commission; the low estimate takes the highest costs and the high estimate the lowest; never below 0";

    public const string ClampedSource =
        "the costs exceed the gross margin, so the SDK counts 0 profit per order rather than a loss (estimates are never negative)";

    /// <summary>The largest markup on cost accepted (10,000%): beyond it the margin on price is 99.99% and no longer a meaningful input.</summary>
    public const decimal MaximumMarkup = 100m;

    public const string MarkupSource = "configured MarkupOnCost: margin on price = markup ÷ (1 + markup)";

    public const string ShippingReferralSource =
        "configured ShippingChargedPerOrder: TikTok Shop's referral fee charged on the shipping the customer pays";

    public const string FixedCostsSource = "snapshot (Merchandise.FixedCosts: design, samples, store subscription and other costs of the period)";

    public const string NetProfitSource = "profit of the orders less the fixed costs of the period; never below 0";

    public const string BreakEvenSource = "fixed costs ÷ expected profit per order, rounded up to whole orders: their profit covers the fixed costs";

    public const string TargetMarginSource =
        "configured TargetMargin: the affiliate rate that leaves the target after margin, referral fee and per-order fees, at the expected point";

    public const string NoMerchandise = "No merchandise (snapshot Merchandise is not given)";
}
