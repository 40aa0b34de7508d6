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
    internal RevenueReport(CreatorSnapshot snapshot, Currency currency, StreamResult[] streams, MoneyRange total, decimal? concentration, ExchangeRateOptions? exchangeRates)
    {
        CreatorId = snapshot.CreatorId;
        PeriodDays = snapshot.PeriodDays;
        Currency = currency;
        Streams = streams;
        Total = total;
        ConcentrationIndex = concentration;
        ExchangeRatesSource = exchangeRates?.Source;
        ExchangeRatesAsOf = exchangeRates?.AsOf;
        _exchangeRates = exchangeRates;
    }

    private readonly ExchangeRateOptions? _exchangeRates;

    /// <summary>Gets the snapshot's creator identifier, if it had one.</summary>
    public string? CreatorId { get; }

    /// <summary>Gets the length of the period the report covers, in days.</summary>
    public int PeriodDays { get; }

    /// <summary>Gets the reporting currency.</summary>
    public Currency Currency { get; }

    /// <summary>Gets one result per registered model, in registration order.</summary>
    public IReadOnlyList<StreamResult> Streams { get; }

    /// <summary>Gets the total over all streams: the exact sum of the streams' ranges.</summary>
    public MoneyRange Total { get; }

    /// <summary>
    /// Gets the Herfindahl-Hirschman index of the streams' shares of the expected total, from 1/n (income spread evenly
    /// over n streams) to 1 (all income from one stream); <see langword="null"/> when the expected total is zero.
    /// </summary>
    public decimal? ConcentrationIndex { get; }

    /// <summary>Gets the streams the creator is not eligible for; each one's <see cref="Eligibility.UnmetRules"/> says why.</summary>
    public IEnumerable<StreamResult> IneligibleStreams => Streams.Where(s => !s.IsEligible);

    /// <summary>Gets the source of the exchange rates used, when any amount was converted; otherwise <see langword="null"/>.</summary>
    public string? ExchangeRatesSource { get; }

    /// <summary>Gets the date of the exchange rates used, when any amount was converted; otherwise <see langword="null"/>.</summary>
    public DateTime? ExchangeRatesAsOf { get; }

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
}
