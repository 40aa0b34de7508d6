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
    private readonly BreakdownLineKind _kind;
    private readonly decimal? _minimum;
    private readonly decimal? _maximum;

    internal BreakdownLineBuilder(string label)
        : this(label, default, null, default, null, BreakdownLineKind.Product, null, null)
    {
    }

    private BreakdownLineBuilder(string? label, ValueRange quantity, string? quantityUnit, ValueRange rate, string? rateUnit, BreakdownLineKind kind, decimal? minimum, decimal? maximum)
    {
        _label = label;
        _quantity = quantity;
        _quantityUnit = quantityUnit;
        _rate = rate;
        _rateUnit = rateUnit;
        _kind = kind;
        _minimum = minimum;
        _maximum = maximum;
    }

    /// <summary>Sets the input quantity.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <param name="unit">Its unit, for example <c>coins</c>.</param>
    /// <returns>The builder with the quantity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is <see langword="null"/>.</exception>
    public BreakdownLineBuilder Quantity(ValueRange quantity, string unit) =>
        new(_label, quantity, unit ?? throw new ArgumentNullException(nameof(unit)), _rate, _rateUnit, _kind, _minimum, _maximum);

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
        new(_label, _quantity, _quantityUnit, rate, unit ?? throw new ArgumentNullException(nameof(unit)), BreakdownLineKind.Product, null, null);

    /// <summary>Sets an exact rate.</summary>
    /// <param name="rate">The rate.</param>
    /// <param name="unit">Its unit, for example <c>diamonds per coin</c>.</param>
    /// <returns>The builder with the rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is <see langword="null"/>.</exception>
    public BreakdownLineBuilder Times(decimal rate, string unit) => Times(ValueRange.Exactly(rate), unit);

    /// <summary>
    /// Sets a rate whose uncertainty is independent of the quantity's: the line's expected amount is the product of the
    /// expected values, and its low and high combine the two uncertainties (<see cref="ValueRange.MultiplyIndependent(ValueRange, ValueRange)"/>).
    /// </summary>
    /// <param name="rate">The rate.</param>
    /// <param name="unit">Its unit, for example <c>clicks per view</c>.</param>
    /// <returns>The builder with the rate, for a <see cref="BreakdownLineKind.IndependentProduct"/> line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is <see langword="null"/>.</exception>
    public BreakdownLineBuilder TimesIndependent(ValueRange rate, string unit) =>
        new(_label, _quantity, _quantityUnit, rate, unit ?? throw new ArgumentNullException(nameof(unit)), BreakdownLineKind.IndependentProduct, null, null);

    /// <summary>
    /// Sets the range between whose ends the quantity (from 0 to 1) places the expected amount:
    /// <c>low + quantity × (high − low)</c>; the amount's low and high are the range's.
    /// </summary>
    /// <param name="ends">The range; its expected value is the placed amount.</param>
    /// <param name="unit">Its unit, for example <c>USD per 1,000 qualified views</c>.</param>
    /// <returns>The builder with the range, for a <see cref="BreakdownLineKind.Interpolation"/> line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is <see langword="null"/>.</exception>
    public BreakdownLineBuilder Interpolating(ValueRange ends, string unit) =>
        new(_label, _quantity, _quantityUnit, ends, unit ?? throw new ArgumentNullException(nameof(unit)), BreakdownLineKind.Interpolation, null, null);

    /// <summary>Holds the product of the quantity and the rate within bounds at each point (a score capped at 1, a multiplier clamped to a band).</summary>
    /// <param name="minimum">The least the amount may be, or <see langword="null"/> for no lower bound.</param>
    /// <param name="maximum">The most the amount may be, or <see langword="null"/> for no upper bound.</param>
    /// <returns>The builder, for a <see cref="BreakdownLineKind.Limited"/> line.</returns>
    /// <exception cref="InvalidOperationException">The rate was never set, or was set with <see cref="TimesIndependent"/> or <see cref="Interpolating"/>.</exception>
    /// <exception cref="ArgumentException">Neither bound is given, or <paramref name="minimum"/> is greater than <paramref name="maximum"/>.</exception>
    public BreakdownLineBuilder Limited(decimal? minimum, decimal? maximum)
    {
        if (_rateUnit is null || _kind is not (BreakdownLineKind.Product or BreakdownLineKind.Limited))
        {
            throw new InvalidOperationException($"Breakdown line '{_label}': Limited(...) holds a product within bounds; call Times(...) before it.");
        }

        if (minimum is null && maximum is null)
        {
            throw new ArgumentException($"Breakdown line '{_label}': Limited(...) needs a minimum, a maximum or both.", nameof(minimum));
        }

        if (minimum > maximum)
        {
            throw new ArgumentException(FormattableString.Invariant($"Breakdown line '{_label}': minimum {minimum} is greater than maximum {maximum}."), nameof(minimum));
        }

        return new(_label, _quantity, _quantityUnit, _rate, _rateUnit, BreakdownLineKind.Limited, minimum, maximum);
    }

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

        return new BreakdownLine(_label, _quantity, _quantityUnit, _rate, _rateUnit, amount, unit, source, _kind, _minimum, _maximum);
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
