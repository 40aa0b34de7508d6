namespace TikTokMonetization.Testing;

/// <summary>The exception thrown by <see cref="RevenueModelContract.Verify"/> when a model breaks a law; it lists every violation.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class RevenueModelContractException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="RevenueModelContractException"/> class.</summary>
    /// <param name="modelName">The model's name.</param>
    /// <param name="violations">The violations.</param>
    public RevenueModelContractException(string modelName, IReadOnlyList<string> violations)
        : base($"Revenue model '{modelName}' breaks the model contract ({violations.Count} {(violations.Count == 1 ? "violation" : "violations")}):{Environment.NewLine}  - {string.Join(Environment.NewLine + "  - ", violations)}")
    {
        ModelName = modelName;
        Violations = violations;
    }

    /// <summary>Gets the model's name.</summary>
    public string ModelName { get; }

    /// <summary>Gets every violation found.</summary>
    public IReadOnlyList<string> Violations { get; }
}
