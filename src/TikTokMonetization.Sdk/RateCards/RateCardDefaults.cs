namespace TikTokMonetization.RateCards;

/// <summary>The documented default values of the built-in rate cards (see docs/rate-card.md for the sources).</summary>
internal static class RateCardDefaults
{
    public const decimal DiamondsPerCoin = 1m;

    public const decimal CashPerDiamond = 0.005m;

    public const string DefaultSource =
        "1 diamond per coin (gift diamond_count equals its coin price in TikTok LIVE client libraries); US$0.005 per diamond " +
        "(creator guides' and calculators' consensus before 10 Feb 2025; TikTok, Sep 2023: creators keep 50% of virtual-item revenue after fees)";

    public const string ScaledSource =
        "TikTok Creator Academy 'Scaled LIVE rewards' (updated 6 Feb 2025): US creators receive up to 53% (40% per-LIVE + 13% weekly missions) " +
        "of a nominal US$0.01 per diamond; 20% minimum for short LIVEs (creator newsletter); expected 40% assumes per-LIVE missions met";

    public const string TwoCoinsPerDiamondSource =
        "2 coins per diamond (0.5 diamonds per coin) and US$0.005 per diamond: calculatecreator.com LIVE gifts calculator " +
        "(\"2 coins = 1 diamond\", viewers paying US$0.0105 per coin) and tipsforallgames.com (\"200 diamonds = $1\", " +
        "\"two coins to make a diamond\"); both pages undated, viewed in 2026";

    public static readonly DateTime DefaultAsOf = new(2025, 2, 10, 0, 0, 0, DateTimeKind.Utc);

    public static readonly DateTime ScaledAsOf = new(2025, 2, 6, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// Applies the built-in values of a named card. A card under any other name starts from the default card's rates
    /// but with no source and no date, so nothing the application configures is ever attributed to our sources.
    /// </summary>
    public static void Apply(string name, RateCardOptions options)
    {
        if (name == RateCardNames.UsScaledLiveRewards2025)
        {
            options.Currency = "USD";
            options.DiamondsPerCoin = DiamondsPerCoin;
            options.CashPerDiamond = new RangeOptions(0.002m, 0.004m, 0.0053m);
            options.Source = ScaledSource;
            options.AsOf = ScaledAsOf;
        }
        else if (name == RateCardNames.TwoCoinsPerDiamond)
        {
            options.Currency = "USD";
            options.DiamondsPerCoin = 0.5m;
            options.CashPerDiamond = new RangeOptions(CashPerDiamond, CashPerDiamond, CashPerDiamond);
            options.Source = TwoCoinsPerDiamondSource;
            options.AsOf = null; // neither page carries a date
        }
        else if (name != RateCardNames.Default)
        {
            options.Source = string.Empty;
            options.AsOf = null;
        }
    }

    /// <summary>
    /// Returns the provenance to show for a card: its own source, unless the application changed a built-in card's
    /// rates and left its source text alone, in which case the rates are the application's, not the source's.
    /// </summary>
    public static string Describe(string name, RateCardOptions options)
    {
        var preset = new RateCardOptions();
        Apply(name, preset);
        var isBuiltIn = RateCardNames.IsBuiltIn(name);
        var sameRates = options.DiamondsPerCoin == preset.DiamondsPerCoin
            && options.CashPerDiamond.Is(preset.CashPerDiamond.Low, preset.CashPerDiamond.Expected, preset.CashPerDiamond.High)
            && string.Equals(options.Currency, preset.Currency, StringComparison.OrdinalIgnoreCase);
        if (isBuiltIn && !sameRates && options.Source == preset.Source)
        {
            return "configured by the application (rates differ from the built-in card)";
        }

        return options.Source.Length == 0 ? "configured by the application (no source given)" : options.Source;
    }
}
