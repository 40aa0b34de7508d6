using System.Globalization;

namespace TikTokMonetization.Internal;

/// <summary>Small exact helpers on <see cref="decimal"/> shared by the money and unit types.</summary>
internal static class DecimalMath
{
    /// <summary>Returns the number of digits after the decimal point that <paramref name="value"/> carries.</summary>
    public static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;

    /// <summary>Returns the number of fraction digits <paramref name="value"/> needs: its scale without trailing zeros (2 for 12.3400).</summary>
    public static int SignificantScale(decimal value)
    {
        var scale = Scale(value);
        while (scale > 0 && decimal.Round(value, scale - 1) == value)
        {
            scale--;
        }

        return scale;
    }

    /// <summary>Formats with at least <paramref name="minDigits"/> fraction digits and no lost digits.</summary>
    public static string FormatInvariant(decimal value, int minDigits)
    {
        var format = minDigits == 0 ? "0.############################" : "0." + new string('0', minDigits) + "############################";
        return value.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>Parses an invariant-culture number without throwing.</summary>
    public static bool TryParseInvariant(string? text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out value);
}
