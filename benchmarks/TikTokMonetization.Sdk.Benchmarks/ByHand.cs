using TikTokMonetization.Creators;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// The few steps every hand-written baseline repeats: the common age rule, a case-insensitive region list, the
/// exchange rates the mix uses, and rounding to cents. No options, rate cards or money arithmetic.
/// </summary>
internal static class ByHand
{
    // The engine's default exchange-rate table (ECB, 2 June 2025) holds units per euro; only these three appear in the mix.
    private const decimal UsdPerEur = 1.1419m;
    private const decimal GbpPerEur = 0.84340m;

    /// <summary>18, or 19 in South Korea (any letter case); an unknown age never qualifies.</summary>
    public static bool MeetsAge(CreatorProfile profile) =>
        profile.Age is { } age && age >= (string.Equals(profile.Region, "KR", StringComparison.OrdinalIgnoreCase) ? 19 : 18);

    /// <summary>Whether a region is in a list, ignoring letter case; an unknown region is in no list.</summary>
    public static bool IsIn(string? region, string[] regions)
    {
        if (region is null)
        {
            return false;
        }

        foreach (var listed in regions)
        {
            if (string.Equals(listed, region, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>US dollars per unit of <paramref name="currency"/>: the engine's factor, divided the same way (US dollar rate ÷ the currency's rate).</summary>
    public static decimal UsdPer(Currency currency) => currency == Currency.Usd ? 1m : UsdPerEur / PerEur(currency);

    /// <summary>Units of <paramref name="currency"/> per US dollar, as the merchandise model converts its US dollar fee.</summary>
    public static decimal PerUsd(Currency currency) => currency == Currency.Usd ? 1m : PerEur(currency) / UsdPerEur;

    /// <summary>Converts an amount in <paramref name="currency"/> to US dollars as the engine does: no multiplication when already in dollars.</summary>
    public static decimal ToUsd(decimal amount, Currency currency) => currency == Currency.Usd ? amount : amount * UsdPer(currency);

    /// <summary>Rounds to cents, half to even, as the engine reports US dollars.</summary>
    public static decimal Cents(decimal amount) => decimal.Round(amount, 2, MidpointRounding.ToEven);

    public static (decimal Low, decimal Expected, decimal High) Cents((decimal Low, decimal Expected, decimal High) amounts) =>
        (Cents(amounts.Low), Cents(amounts.Expected), Cents(amounts.High));

    private static decimal PerEur(Currency currency) =>
        currency == Currency.Eur ? 1m
        : currency == Currency.Gbp ? GbpPerEur
        : throw new NotSupportedException($"The hand-written baselines know USD, EUR and GBP only, not {currency}.");
}
