using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Models.Funnel;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.Merchandise;

/// <summary>
/// Merchandise: orders (observed, or views × share that shows the product × click-through × click-to-order) times the
/// profit per order (average order value × gross margin, minus a fixed fee, TikTok Shop's referral fee and affiliate
/// commission), never below zero. A snapshot without merchandise facts earns zero: the creator sells no merchandise.
/// </summary>
internal sealed partial class MerchandiseModel : IExpectedRevenueModel, IEligibilityRevenueModel
{
    private static readonly LikesImpact LikesImpactText = new(
        paysPerLike: false,
        LikesInfluence.Indirect,
        LikesChannels.Visibility,
        "Likes earn nothing here: orders pay, likes do not. Likes reach sales only through reach: as a For You ranking signal they can bring more views, and the model counts views, not likes.");

    private readonly CurrentOptions<MerchandiseOptions> _options;
    private readonly IRevenueModelContext _engine;
    private readonly PerOptionsCache<MerchandiseOptions, Constants> _constants = new(static o => new Constants(o));

    public MerchandiseModel(IOptionsMonitor<MerchandiseOptions> options, IRevenueModelContext engine)
    {
        _options = new(options);
        _engine = engine;
    }

    public string Name => MerchandiseDefaults.Name;

    public string DisplayName => MerchandiseDefaults.DisplayName;

    // Selling merchandise needs no program: every creator qualifies, and one without merchandise earns zero.
    public bool IsEligible(CreatorSnapshot snapshot) => snapshot is null ? throw new ArgumentNullException(nameof(snapshot)) : true;

    public Money EstimateExpected(CreatorSnapshot snapshot)
    {
        if (snapshot is null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        var options = _options.Value;
        var baseCurrency = _constants.Get(options).Currency;
        if (snapshot.Merchandise is not { } merchandise)
        {
            return Money.Zero(baseCurrency);
        }

        // The expected point of Figures.Compute, without the log-space low and high the range needs.
        var orders = merchandise.ObservedOrders is { } count
            ? count
            : FunnelSteps.ExpectedOrders(snapshot.Videos.Views, options.ProductViewShare.Expected, options.ClickThroughRate.Expected, options.ConversionRate.Expected);
        var sale = Sale.Of(merchandise, options, baseCurrency, _engine.Settings);
        var referral = merchandise.SellsThroughTikTokShop ? options.ShopReferralFee.Expected : 0m;
        var commission = FunnelSteps.ExpectedProduct(options.AffiliateCommissionRate.Expected, options.AffiliateOrderShare.Expected);
        var costs = sale.Shipping is { } shipping ? sale.Fee.Expected + (referral * shipping) : sale.Fee.Expected;
        var clamped = 0;
        var perOrder = Figures.PerOrder(sale.OrderValue.Expected, Figures.Margin(options).Expected - referral - commission, costs, Figures.ExpectedClamped, ref clamped);
        var profit = FunnelSteps.ExpectedProduct(orders, perOrder);
        if (Figures.FixedCostsIn(merchandise, sale.Currency, _engine.Settings, out _) is { } fixedCosts)
        {
            profit = Figures.LessFixed(profit, fixedCosts);
        }

        return new Money(profit, sale.Currency);
    }

    public RevenueEstimate Estimate(CreatorSnapshot snapshot)
    {
        if (snapshot is null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        var options = _options.Value;
        var engine = _engine.Settings;
        var constants = _constants.Get(options);
        var figures = Figures.Compute(snapshot, options, constants, engine);

        // Without merchandise facts every figure is zero, so this is also the zero range of a creator who sells nothing.
        var range = new MoneyRange(figures.Profit, figures.Currency);
        return RevenueEstimate.FromDetails(Name, DisplayName, range, true, new EstimateDetails<Basis>(new Basis(snapshot, options, constants, engine)), LikesImpactText);
    }

    /// <summary>What one estimate was computed from; its breakdown is built from it when first read (merchandise has no rules).</summary>
    private readonly record struct Basis(CreatorSnapshot Snapshot, MerchandiseOptions Options, Constants Constants, RevenueModelSettings Engine) : IEstimateBasis
    {
        public BreakdownLine[] BuildLines() => Lines(Snapshot, Options, Engine, Figures.Compute(Snapshot, Options, Constants, Engine));

        public EligibilityRule[] BuildRules() => [];
    }

    /// <summary>
    /// What an estimate takes from the options alone, computed once per options instance: the currency, the funnel's
    /// two rates with their log ratios (<see cref="IndependentFactor"/>) and the affiliate commission's range (a product
    /// of two options). The same numbers as computing them on every estimate, to the last digit.
    /// </summary>
    private sealed class Constants
    {
        public Constants(MerchandiseOptions options)
        {
            Currency = Currency.FromCode(options.Currency);
            ClickThrough = new IndependentFactor(options.ClickThroughRate.ToValueRange());
            Conversion = new IndependentFactor(options.ConversionRate.ToValueRange());
            Commission = ValueRange.MultiplyIndependent(options.AffiliateCommissionRate.ToValueRange(), options.AffiliateOrderShare.ToValueRange());
        }

        public Currency Currency { get; }

        public IndependentFactor ClickThrough { get; }

        public IndependentFactor Conversion { get; }

        public ValueRange Commission { get; }
    }
}
