using System.Globalization;
using TikTokMonetization.Models.Funnel;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

public sealed class FunnelStepsTests
{
    [Fact]
    public void AddLines_DescribesEachStepOfTheFunnel_WithItsUnitsAndSources()
    {
        var steps = FunnelSteps.Compute(10_000m, new ValueRange(0.1m, 0.2m, 0.3m), new IndependentFactor(new ValueRange(0.01m, 0.02m, 0.03m)), new IndependentFactor(new ValueRange(0.05m, 0.1m, 0.2m)));
        var lines = new List<BreakdownLine>();

        steps.AddLines(lines, "Shop viewers", "viewers", "reach source", "click source", "conversion source");

        Assert.Equal(
            [
                "Shop viewers: 10000 views × 0.2 share of views = 2000.0 viewers (reach source)",
                "Product clicks: 2000.0 viewers × 0.02 clicks per view = 40.000 clicks (click source)",
                "Orders (estimated): 40.000 clicks × 0.1 orders per click = 4.0000 orders (conversion source)",
            ],
            lines.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Label}: {l.Quantity.Expected} {l.QuantityUnit} × {l.Rate.Expected} {l.RateUnit} = {l.Amount.Expected} {l.AmountUnit} ({l.Source})")));
        Assert.Equal(steps.Orders, lines[2].Amount);
    }
}
