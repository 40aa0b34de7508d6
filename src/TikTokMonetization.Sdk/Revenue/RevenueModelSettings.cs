using TikTokMonetization.Creators;
using TikTokMonetization.Internal;

namespace TikTokMonetization.Revenue;

/// <summary>
/// What a revenue model may read of the engine's settings: the reporting currency and rounding, what counts as an
/// engagement, and the dated exchange-rate table with the conversions it allows. Built-in models and user models get
/// it the same way, from <see cref="IRevenueModelContext.Settings"/>, instead of reading the engine's options.
/// </summary>
/// <remarks>
/// <para>An instance is a snapshot of one version of <see cref="RevenueEngineOptions"/>: a configuration reload gives a
/// new instance and never changes this one. Read <see cref="IRevenueModelContext.Settings"/> once per estimate and use
/// that instance throughout, so that one estimate never mixes two versions.</para>
/// <para>Thread-safe. It keeps its own copy of the exchange-rate table, so changing the options object in place after
/// the settings were made changes neither them nor the reports made with them (change options by reloading them
/// instead). The copy is still an <see cref="ExchangeRateOptions"/>: read it, never change it.</para>
/// </remarks>
public sealed class RevenueModelSettings
{
    private RevenueModelSettings(RevenueEngineOptions options)
    {
        ReportingCurrency = Currency.FromCode(options.ReportingCurrency);
        Rounding = options.Rounding;
        EngagementInteractions = options.EngagementInteractions;
        ExchangeRates = Freeze(options.ExchangeRates ?? throw new ArgumentException("RevenueEngineOptions.ExchangeRates is null; it must be a table.", nameof(options)));
    }

    /// <summary>Gets the currency the engine reports in.</summary>
    public Currency ReportingCurrency { get; }

    /// <summary>Gets how the engine rounds a report's amounts to the reporting currency's minor unit.</summary>
    public MidpointRounding Rounding { get; }

    /// <summary>Gets which interactions count as engagement in engagement rates (likes, comments, shares).</summary>
    public EngagementInteractions EngagementInteractions { get; }

    /// <summary>Gets the dated exchange-rate table, with its source and date (for a breakdown line's source text).</summary>
    /// <value>A copy of the options' table made with these settings; read it, never change it.</value>
    public ExchangeRateOptions ExchangeRates { get; }

    /// <summary>Makes the settings a model sees from one version of the engine's options.</summary>
    /// <param name="options">Validated engine options (for a model used without dependency injection, or in a test).</param>
    /// <returns>The settings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options name an unknown reporting currency or have no exchange-rate table.</exception>
    public static RevenueModelSettings From(RevenueEngineOptions options) => new(Guard.NotNull(options, nameof(options)));

    /// <summary>Returns whether the exchange-rate table can convert between two currencies.</summary>
    /// <param name="from">The currency converted from.</param>
    /// <param name="to">The currency converted to.</param>
    /// <returns><see langword="true"/> when the currencies are equal, or each is the table's base or has a rate in it.</returns>
    public bool CanConvert(Currency from, Currency to) =>
        from == to || (SnapshotCurrencies.CanConvert(from, ExchangeRates) && SnapshotCurrencies.CanConvert(to, ExchangeRates));

    /// <summary>Returns the rate that turns an amount in <paramref name="from"/> into <paramref name="to"/>.</summary>
    /// <param name="from">The currency converted from.</param>
    /// <param name="to">The currency converted to.</param>
    /// <returns>Units of <paramref name="to"/> per one unit of <paramref name="from"/>: exactly 1 for the same currency.</returns>
    /// <exception cref="InvalidOperationException">The table has no rate for one of the currencies; the message says where to add it.</exception>
    public decimal ConversionRate(Currency from, Currency to) => CurrencyConverter.Factor(from, to, ExchangeRates);

    /// <summary>Returns the conversion rate, or <see langword="false"/> when the table cannot convert (see <see cref="CanConvert"/>).</summary>
    /// <param name="from">The currency converted from.</param>
    /// <param name="to">The currency converted to.</param>
    /// <param name="rate">The rate, or 0 when the table cannot convert.</param>
    /// <returns>Whether the table can convert.</returns>
    public bool TryGetConversionRate(Currency from, Currency to, out decimal rate)
    {
        rate = CanConvert(from, to) ? ConversionRate(from, to) : 0m;
        return rate != 0m;
    }

    /// <summary>Converts an amount at the table's rate, unrounded (the engine rounds once, when it builds a report).</summary>
    /// <param name="money">The amount.</param>
    /// <param name="to">The currency to convert to.</param>
    /// <returns>The converted amount.</returns>
    /// <exception cref="InvalidOperationException">The table has no rate for one of the currencies.</exception>
    public Money Convert(Money money, Currency to) => money.Currency == to ? money : new(money.Amount * ConversionRate(money.Currency, to), to);

    /// <summary>Converts a range at the table's rate, unrounded (see <see cref="MoneyRange.ConvertTo"/>).</summary>
    /// <param name="range">The range.</param>
    /// <param name="to">The currency to convert to.</param>
    /// <returns>The converted range.</returns>
    /// <exception cref="InvalidOperationException">The table has no rate for one of the currencies.</exception>
    public MoneyRange Convert(MoneyRange range, Currency to) => range.Currency == to ? range : range.ConvertTo(to, ConversionRate(range.Currency, to));

    // A copy of the table, so that the rates a report was converted with, and the source and date it names, stay those
    // of the options version it was made from, even if code changes that options object in place afterwards.
    private static ExchangeRateOptions Freeze(ExchangeRateOptions table) => new()
    {
        BaseCurrency = table.BaseCurrency,
        Rates = table.Rates is null ? null! : new Dictionary<string, decimal>(table.Rates, table.Rates.Comparer),
        AsOf = table.AsOf,
        Source = table.Source,
    };
}
