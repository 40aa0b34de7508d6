namespace TikTokMonetization.Revenue;

/// <summary>The exception thrown by the engine when a revenue model fails; it names the model and wraps the original exception.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class RevenueModelException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="RevenueModelException"/> class.</summary>
    /// <param name="modelName">The failing model's name.</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The original exception, if any.</param>
    public RevenueModelException(string modelName, string message, Exception? innerException = null)
        : base($"Revenue model '{modelName}' failed: {message}", innerException)
    {
        ModelName = modelName;
    }

    /// <summary>Gets the failing model's name.</summary>
    public string ModelName { get; }
}
