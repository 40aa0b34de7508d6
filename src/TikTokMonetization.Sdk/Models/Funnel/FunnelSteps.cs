using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.Funnel;

/// <summary>
/// One pass down a sales funnel: views × share that reaches the product × click-through × click-to-order = orders, for
/// low, expected and high at once. The views are an observed count, so the first step scales the share's range; the
/// next two multiply independent uncertain rates (<see cref="ValueRange.MultiplyIndependent(ValueRange, ValueRange)"/>). Shared by the
/// merchandise and affiliate models, which differ only in what the first share means. Built on the public API only.
/// </summary>
internal readonly struct FunnelSteps
{
    private FunnelSteps(decimal views, ValueRange reachShare, ValueRange reached, ValueRange clickThrough, ValueRange clicks, ValueRange conversion, ValueRange orders)
    {
        Views = views;
        ReachShare = reachShare;
        Reached = reached;
        ClickThrough = clickThrough;
        Clicks = clicks;
        Conversion = conversion;
        Orders = orders;
    }

    public decimal Views { get; }

    public ValueRange ReachShare { get; }

    public ValueRange Reached { get; }

    public ValueRange ClickThrough { get; }

    public ValueRange Clicks { get; }

    public ValueRange Conversion { get; }

    public ValueRange Orders { get; }

    /// <summary>
    /// The funnel for <paramref name="views"/>. The two rates come from the options and stay the same between estimates,
    /// so their log ratios are computed once (<see cref="IndependentFactor"/>); the products are the same to the last digit.
    /// </summary>
    public static FunnelSteps Compute(decimal views, ValueRange reachShare, in IndependentFactor clickThrough, in IndependentFactor conversion)
    {
        var reached = reachShare.Scale(views);
        var clicks = ValueRange.MultiplyIndependent(reached, clickThrough);
        var orders = ValueRange.MultiplyIndependent(clicks, conversion);
        return new FunnelSteps(views, reachShare, reached, clickThrough.Range, clicks, conversion.Range, orders);
    }

    /// <summary>The expected orders alone, by the same arithmetic as <see cref="Compute"/>'s expected point.</summary>
    public static decimal ExpectedOrders(decimal views, decimal reachShare, decimal clickThrough, decimal conversion)
    {
        var reached = views * reachShare;
        var clicks = ExpectedProduct(reached, clickThrough);
        return ExpectedProduct(clicks, conversion);
    }

    /// <summary>
    /// The expected point of <see cref="ValueRange.MultiplyIndependent(ValueRange, ValueRange)"/> alone, for the fast paths: the exact product,
    /// and a plain 0 when the product is zero, as <see cref="ValueRange.MultiplyIndependent(ValueRange, ValueRange)"/> returns it.
    /// </summary>
    public static decimal ExpectedProduct(decimal left, decimal right)
    {
        var product = left * right;
        return product == 0m ? 0m : product;
    }

    /// <summary>Adds the three funnel lines: reach, clicks, orders.</summary>
    public void AddLines(List<BreakdownLine> lines, string reachLabel, string reachUnit, string reachSource, string clickThroughSource, string conversionSource)
    {
        lines.Add(BreakdownLine.For(reachLabel).Quantity(Views, "views").Times(ReachShare, "share of views").Gives(Reached, reachUnit, reachSource));
        lines.Add(BreakdownLine.For("Product clicks").Quantity(Reached, reachUnit).TimesIndependent(ClickThrough, "clicks per view").Gives(Clicks, "clicks", clickThroughSource));
        lines.Add(BreakdownLine.For("Orders (estimated)").Quantity(Clicks, "clicks").TimesIndependent(Conversion, "orders per click").Gives(Orders, "orders", conversionSource));
    }
}
