using System.Diagnostics.CodeAnalysis;
using TikTokMonetization.Internal;

namespace TikTokMonetization;

/// <summary>
/// A currency: its ISO 4217 alphabetic code and the number of digits after the decimal separator in its minor unit
/// (2 for US dollars, 0 for Japanese yen, 3 for Bahraini dinars).
/// </summary>
/// <remarks>
/// <para>
/// Two currencies are equal when their codes and minor units are equal. The <see langword="default"/> value is
/// <see cref="None"/> (<c>XXX</c>, "no currency"), so an uninitialised <see cref="Money"/> can never be mistaken for dollars.
/// </para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct Currency : IEquatable<Currency>
{
    private static readonly Dictionary<string, Currency> Known = CreateKnown();

    // One reference (8 bytes) rather than the code and the minor units side by side (16): every Money, MoneyRange and
    // report carries a currency. Null is the default currency, XXX with no minor units.
    private readonly Info? _info;

    private Currency(string code, int minorUnits)
    {
        _info = new Info(code, minorUnits);
    }

    /// <summary>Gets the ISO 4217 "no currency" code <c>XXX</c>; this is also the <see langword="default"/> value.</summary>
    public static Currency None => default;

    /// <summary>Gets the United States dollar (USD, 2 minor digits), the SDK's default reporting currency.</summary>
    public static Currency Usd { get; } = Known["USD"];

    /// <summary>Gets the euro (EUR, 2 minor digits).</summary>
    public static Currency Eur { get; } = Known["EUR"];

    /// <summary>Gets the pound sterling (GBP, 2 minor digits).</summary>
    public static Currency Gbp { get; } = Known["GBP"];

    /// <summary>Gets the Japanese yen (JPY, 0 minor digits).</summary>
    public static Currency Jpy { get; } = Known["JPY"];

    /// <summary>Gets the three-letter ISO 4217 code, for example <c>USD</c>.</summary>
    public string Code => _info?.Code ?? "XXX";

    /// <summary>Gets the number of digits in the minor unit, for example 2 for cents.</summary>
    public int MinorUnits => _info?.MinorUnits ?? 0;

    /// <summary>Gets the size of one minor unit as an amount, for example 0.01 for USD and 1 for JPY.</summary>
    public decimal MinorUnit => _info?.MinorUnit ?? 1m;

    /// <summary>Returns the currency with the given ISO 4217 code from the SDK's built-in list.</summary>
    /// <param name="code">A three-letter code such as <c>USD</c> (case-insensitive).</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a currency the SDK knows; use <see cref="Create"/> for others.</exception>
    public static Currency FromCode(string code)
    {
        if (TryFromCode(code, out var currency))
        {
            return currency;
        }

        throw new ArgumentException(
            $"Currency code '{code}' is not in the SDK's ISO 4217 list ({string.Join(", ", Known.Keys.OrderBy(k => k, StringComparer.Ordinal))}). Use Currency.Create(code, minorUnits) for another currency.",
            nameof(code));
    }

    /// <summary>Looks up a currency by ISO 4217 code without throwing.</summary>
    /// <param name="code">A three-letter code such as <c>EUR</c> (case-insensitive).</param>
    /// <param name="currency">The currency when found; otherwise <see cref="None"/>.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public static bool TryFromCode([NotNullWhen(true)] string? code, out Currency currency)
    {
        if (code is not null && code.Length == 3 && Known.TryGetValue(code.ToUpperInvariant(), out currency))
        {
            return true;
        }

        currency = None;
        return false;
    }

    /// <summary>Creates a currency that is not in the built-in list.</summary>
    /// <param name="code">Three ASCII letters; stored upper-case.</param>
    /// <param name="minorUnits">Digits in the minor unit, 0 to 8.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not three ASCII letters.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minorUnits"/> is outside 0 to 8.</exception>
    public static Currency Create(string code, int minorUnits)
    {
        Guard.NotNull(code, nameof(code));
        if (code.Length != 3 || !code.All(c => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
        {
            throw new ArgumentException($"Currency code '{code}' is not allowed; it must be three ASCII letters such as 'USD'.", nameof(code));
        }

        if (minorUnits is < 0 or > 8)
        {
            throw new ArgumentOutOfRangeException(nameof(minorUnits), minorUnits, $"minorUnits is {minorUnits}; it must be between 0 and 8.");
        }

        var upper = code.ToUpperInvariant();
        return Known.TryGetValue(upper, out var known) && known.MinorUnits == minorUnits ? known : new Currency(upper, minorUnits);
    }

    /// <summary>Returns whether two currencies are equal.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when code and minor units are equal.</returns>
    public static bool operator ==(Currency left, Currency right) => left.Equals(right);

    /// <summary>Returns whether two currencies differ.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when code or minor units differ.</returns>
    public static bool operator !=(Currency left, Currency right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(Currency other) =>
        ReferenceEquals(_info, other._info) || (string.Equals(Code, other.Code, StringComparison.Ordinal) && MinorUnits == other.MinorUnits);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Currency other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code) ^ MinorUnits;

    /// <summary>Returns the ISO 4217 code.</summary>
    /// <returns>The code, for example <c>USD</c>.</returns>
    public override string ToString() => Code;

    internal static decimal Pow10Inverse(int digits)
    {
        var unit = 1m;
        for (var i = 0; i < digits; i++)
        {
            unit /= 10m;
        }

        return unit;
    }

    private static Dictionary<string, Currency> CreateKnown()
    {
        // ISO 4217 minor units for the currencies of TikTok's monetization markets (and a few reserve currencies).
        var list = new (string Code, int Minor)[]
        {
            ("USD", 2), ("EUR", 2), ("GBP", 2), ("JPY", 0), ("KRW", 0), ("BRL", 2), ("MXN", 2), ("CAD", 2),
            ("AUD", 2), ("NZD", 2), ("CHF", 2), ("SEK", 2), ("NOK", 2), ("DKK", 2), ("PLN", 2), ("CZK", 2),
            ("HUF", 2), ("RON", 2), ("TRY", 2), ("INR", 2), ("IDR", 2), ("MYR", 2), ("PHP", 2), ("SGD", 2),
            ("THB", 2), ("VND", 0), ("CNY", 2), ("HKD", 2), ("TWD", 2), ("ZAR", 2), ("NGN", 2), ("EGP", 2),
            ("SAR", 2), ("AED", 2), ("ILS", 2), ("ARS", 2), ("CLP", 0), ("COP", 2), ("PEN", 2), ("BHD", 3),
            ("KWD", 3), ("BGN", 2), ("ISK", 0), ("XXX", 0),
        };
        var known = new Dictionary<string, Currency>(StringComparer.Ordinal);
        foreach (var (code, minor) in list)
        {
            known[code] = code == "XXX" ? default : new Currency(code, minor);
        }

        return known;
    }

    private sealed class Info
    {
        public Info(string code, int minorUnits)
        {
            Code = code;
            MinorUnits = (byte)minorUnits;
            MinorUnit = Pow10Inverse(minorUnits);
        }

        public string Code { get; }

        public byte MinorUnits { get; }

        public decimal MinorUnit { get; }
    }
}
