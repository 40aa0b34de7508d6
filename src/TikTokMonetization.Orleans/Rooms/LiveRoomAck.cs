namespace TikTokMonetization.Orleans.Rooms;

/// <summary>A room's answer to a batch: what it has applied and what it has made durable, for this feeder.</summary>
/// <param name="AppliedThrough">The highest sequence the room has applied for the feeder (every lower one too).</param>
/// <param name="DurableThrough">The highest sequence whose events are in the room's persisted checkpoint: a feeder may forget batches up to it.</param>
/// <param name="Gap">
/// <see langword="true"/> when the batch was not applied because earlier batches are missing (the room restarted from a
/// checkpoint older than what it had acknowledged): resend every batch after <see cref="AppliedThrough"/>, in order.
/// </param>
/// <param name="Duplicate"><see langword="true"/> when the batch had already been applied and was ignored.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[GenerateSerializer]
[Immutable]
[Alias("tiktok.live-room-ack.v1")]
public sealed record LiveRoomAck(
    [property: Id(0)] long AppliedThrough,
    [property: Id(1)] long DurableThrough,
    [property: Id(2)] bool Gap,
    [property: Id(3)] bool Duplicate);
