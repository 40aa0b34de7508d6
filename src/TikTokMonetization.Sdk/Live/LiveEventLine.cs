using System.Text.Json.Serialization;

namespace TikTokMonetization.Live;

/// <summary>
/// One line of a recorded session in JSON Lines (see <c>docs/live-ledger.md</c>): a <c>type</c>, a <c>time</c> (ISO 8601
/// text or Unix milliseconds) and the fields of that event type. Ids may be JSON numbers or strings of digits, because
/// JavaScript cannot hold 64-bit ids as numbers.
/// </summary>
internal sealed class LiveEventLine
{
    public string? Type { get; set; }

    [JsonConverter(typeof(FlexibleTimestampConverter))]
    public DateTimeOffset? Time { get; set; }

    public long? GiftId { get; set; }

    public string? GiftName { get; set; }

    public int? GiftType { get; set; }

    /// <summary>The gift's unit price in coins.</summary>
    public int? Coins { get; set; }

    public long? SenderId { get; set; }

    public string? SenderName { get; set; }

    public long? GroupId { get; set; }

    public int? RepeatCount { get; set; }

    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool? RepeatEnd { get; set; }

    public long? ReceiverId { get; set; }

    /// <summary>Likes in the message, or viewers in the room.</summary>
    public long? Count { get; set; }

    /// <summary>The room's total likes.</summary>
    public long? Total { get; set; }

    public int? Months { get; set; }
}
