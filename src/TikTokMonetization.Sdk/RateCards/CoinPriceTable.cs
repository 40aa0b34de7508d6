using System.Globalization;
using TikTokMonetization.Internal;

namespace TikTokMonetization.RateCards;

/// <summary>Where viewers bought their coins: prices differ by channel (web is cheapest, app stores add their fees).</summary>
/// <remarks>An enum; thread-safe.</remarks>
public enum CoinPurchaseChannel
{
    /// <summary>The source does not say.</summary>
    Unknown = 0,

    /// <summary>Bought in the TikTok app, through the Apple or Google store.</summary>
    InApp = 1,

    /// <summary>Bought on the web (tiktok.com/coin), without the app stores' fees.</summary>
    Web = 2,
}

/// <summary>
/// The viewer's side of LIVE gifts: a dated table of the coin packs viewers buy in one region and channel, so that what
/// viewers paid can be shown beside what the creator receives (a <see cref="RateCard"/>). Creators are paid per diamond,
/// never per coin bought, so these prices enter no estimate: they explain the gap between the two.
/// </summary>
/// <remarks>
/// The price of a coin depends on the pack, so a number of coins costs a range: <see cref="PricePerCoin"/> runs from the
/// pack with the cheapest coin to the pack with the dearest, with the median pack's price as the expected value (an SDK
/// choice: viewers buy packs of every size, and no source says which sell most). Instances are immutable and thread-safe.
/// </remarks>
public sealed class CoinPriceTable
{
    /// <summary>Initializes a new instance of the <see cref="CoinPriceTable"/> class.</summary>
    /// <param name="name">The table's name, for example <c>us-2024</c>.</param>
    /// <param name="channel">Where the packs are sold.</param>
    /// <param name="packs">The packs; at least one, all in one currency.</param>
    /// <param name="source">Where the prices come from.</param>
    /// <param name="asOf">When the prices were observed, if known.</param>
    /// <exception cref="ArgumentException">There is no pack, or the packs are priced in different currencies.</exception>
    public CoinPriceTable(string name, CoinPurchaseChannel channel, IEnumerable<CoinPack> packs, string source, DateTime? asOf)
    {
        Name = Guard.NotNull(name, nameof(name));
        var list = Guard.NotNull(packs, nameof(packs)).OrderBy(p => p.Coins).ThenBy(p => p.Price.Amount).ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("packs is empty; a coin price table needs at least one pack.", nameof(packs));
        }

        var currency = list[0].Price.Currency;
        if (list.FirstOrDefault(p => p.Price.Currency != currency) is { Coins: > 0 } other)
        {
            throw new ArgumentException($"packs are priced in {currency.Code} and {other.Price.Currency.Code}; one table holds one currency.", nameof(packs));
        }

        Channel = channel;
        Packs = list;
        Currency = currency;
        Source = source ?? string.Empty;
        AsOf = asOf;
        PricePerCoin = Cost(1m);
    }

    /// <summary>Gets the table's name.</summary>
    public string Name { get; }

    /// <summary>Gets where the packs are sold.</summary>
    public CoinPurchaseChannel Channel { get; }

    /// <summary>Gets the packs, smallest first.</summary>
    public IReadOnlyList<CoinPack> Packs { get; }

    /// <summary>Gets the currency the packs are priced in.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the price of one coin: the cheapest pack's, the median pack's and the dearest pack's, unrounded.</summary>
    public ValueRange PricePerCoin { get; }

    /// <summary>Gets where the prices come from.</summary>
    public string Source { get; }

    /// <summary>Gets when the prices were observed, if known.</summary>
    public DateTime? AsOf { get; }

    /// <summary>Returns what viewers paid for a number of coins, as a range over the table's packs (unrounded).</summary>
    /// <param name="coins">The coins spent on gifts.</param>
    /// <returns>The cost: coins × the cheapest, the median and the dearest pack's price of a coin.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="coins"/> is negative.</exception>
    public MoneyRange CostOf(Coins coins)
    {
        if (coins.Value < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(coins), coins, $"coins is {coins}; it must be zero or greater.");
        }

        return new(Cost(coins.Value), Currency);
    }

    private ValueRange Cost(decimal coins)
    {
        // Each pack's cost is computed from the pack itself (coins × price ÷ pack coins, dividing last), so a table's own
        // pack costs exactly its price. The costs are ordered, not the packs by their rounded price of a coin: two packs
        // can tie on that price and still differ in a cost's last digit (1 coin for 0.6666666666666666666666666667 and
        // 3 coins for 2), which would put the dearer cost first.
        var costs = Packs.Select(p => coins * p.Price.Amount / p.Coins).OrderBy(c => c).ToArray();
        var middle = costs.Length / 2;
        var median = costs.Length % 2 == 1 ? costs[middle] : (costs[middle - 1] + costs[middle]) / 2m;
        return new ValueRange(costs[0], median, costs[costs.Length - 1]);
    }

    /// <summary>Returns the name, packs, date and source, for example <c>coin packs 'us-2024' (2024-04-15): 100 coins for 1.29 USD ... 10,000 coins for 134.99 USD; jivochat.com</c>.</summary>
    /// <returns>A one-line description, in the invariant culture.</returns>
    public override string ToString()
    {
        var date = AsOf is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated";
        var packs = Packs.Count == 1 ? Packs[0].ToString() : $"{Packs[0]} ... {Packs[Packs.Count - 1]}";
        return $"coin packs '{Name}' ({date}, {Channel switch { CoinPurchaseChannel.InApp => "in-app", CoinPurchaseChannel.Web => "web", _ => "channel not stated" }}): {packs}; {Source}";
    }
}
