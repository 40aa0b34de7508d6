using System.Globalization;
using TikTokMonetization.Internal;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.RateCards;

/// <summary>
/// A resolved, immutable rate card: the one place where coins become diamonds and diamonds become cash. Every model and
/// the LIVE ledger convert through it, so one configuration gives one conversion.
/// </summary>
/// <remarks>Instances are immutable and thread-safe. Obtain them from <see cref="IRateCardProvider"/>, or create one directly for use without dependency injection.</remarks>
public sealed class RateCard
{
    /// <summary>Initializes a new instance of the <see cref="RateCard"/> class.</summary>
    /// <param name="name">The card's name (empty for the default card).</param>
    /// <param name="currency">The currency of <paramref name="cashPerDiamond"/>.</param>
    /// <param name="diamondsPerCoin">Diamonds collected per coin spent; greater than zero.</param>
    /// <param name="cashPerDiamond">Cash per diamond; zero or greater.</param>
    /// <param name="source">Where the rates come from.</param>
    /// <param name="asOf">When the rates were observed, if known.</param>
    /// <exception cref="ArgumentOutOfRangeException">A rate is out of range.</exception>
    public RateCard(string name, Currency currency, decimal diamondsPerCoin, ValueRange cashPerDiamond, string source, DateTime? asOf)
    {
        Name = Guard.NotNull(name, nameof(name));
        if (diamondsPerCoin <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(diamondsPerCoin), diamondsPerCoin, $"diamondsPerCoin is {Guard.Format(diamondsPerCoin)}; it must be greater than zero.");
        }

        if (cashPerDiamond.Low < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(cashPerDiamond), cashPerDiamond, $"cashPerDiamond is {cashPerDiamond}; it must be zero or greater.");
        }

        Currency = currency;
        DiamondsPerCoin = diamondsPerCoin;
        CashPerDiamond = cashPerDiamond;
        Source = source ?? string.Empty;
        AsOf = asOf;
        var date = asOf is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated";
        Description = $"rate card '{(name.Length == 0 ? "default" : name)}' ({date}): {Source}";
    }

    /// <summary>Gets the card's name; empty for the default card.</summary>
    public string Name { get; }

    /// <summary>Gets the currency of <see cref="CashPerDiamond"/>.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the diamonds collected per coin spent.</summary>
    public decimal DiamondsPerCoin { get; }

    /// <summary>Gets the cash per diamond, as a range.</summary>
    public ValueRange CashPerDiamond { get; }

    /// <summary>Gets where the rates come from.</summary>
    public string Source { get; }

    /// <summary>Gets when the rates were observed, if known.</summary>
    public DateTime? AsOf { get; }

    /// <summary>Gets a one-line provenance: name, date and source, as shown in breakdown lines.</summary>
    public string Description { get; }

    /// <summary>Creates a card from options. When a built-in card's rates were changed but its source text was not, the card's <see cref="Source"/> says the rates are configured by the application.</summary>
    /// <param name="name">The options name.</param>
    /// <param name="options">The validated options.</param>
    /// <returns>The card.</returns>
    public static RateCard FromOptions(string name, RateCardOptions options)
    {
        Guard.NotNull(options, nameof(options));
        return new RateCard(name, Currency.FromCode(options.Currency), options.DiamondsPerCoin, options.CashPerDiamond.ToValueRange(), RateCardDefaults.Describe(name, options), options.AsOf);
    }

    /// <summary>Converts coins spent on gifts into diamonds collected.</summary>
    /// <param name="coins">The coins.</param>
    /// <returns>The diamonds.</returns>
    public Diamonds ToDiamonds(Coins coins) => new(coins.Value * DiamondsPerCoin);

    /// <summary>Converts diamonds into cash at one point of the card's range.</summary>
    /// <param name="diamonds">The diamonds.</param>
    /// <param name="point">Which rate of the range to use; the expected rate by default.</param>
    /// <returns>The cash, unrounded.</returns>
    public Money ToCash(Diamonds diamonds, RangePoint point = RangePoint.Expected) => new(diamonds.Value * CashPerDiamond.At(point), Currency);

    /// <summary>Converts diamonds into a range of cash (low, expected and high rates).</summary>
    /// <param name="diamonds">The diamonds.</param>
    /// <returns>The cash range, unrounded.</returns>
    public MoneyRange ToCashRange(Diamonds diamonds) => new(
        new ValueRange(diamonds.Value * CashPerDiamond.Low, diamonds.Value * CashPerDiamond.Expected, diamonds.Value * CashPerDiamond.High),
        Currency);

    /// <summary>Returns <see cref="Description"/>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Description;
}
