namespace TikTokMonetization.Revenue;

/// <summary>
/// One step of how an estimate was reached: a quantity times a rate gives an amount, and where the rate comes from.
/// For example: 12,000 coins × 1 diamond per coin = 12,000 diamonds (source: rate card "default", ...).
/// </summary>
/// <remarks>Each value is a range (low, expected, high); for exact steps the three are equal. Instances are immutable and thread-safe.</remarks>
public sealed class BreakdownLine
{
    /// <summary>Initializes a new instance of the <see cref="BreakdownLine"/> class.</summary>
    /// <param name="label">What was counted or computed, for example <c>Diamonds collected</c>.</param>
    /// <param name="quantity">The input quantity.</param>
    /// <param name="quantityUnit">The unit of <paramref name="quantity"/>, for example <c>coins</c>.</param>
    /// <param name="rate">The rate applied.</param>
    /// <param name="rateUnit">The unit of <paramref name="rate"/>, for example <c>diamonds per coin</c>.</param>
    /// <param name="amount">The result.</param>
    /// <param name="amountUnit">The unit of <paramref name="amount"/>, for example <c>diamonds</c> or a currency code.</param>
    /// <param name="source">Where the rate comes from: a documented default with its source and date, the rate card, or the application's configuration.</param>
    public BreakdownLine(string label, ValueRange quantity, string quantityUnit, ValueRange rate, string rateUnit, ValueRange amount, string amountUnit, string source)
        : this(label, quantity, quantityUnit, rate, rateUnit, amount, amountUnit, source, BreakdownLineKind.Product, null, null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BreakdownLine"/> class with how its amount follows from its quantity and rate.</summary>
    /// <param name="label">What was counted or computed, for example <c>Engagement multiplier</c>.</param>
    /// <param name="quantity">The input quantity.</param>
    /// <param name="quantityUnit">The unit of <paramref name="quantity"/>.</param>
    /// <param name="rate">The rate applied (for <see cref="BreakdownLineKind.Interpolation"/>, the range between whose ends the quantity places the amount).</param>
    /// <param name="rateUnit">The unit of <paramref name="rate"/>.</param>
    /// <param name="amount">The result.</param>
    /// <param name="amountUnit">The unit of <paramref name="amount"/>.</param>
    /// <param name="source">Where the rate comes from.</param>
    /// <param name="kind">How the amount follows from the quantity and the rate.</param>
    /// <param name="minimum">For <see cref="BreakdownLineKind.Limited"/>, the least the amount may be, or <see langword="null"/> for no lower bound; otherwise <see langword="null"/>.</param>
    /// <param name="maximum">For <see cref="BreakdownLineKind.Limited"/>, the most the amount may be, or <see langword="null"/> for no upper bound; otherwise <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    /// <exception cref="ArgumentException">Bounds were given for a kind other than <see cref="BreakdownLineKind.Limited"/>, a limited line has neither bound, or <paramref name="minimum"/> is greater than <paramref name="maximum"/>.</exception>
    public BreakdownLine(string label, ValueRange quantity, string quantityUnit, ValueRange rate, string rateUnit, ValueRange amount, string amountUnit, string source, BreakdownLineKind kind, decimal? minimum, decimal? maximum)
    {
        Label = label ?? throw new ArgumentNullException(nameof(label));
        Quantity = quantity;
        QuantityUnit = quantityUnit ?? string.Empty;
        Rate = rate;
        RateUnit = rateUnit ?? string.Empty;
        Amount = amount;
        AmountUnit = amountUnit ?? string.Empty;
        Source = source ?? string.Empty;
        if (kind is < BreakdownLineKind.Product or > BreakdownLineKind.Interpolation)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"Breakdown line '{label}': kind must be Product, IndependentProduct, Limited or Interpolation.");
        }

        if (kind == BreakdownLineKind.Limited)
        {
            if (minimum is null && maximum is null)
            {
                throw new ArgumentException($"Breakdown line '{label}' is Limited but has neither a minimum nor a maximum; give at least one.", nameof(minimum));
            }

            if (minimum > maximum)
            {
                throw new ArgumentException(FormattableString.Invariant($"Breakdown line '{label}': minimum {minimum} is greater than maximum {maximum}."), nameof(minimum));
            }
        }
        else if (minimum is not null || maximum is not null)
        {
            throw new ArgumentException($"Breakdown line '{label}' is {kind}; only a Limited line has a minimum or a maximum.", minimum is not null ? nameof(minimum) : nameof(maximum));
        }

        Kind = kind;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>
    /// Starts a line that reads like the calculation it records:
    /// <c>BreakdownLine.For("Diamonds collected").Quantity(coins, "coins").Times(0.5m, "diamonds per coin").Gives(diamonds, "diamonds", source)</c>.
    /// </summary>
    /// <param name="label">What was counted or computed, for example <c>Diamonds collected</c>.</param>
    /// <returns>A builder; <see cref="BreakdownLineBuilder.Gives(ValueRange, string, string)"/> makes the line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is <see langword="null"/>.</exception>
    public static BreakdownLineBuilder For(string label) => new(label ?? throw new ArgumentNullException(nameof(label)));

    /// <summary>Gets what was counted or computed.</summary>
    public string Label { get; }

    /// <summary>Gets the input quantity.</summary>
    public ValueRange Quantity { get; }

    /// <summary>Gets the unit of <see cref="Quantity"/>.</summary>
    public string QuantityUnit { get; }

    /// <summary>Gets the rate applied.</summary>
    public ValueRange Rate { get; }

    /// <summary>Gets the unit of <see cref="Rate"/>.</summary>
    public string RateUnit { get; }

    /// <summary>Gets the result.</summary>
    public ValueRange Amount { get; }

    /// <summary>Gets the unit of <see cref="Amount"/>.</summary>
    public string AmountUnit { get; }

    /// <summary>Gets where the rate comes from.</summary>
    public string Source { get; }

    /// <summary>Gets how <see cref="Amount"/> follows from <see cref="Quantity"/> and <see cref="Rate"/>.</summary>
    /// <value>The default value is <see cref="BreakdownLineKind.Product"/>.</value>
    public BreakdownLineKind Kind { get; }

    /// <summary>Gets the least the amount may be, for a <see cref="BreakdownLineKind.Limited"/> line with a lower bound; otherwise <see langword="null"/>.</summary>
    public decimal? Minimum { get; }

    /// <summary>Gets the most the amount may be, for a <see cref="BreakdownLineKind.Limited"/> line with an upper bound; otherwise <see langword="null"/>.</summary>
    public decimal? Maximum { get; }

    /// <summary>
    /// Formats the line as arithmetic that holds for its <see cref="Kind"/>: <c>label: quantity unit × rate unit = amount
    /// unit [source]</c> for a product, followed by how the bounds were combined or limited for the other kinds.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        BreakdownLineKind.IndependentProduct =>
            $"{Label}: {Quantity} {QuantityUnit} × {Rate} {RateUnit} = {Amount} {AmountUnit}, expected × expected, with low and high combined as independent uncertainties [{Source}]",
        BreakdownLineKind.Limited =>
            $"{Label}: {Quantity} {QuantityUnit} × {Rate} {RateUnit} = {Amount} {AmountUnit}, the product held {Bounds()} [{Source}]",
        BreakdownLineKind.Interpolation =>
            FormattableString.Invariant($"{Label}: {Quantity} {QuantityUnit} of the way from {Rate.Low} to {Rate.High} {RateUnit} = {Amount} {AmountUnit} [{Source}]"),
        _ => $"{Label}: {Quantity} {QuantityUnit} × {Rate} {RateUnit} = {Amount} {AmountUnit} [{Source}]",
    };

    /// <summary>
    /// Returns why the line's amount is not what its quantity, rate and kind give, or <see langword="null"/> when it is
    /// (to 20 significant digits, decimal's products being rounded to 28 or 29).
    /// </summary>
    internal string? ArithmeticProblem()
    {
        try
        {
            return FindArithmeticProblem();
        }
        catch (OverflowException)
        {
            return "its quantity times its rate is beyond decimal's range, so the line cannot be checked";
        }
    }

    private string? FindArithmeticProblem()
    {
        switch (Kind)
        {
            case BreakdownLineKind.IndependentProduct:
                var corners = new[] { Quantity.Low * Rate.Low, Quantity.Low * Rate.High, Quantity.High * Rate.Low, Quantity.High * Rate.High };
                if (!Close(Amount.Expected, Quantity.Expected * Rate.Expected))
                {
                    return FormattableString.Invariant($"its expected amount {Amount.Expected} is not the expected quantity times the expected rate ({Quantity.Expected * Rate.Expected})");
                }

                if (Amount.Low < corners.Min() && !Close(Amount.Low, corners.Min()))
                {
                    return FormattableString.Invariant($"its low amount {Amount.Low} is below every product of the factors' ends (the least is {corners.Min()})");
                }

                if (Amount.High > corners.Max() && !Close(Amount.High, corners.Max()))
                {
                    return FormattableString.Invariant($"its high amount {Amount.High} is above every product of the factors' ends (the greatest is {corners.Max()})");
                }

                return null;
            case BreakdownLineKind.Limited:
                return PointProblem("low", Quantity.Low, Rate.Low, Amount.Low)
                    ?? PointProblem("expected", Quantity.Expected, Rate.Expected, Amount.Expected)
                    ?? PointProblem("high", Quantity.High, Rate.High, Amount.High);
            case BreakdownLineKind.Interpolation:
                var placed = Placed(Quantity.Expected, Rate.Low, Rate.High);
                if (!Close(Amount.Low, Rate.Low) || !Close(Amount.High, Rate.High))
                {
                    return FormattableString.Invariant($"its low and high amounts ({Amount.Low}, {Amount.High}) are not the rate's ends ({Rate.Low}, {Rate.High})");
                }

                if (!Close(Amount.Expected, placed))
                {
                    return FormattableString.Invariant($"its expected amount {Amount.Expected} is not low + quantity × (high − low) = {placed}");
                }

                // The rate's middle is shown too (in JSON, say), so it must be the point the quantity places, as the builder documents.
                return Close(Rate.Expected, placed)
                    ? null
                    : FormattableString.Invariant($"its rate's expected value {Rate.Expected} is not the point the quantity places, low + quantity × (high − low) = {placed}");
            default:
                return PointProblem("low", Quantity.Low, Rate.Low, Amount.Low)
                    ?? PointProblem("expected", Quantity.Expected, Rate.Expected, Amount.Expected)
                    ?? PointProblem("high", Quantity.High, Rate.High, Amount.High);
        }
    }

    private string? PointProblem(string point, decimal quantity, decimal rate, decimal amount)
    {
        var product = quantity * rate;
        var held = product;
        if (Minimum is { } min && held < min)
        {
            held = min;
        }

        if (Maximum is { } max && held > max)
        {
            held = max;
        }

        return Close(amount, held)
            ? null
            : FormattableString.Invariant($"its {point} amount {amount} is not {quantity} × {rate} = {product}{(held != product ? FormattableString.Invariant($" held {Bounds()} ({held})") : string.Empty)}");
    }

    private string Bounds() => (Minimum, Maximum) switch
    {
        ({ } min, { } max) => FormattableString.Invariant($"within {min}..{max}"),
        ({ } min, null) => FormattableString.Invariant($"at least {min}"),
        (null, { } max) => FormattableString.Invariant($"at most {max}"),
        _ => string.Empty,
    };

    /// <summary>
    /// low + share × (high − low); for ends whose difference is beyond decimal's range (ends of opposite signs near its
    /// limits), the same point as low × (1 − share) + high × share, so a right line is not refused for its size.
    /// </summary>
    private static decimal Placed(decimal share, decimal low, decimal high)
    {
        try
        {
            return low + (share * (high - low));
        }
        catch (OverflowException)
        {
            return (low * (1m - share)) + (high * share);
        }
    }

    private static bool Close(decimal actual, decimal wanted)
    {
        // Amounts of opposite signs near decimal's limits: their difference is beyond its range, and they are not close
        // (the line is wrong, and says so, rather than "cannot be checked").
        if ((actual < 0m && wanted > 0m && wanted > decimal.MaxValue + actual) || (actual > 0m && wanted < 0m && actual > decimal.MaxValue + wanted))
        {
            return false;
        }

        var difference = Math.Abs(actual - wanted);
        var scale = Math.Max(Math.Abs(actual), Math.Abs(wanted));
        return difference <= scale * 0.00000000000000000001m || difference <= 0.000000000000000000000001m;
    }
}
