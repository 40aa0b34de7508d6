using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using TikTokMonetization.Internal;

namespace TikTokMonetization.Live;

/// <summary>
/// Reads and writes one LIVE event as one line of JSON (the recorded-session format of <see cref="LiveEventJsonLinesReader"/>):
/// <c>{"type":"gift","time":"2025-03-01T20:00:01Z","giftId":5655,"senderId":"7001","groupId":"1","repeatCount":3,"repeatEnd":false}</c>.
/// </summary>
/// <remarks>
/// Types are <c>gift</c>, <c>like</c>, <c>viewers</c>, <c>follow</c>, <c>share</c> and <c>subscription</c>; the fields are
/// listed in <c>docs/live-ledger.md</c>. <c>time</c> is ISO 8601 text (UTC when it has no offset) or Unix milliseconds;
/// ids may be numbers or strings of digits. A property that the type does not use is an error, so a misspelt field is
/// reported, not ignored. Every member is thread-safe.
/// </remarks>
public static class LiveEventJson
{
    private static readonly string[] GiftFields = ["time", "giftId", "giftName", "giftType", "coins", "senderId", "senderName", "groupId", "repeatCount", "repeatEnd", "receiverId"];
    private static readonly string[] LikeFields = ["time", "senderId", "senderName", "count", "total"];
    private static readonly string[] ViewerFields = ["time", "count"];
    private static readonly string[] SocialFields = ["time", "senderId", "senderName"];
    private static readonly string[] SubscriptionFields = ["time", "senderId", "senderName", "months"];

    // The optional fields, and each type's allowed fields as bits of their order, so that a line is checked with one mask
    // test instead of a search of its field list per field; the lowest foreign bit names the field an error reports.
    private static readonly string[] OptionalFields = ["giftId", "giftName", "giftType", "coins", "senderId", "senderName", "groupId", "repeatCount", "repeatEnd", "receiverId", "count", "total", "months"];
    private static readonly int GiftMask = MaskOf(GiftFields);
    private static readonly int LikeMask = MaskOf(LikeFields);
    private static readonly int ViewerMask = MaskOf(ViewerFields);
    private static readonly int SocialMask = MaskOf(SocialFields);
    private static readonly int SubscriptionMask = MaskOf(SubscriptionFields);

    /// <summary>Reads one line.</summary>
    /// <param name="line">The JSON text of one event.</param>
    /// <param name="liveEvent">The event, when the line is valid.</param>
    /// <param name="error">Why the line is not valid, otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the line is a valid event.</returns>
    public static bool TryParse(string line, out LiveEvent liveEvent, [NotNullWhen(false)] out string? error)
    {
        Guard.NotNull(line, nameof(line));
        liveEvent = default;
        if (line.Length > InputLimits.MaxEventLineLength)
        {
            error = FormattableString.Invariant($"the line is {line.Length:N0} characters long; a line may be at most {InputLimits.MaxEventLineLength:N0} (see docs/input-limits.md)");
            return false;
        }

        // The serializer encodes the text to UTF-8 first, and a lone surrogate makes that throw: report it as what it is.
        if (SafeText.LoneSurrogate(line) is { } index)
        {
            error = FormattableString.Invariant($"character {index + 1} is a lone UTF-16 surrogate (U+{(int)line[index]:X4}); the line is not valid Unicode");
            return false;
        }

        LiveEventLine? dto;
        try
        {
            dto = JsonSerializer.Deserialize(line, LiveEventLineJsonContext.Default.LiveEventLine);
        }
        catch (JsonException ex)
        {
            error = Describe(ex);
            return false;
        }

        if (dto is null)
        {
            error = "the line is 'null'; expected a JSON object";
            return false;
        }

        error = ToEvent(dto, out liveEvent);
        return error is null;
    }

    /// <summary>Reads one line, throwing when it is not valid.</summary>
    /// <param name="line">The JSON text of one event.</param>
    /// <returns>The event.</returns>
    /// <exception cref="FormatException">The line is not a valid event; the message says why.</exception>
    public static LiveEvent Parse(string line) =>
        TryParse(line, out var liveEvent, out var error) ? liveEvent : throw new FormatException("Not a LIVE event line: " + error);

    /// <summary>Writes one event as one line of JSON (no line break), readable by <see cref="TryParse"/>.</summary>
    /// <param name="liveEvent">The event.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentException">The event's kind is <see cref="LiveEventKind.None"/>.</exception>
    public static string Serialize(in LiveEvent liveEvent) =>
        JsonSerializer.Serialize(ToLine(liveEvent), LiveEventLineJsonContext.Default.LiveEventLine);

    private static LiveEventLine ToLine(in LiveEvent e)
    {
        switch (e.Kind)
        {
            case LiveEventKind.Gift:
                var g = e.AsGift();
                return new LiveEventLine
                {
                    Type = "gift",
                    Time = g.Timestamp,
                    GiftId = g.GiftId,
                    GiftName = g.GiftName,
                    GiftType = g.GiftType == 0 ? null : g.GiftType,
                    Coins = g.UnitPriceCoins,
                    SenderId = g.SenderId,
                    SenderName = g.SenderName,
                    GroupId = g.GroupId == 0 ? null : g.GroupId,
                    RepeatCount = g.RepeatCount,
                    RepeatEnd = g.RepeatEnd,
                    ReceiverId = g.ReceiverId == 0 ? null : g.ReceiverId,
                };
            case LiveEventKind.Like:
                var l = e.AsLike();
                return new LiveEventLine { Type = "like", Time = l.Timestamp, SenderId = NullIfZero(l.SenderId), SenderName = l.SenderName, Count = l.Count, Total = l.RoomTotal };
            case LiveEventKind.ViewerCount:
                var v = e.AsViewerCount();
                return new LiveEventLine { Type = "viewers", Time = v.Timestamp, Count = v.Viewers };
            case LiveEventKind.Follow:
                var f = e.AsFollow();
                return new LiveEventLine { Type = "follow", Time = f.Timestamp, SenderId = NullIfZero(f.SenderId), SenderName = f.SenderName };
            case LiveEventKind.Share:
                var s = e.AsShare();
                return new LiveEventLine { Type = "share", Time = s.Timestamp, SenderId = NullIfZero(s.SenderId), SenderName = s.SenderName };
            case LiveEventKind.Subscription:
                var u = e.AsSubscription();
                return new LiveEventLine { Type = "subscription", Time = u.Timestamp, SenderId = NullIfZero(u.SenderId), SenderName = u.SenderName, Months = u.Months };
            default:
                throw new ArgumentException("An event of kind None cannot be written.", nameof(e));
        }
    }

    private static long? NullIfZero(long id) => id == 0 ? null : id;

    /// <summary>Checks a line's fields and makes its event; the fast path (<see cref="LiveEventLineScanner"/>) shares it.</summary>
    internal static string? ToEvent(LiveEventLine line, out LiveEvent liveEvent)
    {
        liveEvent = default;
        if (line.Type is null)
        {
            return "'type' is missing; expected gift, like, viewers, follow, share or subscription";
        }

        if (line.Time is not { } time)
        {
            return "'time' is missing; expected ISO 8601 text such as '2025-03-01T20:00:00Z' or Unix milliseconds";
        }

        if ((Name(line.SenderName, "senderName") ?? Name(line.GiftName, "giftName")) is { } name)
        {
            return name;
        }

        switch (line.Type)
        {
            case "gift":
                if (Unexpected(line, GiftFields, GiftMask) is { } giftField)
                {
                    return giftField;
                }

                if (line.GiftId is null || line.SenderId is null)
                {
                    return line.GiftId is null ? "'giftId' is missing" : "'senderId' is missing";
                }

                if (line.RepeatCount > MaxRepeatCount || line.Coins > InputLimits.MaxGiftNumber)
                {
                    return line.RepeatCount > MaxRepeatCount
                        ? FormattableString.Invariant($"'repeatCount' is {line.RepeatCount}; it must be at most {MaxRepeatCount:N0} (see docs/input-limits.md)")
                        : FormattableString.Invariant($"'coins' is {line.Coins}; a gift's unit price must be at most {InputLimits.MaxGiftNumber:N0} coins (see docs/input-limits.md)");
                }

                var gift = new GiftEvent
                {
                    GiftId = line.GiftId.Value,
                    GiftName = line.GiftName,
                    GiftType = line.GiftType ?? 0,
                    UnitPriceCoins = line.Coins,
                    SenderId = line.SenderId.Value,
                    SenderName = line.SenderName,
                    GroupId = line.GroupId ?? 0,
                    RepeatCount = line.RepeatCount ?? 1,
                    RepeatEnd = line.RepeatEnd ?? false,
                    ReceiverId = line.ReceiverId ?? 0,
                    Timestamp = time,
                };
                var check = LiveEventChecks.Check(in gift);
                if (check != LiveEventChecks.Valid)
                {
                    return LiveEventChecks.Describe((LiveEventRejection)check);
                }

                liveEvent = gift;
                return null;
            case "like":
                if (Unexpected(line, LikeFields, LikeMask) is { } likeField)
                {
                    return likeField;
                }

                if (line.Count is not { } likes || likes < 0 || line.Total < 0)
                {
                    return line.Count is null ? "'count' is missing" : "'count' and 'total' must be zero or greater";
                }

                if (likes > MaxLikesPerMessage || line.Total > InputLimits.MaxCount)
                {
                    return likes > MaxLikesPerMessage
                        ? FormattableString.Invariant($"'count' is {likes}; one like message carries at most {MaxLikesPerMessage:N0} likes (see docs/input-limits.md)")
                        : FormattableString.Invariant($"'total' is {line.Total}; a room's like total must be at most {InputLimits.MaxCount:N0} (see docs/input-limits.md)");
                }

                liveEvent = new LikeEvent { SenderId = line.SenderId ?? 0, SenderName = line.SenderName, Count = (int)likes, RoomTotal = line.Total, Timestamp = time };
                return null;
            case "viewers":
                if (Unexpected(line, ViewerFields, ViewerMask) is { } viewerField)
                {
                    return viewerField;
                }

                if (line.Count is not { } viewers || viewers < 0)
                {
                    return line.Count is null ? "'count' is missing" : "'count' must be zero or greater";
                }

                if (viewers > InputLimits.MaxLiveCount)
                {
                    return FormattableString.Invariant($"'count' is {viewers}; viewers in a room must be at most {InputLimits.MaxLiveCount:N0} (see docs/input-limits.md)");
                }

                liveEvent = new ViewerCountEvent { Viewers = viewers, Timestamp = time };
                return null;
            case "follow":
                if (Unexpected(line, SocialFields, SocialMask) is { } followField)
                {
                    return followField;
                }

                liveEvent = new FollowEvent { SenderId = line.SenderId ?? 0, SenderName = line.SenderName, Timestamp = time };
                return null;
            case "share":
                if (Unexpected(line, SocialFields, SocialMask) is { } shareField)
                {
                    return shareField;
                }

                liveEvent = new ShareEvent { SenderId = line.SenderId ?? 0, SenderName = line.SenderName, Timestamp = time };
                return null;
            case "subscription":
                if (Unexpected(line, SubscriptionFields, SubscriptionMask) is { } subscriptionField)
                {
                    return subscriptionField;
                }

                if (line.Months is < 0 or > InputLimits.MaxSubscriptionMonths)
                {
                    return FormattableString.Invariant($"'months' is {line.Months}; it must be from 0 to {InputLimits.MaxSubscriptionMonths:N0}");
                }

                liveEvent = new SubscriptionEvent { SenderId = line.SenderId ?? 0, SenderName = line.SenderName, Months = line.Months ?? 1, Timestamp = time };
                return null;
            default:
                return $"'type' is {SafeText.Quote(line.Type)}; expected gift, like, viewers, follow, share or subscription";
        }
    }

    // One streak reaching 100,000 gifts is some 28 a second for an hour; one like message carries a few taps (TikTok batches
    // them about every second), so 10^6 leaves ample room. Both keep every product with a unit price far from long's limit.
    private const int MaxRepeatCount = 100_000;
    private const long MaxLikesPerMessage = 1_000_000;

    /// <summary>Checks a viewer-chosen name's length; its characters are kept (and escaped by whatever displays them).</summary>
    private static string? Name(string? value, string field) =>
        value is { Length: > InputLimits.MaxTextLength }
            ? FormattableString.Invariant($"'{field}' is {value.Length:N0} characters long; it must be at most {InputLimits.MaxTextLength} (see docs/input-limits.md)")
            : null;

    /// <summary>
    /// Names the first property that this event type does not use, in the order of <see cref="OptionalFields"/>: the
    /// lowest bit of the present fields that the type's mask does not allow.
    /// </summary>
    private static string? Unexpected(LiveEventLine line, string[] allowed, int allowedMask)
    {
        var foreign = PresentMask(line) & ~allowedMask;
        if (foreign == 0)
        {
            return null;
        }

        var first = 0;
        while ((foreign & (1 << first)) == 0)
        {
            first++;
        }

        return $"'{OptionalFields[first]}' is not a field of a {line.Type} line; it has {string.Join(", ", allowed.Select(a => "'" + a + "'"))}";
    }

    private static int MaskOf(string[] allowed)
    {
        var mask = 0;
        for (var i = 0; i < OptionalFields.Length; i++)
        {
            if (Array.IndexOf(allowed, OptionalFields[i]) >= 0)
            {
                mask |= 1 << i;
            }
        }

        return mask;
    }

    /// <summary>The optional fields present, as bits in the order of <see cref="OptionalFields"/>.</summary>
    private static int PresentMask(LiveEventLine line) =>
        (line.GiftId is null ? 0 : 1 << 0)
        | (line.GiftName is null ? 0 : 1 << 1)
        | (line.GiftType is null ? 0 : 1 << 2)
        | (line.Coins is null ? 0 : 1 << 3)
        | (line.SenderId is null ? 0 : 1 << 4)
        | (line.SenderName is null ? 0 : 1 << 5)
        | (line.GroupId is null ? 0 : 1 << 6)
        | (line.RepeatCount is null ? 0 : 1 << 7)
        | (line.RepeatEnd is null ? 0 : 1 << 8)
        | (line.ReceiverId is null ? 0 : 1 << 9)
        | (line.Count is null ? 0 : 1 << 10)
        | (line.Total is null ? 0 : 1 << 11)
        | (line.Months is null ? 0 : 1 << 12);

    /// <summary>
    /// The serializer's messages in the words of the file, without .NET type or member names: an unknown field is named as
    /// the file spells it, and a value of the wrong kind says what kind the field takes.
    /// </summary>
    private static string Plain(string message, string? path)
    {
        if (JsonErrorText.IsUnknownField(message))
        {
            return $"'{JsonErrorText.FieldPath(path) ?? path ?? "a field"}' is not a field of a LIVE event line (the fields are listed in docs/live-ledger.md)";
        }

        if (JsonErrorText.IsDuplicateField(message))
        {
            return $"'{JsonErrorText.FieldPath(path) ?? path ?? "a field"}' appears twice in the line; each field may appear once";
        }

        if (!JsonErrorText.TryGetExpectedKind(message, out var kind))
        {
            return message;
        }

        var expected = ValueKinds.InJson(kind, "an ISO 8601 date and time, such as 2025-03-01T20:00:00Z") ?? "another kind of value";
        if (JsonErrorText.FieldPath(path) is { } name)
        {
            return $"'{name}' must be {expected}";
        }

        // The line itself, at the root: a string, a number, a list or a literal where the event's object belongs. A path
        // the serializer did not write (there is none today) keeps the general words.
        return path == "$"
            ? "the line must be a JSON object of one event, such as {\"type\":\"viewers\",\"time\":\"2025-03-01T20:00:00Z\",\"count\":5}"
            : $"the value must be {expected}";
    }

    private static string Describe(JsonException ex)
    {
        // The serializer's own position suffix counts lines from 0 within the line; the reader already gives the line number.
        var message = ex.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message.Substring(0, cut);
        }

        message = SafeText.Clean(Plain(message.Replace("TikTokMonetization.Live.LiveEventLine", "a LIVE event line"), ex.Path));
        return ex.BytePositionInLine is { } position
            ? $"{message} (at {SafeText.Clean(ex.Path ?? "$", 100)}, character {position + 1})"
            : message;
    }
}
