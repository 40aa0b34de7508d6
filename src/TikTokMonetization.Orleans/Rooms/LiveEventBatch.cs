using TikTokMonetization.Live;

namespace TikTokMonetization.Orleans.Rooms;

/// <summary>
/// One batch of events a feeder sends to a room: numbered per feeder from 1, one more per batch, so that the room
/// applies each batch exactly once however often it is delivered.
/// </summary>
/// <param name="FeederId">The feeder that numbered the batch.</param>
/// <param name="Sequence">The batch's number for that feeder: 1, 2, 3, …</param>
/// <param name="Events">The events, in the order the connector received them; at most <see cref="LiveRoomOptions.MaxBatchSize"/>.</param>
/// <remarks>Immutable once sent; thread-safe to read.</remarks>
[GenerateSerializer]
[Immutable]
[Alias("tiktok.live-event-batch.v1")]
public sealed record LiveEventBatch([property: Id(0)] Guid FeederId, [property: Id(1)] long Sequence, [property: Id(2)] IReadOnlyList<LiveEvent> Events);
