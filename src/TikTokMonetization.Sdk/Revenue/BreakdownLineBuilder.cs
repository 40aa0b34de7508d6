namespace TikTokMonetization.Revenue;

/// <summary>
/// Builds a <see cref="BreakdownLine"/> in the order the calculation reads: a quantity, times a rate, gives an amount,
/// from a source. Start one with <see cref="BreakdownLine.For"/>.
/// </summary>
/// <remarks>
/// An immutable value type: every call returns a new builder, so a partly built line can be reused. Thread-safe.
/// <see cref="Gives(ValueRange, string, string)"/> refuses a line whose quantity or rate was never given, so that a
/// breakdown never shows a silent <c>0 × 0</c>.
/// </remarks>
public readonly struct BreakdownLineBuilder
{
    private readonly string? _label;
    private readonly ValueRange _quantity;
    private readonly string? _quantityUnit;
    private readonly ValueRange _rate;
    private readonly string? _rateUnit;

    internal BreakdownLineBuilder(string label)
        : this(label, default, null, default, null)
    {
    }

    private BreakdownLineBuilder(string? label, ValueRange quantity, string? quantityUnit, ValueRange rate, string? rateUnit)
    {
        _label = label;
        _quantity = quantity;
        _quantityUnit = quantityUnit;
        _rate = rate;
        _rateUnit = rateUnit;
    }

    /// <summary>Sets the input quantity.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <param name="unit">Its unit, for example <c>coins</c>.</param>
    /// <returns>The builder with the quantity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is <see langword="null"/>.</exception>
    public BreakdownLineBuilder Quantity(ValueRange quantity, string unit) =>
        new(_label, quantity, unit ?? throw new ArgumentNullException(nameof(unit)), _rate, _rateUnit);

    /// <summary>Sets an exact input quantity.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <param name="unit">Its unit, for example <c>coins</c>.</param>
    /// <returns>The builder with the quantity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is <see langword="null"/>.</exception>
    public BreakdownLineBuilder Quantity(decimal quantity, string unit) => Quantity(ValueRange.Exactly(quantity), unit);

    /// <summary>Sets the rate the quantity is multiplied by.</summary>
    /// <param name="rate">The rate.</param>
    /// <param name="unit">Its unit, for example <c>diamonds per coin</c>.</param>
    /// <returns>The builder with the rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is <see langword="null"/>.</exception>
    public BreakdownLineBuilder Times(ValueRange rate, string unit) =>
        new(_label, _quantity, _quantityUnit, rate, unit ?? throw new ArgumentNullException(nameof(unit)));

    /// <summary>Sets an exact rate.</summary>
    /// <param name="rate">The rate.</param>
    /// <param name="unit">Its unit, for example <c>diamonds per coin</c>.</param>
    /// <returns>The builder with the rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is <see langword="null"/>.</exception>
    public BreakdownLineBuilder Times(decimal rate, string unit) => Times(ValueRange.Exactly(rate), unit);

    /// <summary>Makes the line with its result and where the rate comes from.</summary>
    /// <param name="amount">The result.</param>
    /// <param name="unit">Its unit, for example <c>diamonds</c> or a currency code.</param>
    /// <param name="source">Where the rate comes from: a documented default with its source and date, the rate card, or the application's configuration.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> or <paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder was not started with <see cref="BreakdownLine.For"/>, or its quantity or rate was never set.</exception>
    public BreakdownLine Gives(ValueRange amount, string unit, string source)
    {
        if (unit is null)
        {
            throw new ArgumentNullException(nameof(unit));
        }

        if (source is null)
        {
            throw new ArgumentNullException(nameof(source));
        }

        if (_label is null)
        {
            throw new InvalidOperationException("A breakdown line starts with BreakdownLine.For(label).");
        }

        if (_quantityUnit is null || _rateUnit is null)
        {
            throw new InvalidOperationException(
                $"Breakdown line '{_label}' has no {(_quantityUnit is null ? "quantity" : "rate")}; call Quantity(...) and Times(...) before Gives(...).");
        }

        return new BreakdownLine(_label, _quantity, _quantityUnit, _rate, _rateUnit, amount, unit, source);
    }

    /// <summary>Makes the line with an exact result and where the rate comes from.</summary>
    /// <param name="amount">The result.</param>
    /// <param name="unit">Its unit, for example <c>diamonds</c> or a currency code.</param>
    /// <param name="source">Where the rate comes from.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> or <paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The quantity or the rate was never set.</exception>
    public BreakdownLine Gives(decimal amount, string unit, string source) => Gives(ValueRange.Exactly(amount), unit, source);
}
