using TikTokMonetization.Creators;

namespace TikTokMonetization.Revenue;

/// <summary>
/// What every registered revenue model estimates for one creator, in one reporting currency: per-stream ranges, the
/// total, each stream's share, how concentrated the income is, and every ineligible stream with its reasons.
/// </summary>
/// <remarks>
/// <para>The total is the exact sum of the streams' rounded ranges in the reporting currency: no cent is lost or invented.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class RevenueReport
{
    // The engine makes the report first, so that each stream's result can refer to it for its share, fills the streams,
    // then calls Complete once with the total, before it hands the report out: to its readers it never changes.
    internal RevenueReport(CreatorSnapshot snapshot, Currency currency, StreamResult[] streams)
    {
        CreatorId = snapshot.CreatorId;
        PeriodDays = snapshot.PeriodDays;
        Currency = currency;
        _streams = streams;
        _total = MoneyRange.Zero(currency);
    }

    private readonly StreamResult[] _streams;
    private MoneyRange _total;
    private ExchangeRateOptions? _exchangeRates;

    /// <summary>Gets the snapshot's creator identifier, if it had one.</summary>
    public string? CreatorId { get; }

    /// <summary>Gets the length of the period the report covers, in days.</summary>
    public int PeriodDays { get; }

    /// <summary>Gets the reporting currency.</summary>
    public Currency Currency { get; }

    /// <summary>Gets one result per registered model, in registration order.</summary>
    public IReadOnlyList<StreamResult> Streams => _streams;

    /// <summary>Gets the total over all streams: the exact sum of the streams' ranges.</summary>
    public MoneyRange Total => _total;

    /// <summary>
    /// Gets the Herfindahl-Hirschman index of the streams' shares of the expected total, from 1/n (income spread evenly
    /// over n streams) to 1 (all income from one stream); <see langword="null"/> when the expected total is zero.
    /// </summary>
    /// <remarks>Computed from the streams' shares each time it is read, to the same value.</remarks>
    public decimal? ConcentrationIndex
    {
        get
        {
            // Computed when read (a report that only totals or ranks never needs it): the same sum each time.
            if (_total.Expected.Amount == 0m)
            {
                return null;
            }

            decimal concentration = 0m;
            foreach (var result in _streams)
            {
                var share = result.ShareOfExpected;
                concentration += share * share;
            }

            return concentration;
        }
    }

    /// <summary>Gets the streams the creator is not eligible for; each one's <see cref="Eligibility.UnmetRules"/> says why.</summary>
    public IEnumerable<StreamResult> IneligibleStreams => Streams.Where(s => !s.IsEligible);

    /// <summary>Gets the source of the exchange rates used, when any amount was converted; otherwise <see langword="null"/>.</summary>
    public string? ExchangeRatesSource => _exchangeRates?.Source;

    /// <summary>Gets the date of the exchange rates used, when any amount was converted; otherwise <see langword="null"/>.</summary>
    public DateTime? ExchangeRatesAsOf => _exchangeRates?.AsOf;

    /// <summary>
    /// Gets the currencies the streams' estimates came in that the report converted into <see cref="Currency"/>, in the
    /// order of the streams; empty when nothing was converted. <see cref="ConversionRate"/> gives each one's rate.
    /// </summary>
    public IReadOnlyList<Currency> ConvertedFrom =>
        _exchangeRates is null ? [] : Streams.Select(s => s.Estimate.Range.Currency).Where(c => c != Currency).Distinct().ToList();

    /// <summary>Returns the rate the report converted amounts in <paramref name="from"/> with: units of <see cref="Currency"/> per unit of <paramref name="from"/>.</summary>
    /// <param name="from">A currency of <see cref="ConvertedFrom"/>, or the report's own.</param>
    /// <returns>The rate (1 for the report's own currency), unrounded, exactly as the amounts were multiplied by it.</returns>
    /// <exception cref="ArgumentException">The report converted nothing from <paramref name="from"/>.</exception>
    public decimal ConversionRate(Currency from)
    {
        if (from == Currency)
        {
            return 1m;
        }

        if (_exchangeRates is null || !Streams.Any(s => s.Estimate.Range.Currency == from))
        {
            throw new ArgumentException($"The report converted nothing from {from.Code}; it converted from {(ConvertedFrom.Count == 0 ? "no currency" : string.Join(", ", ConvertedFrom.Select(c => c.Code)))}.", nameof(from));
        }

        return CurrencyConverter.Factor(from, Currency, _exchangeRates);
    }

    /// <summary>Returns the result of the stream with the given name.</summary>
    /// <param name="name">The stream's stable name, for example <c>live-gifts</c>.</param>
    /// <returns>The stream's result.</returns>
    /// <exception cref="KeyNotFoundException">No registered model has that name.</exception>
    public StreamResult this[string name] => Streams.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"The report has no stream named '{name}'. Streams: {string.Join(", ", Streams.Select(s => s.Name))}.");

    /// <summary>
    /// Records the total (the exact sum of the streams' ranges) and the exchange rates used, when any amount was
    /// converted; the engine calls it once, before the report is published.
    /// </summary>
    internal void Complete(MoneyRange total, ExchangeRateOptions? exchangeRates)
    {
        _total = total;
        _exchangeRates = exchangeRates;
    }

    /// <summary>Returns a stream's share of the expected total, from 0 to 1 (0 when the total is zero).</summary>
    internal decimal ShareOf(decimal expected)
    {
        var total = _total.Expected.Amount;
        return total == 0m ? 0m : expected / total;
    }
}
