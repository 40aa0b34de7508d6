using TikTokMonetization.Creators;
using TikTokMonetization.Likes;

namespace TikTokMonetization.Revenue;

/// <summary>
/// Runs every registered <see cref="IRevenueModel"/> on a creator and combines the estimates into a <see cref="RevenueReport"/>.
/// Resolve it from dependency injection after <c>services.AddTikTokMonetization()</c>.
/// </summary>
/// <remarks>The engine is thread-safe: one instance serves any number of concurrent calls. Options changes (reload) take effect on the next call.</remarks>
public interface IRevenueEngine
{
    /// <summary>Gets the registered models, in registration order; it is also the column order of <see cref="EstimateExpected"/>.</summary>
    IReadOnlyList<IRevenueModel> Models { get; }

    /// <summary>Estimates every stream for one creator in the configured reporting currency.</summary>
    /// <param name="snapshot">The creator.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidCreatorSnapshotException">The snapshot has values that are not allowed; every problem is listed.</exception>
    /// <exception cref="RevenueModelException">A model failed.</exception>
    RevenueReport Estimate(CreatorSnapshot snapshot);

    /// <summary>Estimates every stream for one creator in the given reporting currency.</summary>
    /// <param name="snapshot">The creator.</param>
    /// <param name="reportingCurrency">The currency to report in; it needs a rate in the exchange-rate table unless every model already reports in it.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidCreatorSnapshotException">The snapshot has values that are not allowed; every problem is listed.</exception>
    /// <exception cref="RevenueModelException">A model failed.</exception>
    /// <exception cref="InvalidOperationException">The exchange-rate table has no rate for a currency that needs converting.</exception>
    RevenueReport Estimate(CreatorSnapshot snapshot, Currency reportingCurrency);

    /// <summary>
    /// The batch path for ranking many creators: writes each creator's expected amount per stream, in the reporting
    /// currency and rounded exactly as in <see cref="Estimate(CreatorSnapshot)"/>, into <paramref name="destination"/>.
    /// </summary>
    /// <remarks>
    /// Row-major layout: the amount of stream <c>j</c> (in <see cref="Models"/> order) for creator <c>i</c> is at
    /// <c>destination[i * Models.Count + j]</c>. For models that implement <see cref="IExpectedRevenueModel"/> (every
    /// built-in model) the call allocates nothing.
    /// </remarks>
    /// <param name="snapshots">The creators.</param>
    /// <param name="destination">At least <c>snapshots.Length * Models.Count</c> elements.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short, or a snapshot is <see langword="null"/>.</exception>
    /// <exception cref="InvalidCreatorSnapshotException">A snapshot has values that are not allowed.</exception>
    void EstimateExpected(ReadOnlySpan<CreatorSnapshot> snapshots, Span<decimal> destination);

    /// <summary>
    /// Values additional likes for one creator through every registered model, custom models included, by
    /// re-estimating rather than by a separate formula: the direct revenue from the likes alone, and the indirect change
    /// through LIVE retention, engagement-priced rates and reach (from the registered <see cref="IReachModel"/>).
    /// </summary>
    /// <remarks>
    /// The likes are split between short videos and LIVE in proportion to the creator's current likes (all to videos
    /// when there are none). The change is attributed to channels in order: LIVE likes alone (retention), then video likes
    /// alone (engagement pricing), then the reach response (visibility); the three parts add up to the whole change.
    /// Deterministic; the snapshot is not changed. Costs about six estimates per model.
    /// </remarks>
    /// <param name="snapshot">The creator.</param>
    /// <param name="additionalLikes">How many likes to add, 1 to 1,000,000,000,000. The default is 1,000.</param>
    /// <returns>The analysis, in the configured reporting currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="additionalLikes"/> is out of range.</exception>
    /// <exception cref="InvalidCreatorSnapshotException">The snapshot has values that are not allowed.</exception>
    /// <exception cref="RevenueModelException">A model failed.</exception>
    /// <exception cref="InvalidOperationException">
    /// The reach model returned <see langword="null"/>, or a response that leaves the creator invalid or takes a count
    /// or amount past what its type holds (a count saturated at <see cref="long.MaxValue"/> would be priced wrong); the
    /// message names the reach model and its answer.
    /// </exception>
    LikesAnalysis AnalyzeLikes(CreatorSnapshot snapshot, long additionalLikes = 1_000);
}
