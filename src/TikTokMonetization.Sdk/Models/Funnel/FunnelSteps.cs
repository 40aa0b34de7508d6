using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.Funnel;

/// <summary>
/// One pass down a sales funnel: views × share that reaches the product × click-through × click-to-order = orders,
/// for low, expected and high at once (low × low, expected × expected, high × high, so the order of the range holds).
/// Shared by the merchandise and affiliate models, which differ only in what the first share means.
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

    public static FunnelSteps Compute(decimal views, ValueRange reachShare, ValueRange clickThrough, ValueRange conversion)
    {
        var reached = FunnelMath.Times(views, reachShare);
        var clicks = FunnelMath.Times(reached, clickThrough);
        var orders = FunnelMath.Times(clicks, conversion);
        return new FunnelSteps(views, reachShare, reached, clickThrough, clicks, conversion, orders);
    }

    /// <summary>The expected orders alone, by the same arithmetic as <see cref="Compute"/>'s expected point.</summary>
    public static decimal ExpectedOrders(decimal views, decimal reachShare, decimal clickThrough, decimal conversion)
    {
        var reached = views * reachShare;
        var clicks = FunnelMath.TimesExpected(reached, clickThrough);
        return FunnelMath.TimesExpected(clicks, conversion);
    }

    /// <summary>Adds the three funnel lines: reach, clicks, orders.</summary>
    public void AddLines(List<BreakdownLine> lines, string reachLabel, string reachUnit, string reachSource, string clickThroughSource, string conversionSource)
    {
        lines.Add(new BreakdownLine(reachLabel, ValueRange.Exactly(Views), "views", ReachShare, "share of views", Reached, reachUnit, reachSource));
        lines.Add(new BreakdownLine("Product clicks", Reached, reachUnit, ClickThrough, "clicks per view", Clicks, "clicks", clickThroughSource));
        lines.Add(new BreakdownLine("Orders (estimated)", Clicks, "clicks", Conversion, "orders per click", Orders, "orders", conversionSource));
    }
}
