namespace TikTokMonetization;

/// <summary>
/// The exception thrown when two <see cref="Money"/> values in different currencies are combined or compared.
/// The SDK never sums dollars and euros silently; convert first (see <c>ExchangeRateTable</c> in the engine options).
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class CurrencyMismatchException : InvalidOperationException
{
    /// <summary>Initializes a new instance of the <see cref="CurrencyMismatchException"/> class.</summary>
    /// <param name="operation">The operation that was attempted, for example <c>add</c>.</param>
    /// <param name="left">The currency of the left operand.</param>
    /// <param name="right">The currency of the right operand.</param>
    public CurrencyMismatchException(string operation, Currency left, Currency right)
        : base($"Cannot {operation} {left.Code} and {right.Code}: the currencies differ. Convert one amount to the other currency first.")
    {
        Left = left;
        Right = right;
    }

    /// <summary>Gets the currency of the left operand.</summary>
    public Currency Left { get; }

    /// <summary>Gets the currency of the right operand.</summary>
    public Currency Right { get; }
}
