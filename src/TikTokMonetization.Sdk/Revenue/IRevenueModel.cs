using TikTokMonetization.Creators;

namespace TikTokMonetization.Revenue;

/// <summary>
/// A revenue stream model: turns a <see cref="CreatorSnapshot"/> into a <see cref="RevenueEstimate"/>.
/// Built-in models (LIVE gifts and the others) and a user's own models implement this one contract, and the engine
/// treats them all alike.
/// </summary>
/// <remarks>
/// <para><b>Purity and thread-safety.</b> <see cref="Estimate"/> must be a pure function of the snapshot and the model's
/// current options: no I/O, no randomness, no mutation of the snapshot or of shared state. The engine calls one model
/// instance from many threads at once; implementations must be thread-safe.</para>
/// <para><b>Error contract.</b> The engine validates the snapshot before calling a model: every check of
/// <see cref="CreatorSnapshot.Validate"/> and, in addition, the documented input limits (docs/input-limits.md), which keep
/// counts and amounts far enough from <see cref="decimal"/>'s range that no model's arithmetic can overflow. So a model
/// called by the engine may assume every field is in range and within those limits. An application that calls a model
/// directly, without the engine, gets only what it checked itself (<see cref="CreatorSnapshot.ThrowIfInvalid"/> does not
/// check the limits); call models through the engine. Input a model cannot use is not an error:
/// a creator who does not meet a requirement gets an ineligible estimate of zero whose rules say why, and a creator with
/// no activity for the stream gets an eligible estimate of zero whose breakdown says so. A model throws only for a
/// <see langword="null"/> snapshot (<see cref="ArgumentNullException"/>) or a bug; the engine wraps any exception in
/// <see cref="RevenueModelException"/> naming the model and never drops a stream silently.</para>
/// <para><b>Names.</b> <see cref="Name"/> is a stable, lower-case identifier such as <c>live-gifts</c>, unique among
/// the registered models; reports, configuration and batch output columns use it.</para>
/// </remarks>
public interface IRevenueModel
{
    /// <summary>Gets the stable, unique, lower-case name of the stream, for example <c>live-gifts</c>.</summary>
    string Name { get; }

    /// <summary>Gets the name to show people, for example <c>LIVE gifts</c>.</summary>
    string DisplayName { get; }

    /// <summary>Estimates what the creator earns from this stream over the snapshot's period.</summary>
    /// <param name="snapshot">A validated snapshot.</param>
    /// <returns>The estimate: a non-negative range (zero when ineligible), the eligibility, a breakdown and the likes impact.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is <see langword="null"/>.</exception>
    RevenueEstimate Estimate(CreatorSnapshot snapshot);
}
