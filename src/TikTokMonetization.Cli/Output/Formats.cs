using System.Globalization;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Cli;

/// <summary>How the tables write numbers: invariant culture, thousands separators, money to its currency's minor unit.</summary>
internal static class Formats
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Amount(Money money) => money.Amount.ToString("N" + money.Currency.MinorUnits.ToString(Invariant), Invariant);

    public static string Share(decimal share) => share.ToString("P1", Invariant);

    public static string Number(decimal value) => value.ToString("#,0.####", Invariant);

    /// <summary>An exchange rate to six significant digits, as rate tables print them: <c>0.875733</c>, <c>142.727</c>, <c>0.0000389012</c>.</summary>
    public static string Rate(decimal rate)
    {
        var whole = 0;
        for (var v = Math.Abs(rate); v >= 1m; v /= 10m)
        {
            whole++;
        }

        var zeros = 0;
        for (var v = Math.Abs(rate); v > 0m && v < 0.1m; v *= 10m)
        {
            zeros++;
        }

        var places = whole > 0 ? Math.Max(0, 6 - whole) : 6 + zeros;
        return decimal.Round(rate, Math.Min(places, 28), MidpointRounding.AwayFromZero).ToString("0.############################", Invariant);
    }

    public static string Count(long value) => value.ToString("N0", Invariant);

    public static string Date(DateTime date) => date.ToString("yyyy-MM-dd", Invariant);

    /// <summary>Writes an exact value as one number and an uncertain one as <c>low..high (exp. expected)</c>.</summary>
    public static string Range(ValueRange range) =>
        range.IsExact ? Number(range.Expected) : $"{Number(range.Low)}..{Number(range.High)} (exp. {Number(range.Expected)})";

    /// <summary>Writes a money range as <c>low..high</c> with the currency, for example <c>132.40..1,985.98 USD</c>.</summary>
    public static string Span(MoneyRange range) => $"{Amount(range.Low)}..{Amount(range.High)} {range.Currency.Code}";
}
