namespace TikTokMonetization.Revenue;

/// <summary>
/// Gives a revenue model the engine's settings it may depend on (<see cref="RevenueModelSettings"/>): exchange rates,
/// the engagement definition, the reporting currency and rounding. Inject it into a model's constructor; the SDK
/// registers it with <c>AddTikTokMonetization</c>.
/// </summary>
/// <remarks>Implementations are thread-safe; the SDK's is a singleton that follows configuration reloads.</remarks>
public interface IRevenueModelContext
{
    /// <summary>Gets the current settings. Read it once per estimate (a reload gives a new instance).</summary>
    RevenueModelSettings Settings { get; }
}
