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
    {
        Label = label ?? throw new ArgumentNullException(nameof(label));
        Quantity = quantity;
        QuantityUnit = quantityUnit ?? string.Empty;
        Rate = rate;
        RateUnit = rateUnit ?? string.Empty;
        Amount = amount;
        AmountUnit = amountUnit ?? string.Empty;
        Source = source ?? string.Empty;
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

    /// <summary>Formats the line as <c>label: quantity unit × rate unit = amount unit [source]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Label}: {Quantity} {QuantityUnit} × {Rate} {RateUnit} = {Amount} {AmountUnit} [{Source}]";
}
