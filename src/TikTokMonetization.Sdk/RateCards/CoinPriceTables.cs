namespace TikTokMonetization.RateCards;

/// <summary>
/// The coin pack prices the SDK ships, each with its source and date (docs/rate-card.md, "What viewers pay for coins").
/// They show what viewers paid; they never enter an estimate of what a creator earns.
/// </summary>
/// <remarks>Immutable data; thread-safe.</remarks>
public static class CoinPriceTables
{
    /// <summary>US packs of April 2024 (100 coins for US$1.29 up to 10,000 for US$134.99), the newest dated US table; the default.</summary>
    public const string Us2024 = "us-2024";

    /// <summary>US in-app packs of about 2021 to 2023 (65 coins for US$0.99 up to 16,500 for US$249.99).</summary>
    public const string UsInApp2021To2023 = "us-in-app-2021-2023";

    /// <summary>The US web price of March 2022: "starting at $0.74 for 70 coins" (one pack known).</summary>
    public const string UsWeb2022 = "us-web-2022";

    /// <summary>UK in-app packs, undated (40 coins for £0.49 up to 16,500 for £219.99).</summary>
    public const string UkInApp = "uk-in-app";

    /// <summary>EU web packs, undated (100 coins for €1.09 up to 10,000 for €109.99; only the smallest and largest are known).</summary>
    public const string EuWeb = "eu-web";

    /// <summary>Gets the name of the table the tool shows by default: <see cref="Us2024"/>.</summary>
    public static string Default => Us2024;

    /// <summary>Gets every built-in table, the default first.</summary>
    public static IReadOnlyList<CoinPriceTable> BuiltIn { get; } =
    [
        Table(Us2024, Currency.Usd, CoinPurchaseChannel.Unknown, new DateTime(2024, 4, 15, 0, 0, 0, DateTimeKind.Utc),
            "jivochat.com blog (updated 15 Apr 2024); whizcase.com (\"1.29-1.3 cents\")",
            (100, 1.29m), (500, 6.49m), (2_000, 26.99m), (5_000, 66.99m), (10_000, 134.99m)),
        Table(UsInApp2021To2023, Currency.Usd, CoinPurchaseChannel.InApp, null,
            "sportskeeda.com (Lion article), dailyzsocialmedianews.com, bloc4you.com; about 2021-2023, undated",
            (65, 0.99m), (330, 4.99m), (660, 9.99m), (1_321, 19.99m), (3_303, 49.99m), (6_607, 99.99m), (16_500, 249.99m)),
        Table(UsWeb2022, Currency.Usd, CoinPurchaseChannel.Web, new DateTime(2022, 3, 16, 0, 0, 0, DateTimeKind.Utc),
            "the-sun.com (16 Mar 2022): tiktok.com/coin \"starting at $0.74 for 70 coins\"",
            (70, 0.74m)),
        Table(UkInApp, Currency.Gbp, CoinPurchaseChannel.InApp, null,
            "apps.uk, undated",
            (40, 0.49m), (65, 0.89m), (330, 4.49m), (660, 8.99m), (1_321, 17.99m), (3_303, 44.99m), (6_607, 89.99m), (16_500, 219.99m)),
        Table(EuWeb, Currency.Eur, CoinPurchaseChannel.Web, null,
            "blog.tiktokcoins.ai (EU), undated; only the smallest and the largest pack are given",
            (100, 1.09m), (10_000, 109.99m)),
    ];

    /// <summary>Gets the names of the built-in tables, the default first.</summary>
    public static IReadOnlyList<string> Names { get; } = BuiltIn.Select(t => t.Name).ToArray();

    /// <summary>Finds a built-in table by name, ignoring letter case.</summary>
    /// <param name="name">The name.</param>
    /// <param name="table">The table, when found.</param>
    /// <returns><see langword="true"/> when a built-in table has the name.</returns>
    public static bool TryGet(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CoinPriceTable? table)
    {
        table = BuiltIn.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
        return table is not null;
    }

    private static CoinPriceTable Table(string name, Currency currency, CoinPurchaseChannel channel, DateTime? asOf, string source, params (int Coins, decimal Price)[] packs) =>
        new(name, channel, packs.Select(p => new CoinPack(p.Coins, new Money(p.Price, currency))), source, asOf);
}
