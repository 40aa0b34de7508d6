using System.Globalization;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Cli;

/// <summary>
/// Writes one breakdown line as arithmetic a reader can check: <c>quantity unit × rate unit = amount unit</c>, with
/// numbers below 1 to four significant digits (never "× 0 per follower"), estimated counts of coins, diamonds, clicks and
/// orders as rounded estimates, amounts of money to the currency's minor unit, units in the singular for exactly one,
/// a step whose low and high are not the products of the low and high factors (they were combined as independent
/// uncertainties) written as its expected product and its range, without an "=" that would not hold, a product held
/// within bounds with its bounds, and an interpolation as the place between the rate's ends.
/// </summary>
internal static class StepText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // Counts that a model estimates (never observed) and that exist only in whole units.
    private static readonly HashSet<string> EstimatedCounts = new(StringComparer.Ordinal) { "coins", "diamonds", "clicks", "orders", "items" };

    // Plural first words of the units the models use, and their singular.
    private static readonly Dictionary<string, string> Singular = new(StringComparer.Ordinal)
    {
        ["coins"] = "coin",
        ["diamonds"] = "diamond",
        ["months"] = "month",
        ["days"] = "day",
        ["hours"] = "hour",
        ["views"] = "view",
        ["videos"] = "video",
        ["followers"] = "follower",
        ["orders"] = "order",
        ["clicks"] = "click",
        ["items"] = "item",
        ["posts"] = "post",
        ["subscribers"] = "subscriber",
        ["sponsored posts"] = "sponsored post",
        ["gifts"] = "gift",
        ["engagements"] = "engagement",
        ["interactions"] = "interaction",
        ["viewer-hours"] = "viewer-hour",
        ["subscriber-months"] = "subscriber-month",
        ["points"] = "point",
    };

    /// <param name="line">The step.</param>
    /// <param name="rounding">How the report rounds money (the engine's <c>Rounding</c>), so a step's cash agrees with the streams table.</param>
    public static string Write(BreakdownLine line, MidpointRounding rounding = MidpointRounding.ToEven)
    {
        var quantity = Value(line.Quantity, line.QuantityUnit, rounding);
        if (line.Kind == BreakdownLineKind.Interpolation)
        {
            return $"{quantity} of the way from {Number(line.Rate.Low, line.RateUnit, rounding)} to {Number(line.Rate.High, line.RateUnit, rounding)} {line.RateUnit} = {Value(line.Amount, line.AmountUnit, rounding)}";
        }

        var rate = Value(line.Rate, line.RateUnit, rounding);
        if (line.Kind == BreakdownLineKind.Limited)
        {
            var bounds = (line.Minimum, line.Maximum) switch
            {
                ({ } min, { } max) => $"within {Number(min, string.Empty, rounding)}..{Number(max, string.Empty, rounding)}",
                ({ } min, null) => "at least " + Number(min, string.Empty, rounding),
                _ => "at most " + Number(line.Maximum!.Value, string.Empty, rounding),
            };
            return $"{quantity} × {rate} = {Value(line.Amount, line.AmountUnit, rounding)} (the product held {bounds})";
        }

        if (IsIndependentProduct(line))
        {
            var amountUnit = Unit(line.AmountUnit, line.Amount);
            return $"{quantity} × {rate}: expected {Number(line.Amount.Expected, line.AmountUnit, rounding)} {amountUnit}, "
                + $"range {Number(line.Amount.Low, line.AmountUnit, rounding)}..{Number(line.Amount.High, line.AmountUnit, rounding)} {amountUnit} "
                + "(uncertainties combined as independent: not low × low)";
        }

        return $"{quantity} × {rate} = {Value(line.Amount, line.AmountUnit, rounding)}";
    }

    /// <summary>
    /// Whether the line says its bounds were combined as independent uncertainties (<see cref="BreakdownLineKind.IndependentProduct"/>)
    /// and they are not the products of the factors' bounds (when they happen to be, the plain "=" holds and is written).
    /// </summary>
    internal static bool IsIndependentProduct(BreakdownLine line) =>
        line.Kind == BreakdownLineKind.IndependentProduct
        && !(Multiplies(line.Quantity.Low, line.Rate.Low, line.Amount.Low) && Multiplies(line.Quantity.High, line.Rate.High, line.Amount.High));

    private static bool Multiplies(decimal quantity, decimal rate, decimal amount)
    {
        var product = quantity * rate;
        return Math.Abs(product - amount) <= Math.Max(Math.Abs(amount), 1m) * 0.000001m;
    }

    private static string Value(ValueRange range, string unit, MidpointRounding rounding)
    {
        var text = range.IsExact
            ? Number(range.Expected, unit, rounding)
            : $"{Number(range.Low, unit, rounding)}..{Number(range.High, unit, rounding)} (exp. {Number(range.Expected, unit, rounding)})";
        var shownUnit = Unit(unit, range);
        return shownUnit.Length == 0 ? text : text + " " + shownUnit;
    }

    private static string Unit(string unit, ValueRange range)
    {
        if (!(range.IsExact && range.Expected == 1m) || unit.Length == 0)
        {
            return unit;
        }

        // The unit's first two words ("sponsored posts ...") or its first word ("months in the period").
        foreach (var end in new[] { NthSpace(unit, 2), NthSpace(unit, 1) })
        {
            if (Singular.TryGetValue(unit[..end], out var one))
            {
                return one + unit[end..];
            }
        }

        return unit;

        static int NthSpace(string text, int n)
        {
            var at = -1;
            for (var i = 0; i < n; i++)
            {
                at = text.IndexOf(' ', at + 1);
                if (at < 0)
                {
                    return text.Length;
                }
            }

            return at;
        }
    }

    private static string Number(decimal value, string unit, MidpointRounding rounding)
    {
        if (EstimatedCounts.Contains(unit) && value != decimal.Truncate(value))
        {
            return "~" + decimal.Round(value, 0, MidpointRounding.AwayFromZero).ToString("#,0", Invariant);
        }

        if (IsCurrencyCode(unit))
        {
            var minor = Currency.TryFromCode(unit, out var currency) ? currency.MinorUnits : 2;
            return decimal.Round(value, minor, rounding).ToString("N" + minor.ToString(Invariant), Invariant);
        }

        var magnitude = Math.Abs(value);
        if (magnitude == 0m || magnitude >= 1m)
        {
            return value.ToString("#,0.####", Invariant);
        }

        // Below 1, four significant digits: 1/700 per follower is 0.001429, not 0.0014 (or 0 for smaller rates).
        var places = 3;
        for (var v = magnitude; v < 1m; v *= 10m)
        {
            places++;
        }

        return decimal.Round(value, Math.Min(places, 28), MidpointRounding.AwayFromZero).ToString("0.############################", Invariant);
    }

    private static bool IsCurrencyCode(string unit) => unit.Length == 3 && unit.All(c => c is >= 'A' and <= 'Z');
}
