
namespace TikTokMonetization.RateCards;

/// <summary>One pack of coins a viewer can buy: how many coins, at what price.</summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public readonly struct CoinPack : IEquatable<CoinPack>
{
    /// <summary>Initializes a new instance of the <see cref="CoinPack"/> struct.</summary>
    /// <param name="coins">The coins in the pack; greater than zero.</param>
    /// <param name="price">What the viewer pays for the pack; greater than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is zero or negative.</exception>
    public CoinPack(int coins, Money price)
    {
        if (coins <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(coins), coins, FormattableString.Invariant($"coins is {coins}; a coin pack holds at least 1 coin."));
        }

        if (price.Amount <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(price), price, $"price is {price}; a coin pack costs more than 0.");
        }

        Coins = coins;
        Price = price;
    }

    /// <summary>Gets the coins in the pack.</summary>
    public int Coins { get; }

    /// <summary>Gets what the viewer pays for the pack.</summary>
    public Money Price { get; }

    /// <summary>Gets the price of one coin in this pack, unrounded.</summary>
    public decimal PricePerCoin => Price.Amount / Coins;

    /// <inheritdoc/>
    public bool Equals(CoinPack other) => Coins == other.Coins && Price.Equals(other.Price);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CoinPack other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Coins, Price).GetHashCode();

    /// <summary>Returns the pack, for example <c>65 coins for 0.99 USD</c>.</summary>
    /// <returns>The description, in the invariant culture.</returns>
    public override string ToString() => $"{Coins.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} coins for {Price}";
}
