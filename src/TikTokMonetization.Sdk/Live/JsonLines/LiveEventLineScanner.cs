using System.Text;
using TikTokMonetization.Internal;

namespace TikTokMonetization.Live;

/// <summary>
/// The fast path of <see cref="LiveEventJsonLinesReader"/>: reads a line in the plain shape that writers produce straight
/// from its UTF-8 bytes, without a string, a serializer or a new object per line. The plain shape is one flat object of the
/// format's fields, each at most once; strings without escapes or control characters; whole numbers (or strings of
/// digits for the numeric fields) without a fraction, an exponent or leading zeros; <c>true</c>/<c>false</c> or 0/1 for
/// <c>repeatEnd</c>; a time in Unix milliseconds or ISO 8601 in UTC (<c>Z</c> or no offset); spaces and tabs between
/// tokens. Such a line goes through the same checks as <see cref="LiveEventJson.TryParse"/> (the very same code).
/// </summary>
/// <remarks>
/// <see cref="TryRead(ReadOnlySpan{byte}, out LiveEvent)"/> answers <see langword="false"/> for anything else, valid or
/// not (<c>null</c> values, escapes, an offset, a duplicate field, an unknown field, a value out of range, text that is not
/// valid UTF-8): the reader then hands the line to <see cref="LiveEventJson.TryParse"/>, which reads it through the
/// serializer and words every error exactly as before. So this path may only ever accept a line that the serializer reads
/// to the same event; <c>LiveEventLineScannerTests</c> checks that law. Not thread-safe: one reader, one thread.
/// </remarks>
internal sealed class LiveEventLineScanner
{
    // Strict, so that a lone surrogate leaves the line to the slow path (which reports it) instead of becoming U+FFFD.
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly LiveEventLine _fields = new();
    private readonly Utf8NameCache _names = new();
    private byte[] _bytes = new byte[512];

    private enum Field
    {
        Type,
        Time,
        GiftId,
        GiftName,
        GiftType,
        Coins,
        SenderId,
        SenderName,
        GroupId,
        RepeatCount,
        RepeatEnd,
        ReceiverId,
        Count,
        Total,
        Months,
    }

    /// <summary>Reads a line given as UTF-16 (from a <see cref="TextReader"/>): encodes it to UTF-8 and reads that.</summary>
    public bool TryRead(char[] chars, int offset, int count, out LiveEvent liveEvent)
    {
        liveEvent = default;
        if (count * 3 > _bytes.Length)
        {
            _bytes = new byte[Math.Max(count * 3, _bytes.Length * 2)];
        }

        int length;
        try
        {
            length = Strict.GetBytes(chars, offset, count, _bytes, 0);
        }
        catch (EncoderFallbackException)
        {
            return false;
        }

        return TryRead(_bytes.AsSpan(0, length), out liveEvent);
    }

    /// <summary>Reads a line in the plain shape; <see langword="false"/> leaves it to <see cref="LiveEventJson.TryParse"/>.</summary>
    public bool TryRead(ReadOnlySpan<byte> line, out LiveEvent liveEvent)
    {
        liveEvent = default;
        var fields = _fields;
        Clear(fields);
        var i = SkipSpace(line, 0);
        if (i >= line.Length || line[i] != (byte)'{')
        {
            return false;
        }

        var seen = 0;
        i = SkipSpace(line, i + 1);
        while (true)
        {
            if (i >= line.Length || line[i] != (byte)'"')
            {
                return false;
            }

            var nameEnd = EndOfString(line, i + 1, out var escapedName);
            if (nameEnd < 0 || escapedName || FieldOf(line.Slice(i + 1, nameEnd - i - 1)) is not { } field || (seen & (1 << (int)field)) != 0)
            {
                return false;
            }

            seen |= 1 << (int)field;
            i = SkipSpace(line, nameEnd + 1);
            if (i >= line.Length || line[i] != (byte)':')
            {
                return false;
            }

            i = SkipSpace(line, i + 1);
            if (i >= line.Length || !ReadValue(field, line, ref i, fields))
            {
                return false;
            }

            i = SkipSpace(line, i);
            if (i >= line.Length)
            {
                return false;
            }

            if (line[i] == (byte)'}')
            {
                break;
            }

            if (line[i] != (byte)',')
            {
                return false;
            }

            i = SkipSpace(line, i + 1);
        }

        return SkipSpace(line, i + 1) == line.Length && LiveEventJson.ToEvent(fields, out liveEvent) is null;
    }

    private static void Clear(LiveEventLine fields)
    {
        fields.Type = null;
        fields.Time = null;
        fields.GiftId = null;
        fields.GiftName = null;
        fields.GiftType = null;
        fields.Coins = null;
        fields.SenderId = null;
        fields.SenderName = null;
        fields.GroupId = null;
        fields.RepeatCount = null;
        fields.RepeatEnd = null;
        fields.ReceiverId = null;
        fields.Count = null;
        fields.Total = null;
        fields.Months = null;
    }

    private bool ReadValue(Field field, ReadOnlySpan<byte> line, ref int i, LiveEventLine fields)
    {
        switch (field)
        {
            case Field.Type:
                return ReadString(line, ref i, out var type, out var escapedType) && !escapedType && (fields.Type = TypeOf(type)) is not null;
            case Field.Time:
                return ReadTime(line, ref i, out var time) && (fields.Time = time) is not null;
            case Field.GiftName:
                return ReadString(line, ref i, out var giftName, out var escapedGift) && (fields.GiftName = _names.Get(giftName, escapedGift)) is not null;
            case Field.SenderName:
                return ReadString(line, ref i, out var senderName, out var escapedSender) && (fields.SenderName = _names.Get(senderName, escapedSender)) is not null;
            case Field.RepeatEnd:
                return ReadFlag(line, ref i, fields);
            default:
                // Every other field is a whole number: ids as long, counts and prices as the type the serializer reads.
                if (!ReadWhole(line, ref i, out var value))
                {
                    return false;
                }

                return field switch
                {
                    Field.GiftId => (fields.GiftId = value) is not null,
                    Field.SenderId => (fields.SenderId = value) is not null,
                    Field.GroupId => (fields.GroupId = value) is not null,
                    Field.ReceiverId => (fields.ReceiverId = value) is not null,
                    Field.Count => (fields.Count = value) is not null,
                    Field.Total => (fields.Total = value) is not null,
                    _ => value is >= int.MinValue and <= int.MaxValue && SetInt(field, (int)value, fields),
                };
        }
    }

    private static bool SetInt(Field field, int value, LiveEventLine fields)
    {
        switch (field)
        {
            case Field.GiftType:
                fields.GiftType = value;
                return true;
            case Field.Coins:
                fields.Coins = value;
                return true;
            case Field.RepeatCount:
                fields.RepeatCount = value;
                return true;
            default:
                fields.Months = value;
                return true;
        }
    }

    /// <summary><c>true</c>, <c>false</c>, 0 or 1, as <see cref="FlexibleBooleanConverter"/> reads them.</summary>
    private static bool ReadFlag(ReadOnlySpan<byte> line, ref int i, LiveEventLine fields)
    {
        if (Literal(line, ref i, "true"u8))
        {
            fields.RepeatEnd = true;
            return true;
        }

        if (Literal(line, ref i, "false"u8))
        {
            fields.RepeatEnd = false;
            return true;
        }

        if (line[i] != (byte)'"' && ReadWhole(line, ref i, out var n) && n is 0 or 1)
        {
            fields.RepeatEnd = n == 1;
            return true;
        }

        return false;
    }

    private static bool Literal(ReadOnlySpan<byte> line, ref int i, ReadOnlySpan<byte> literal)
    {
        if (line.Slice(i).StartsWith(literal) && EndsToken(line, i + literal.Length))
        {
            i += literal.Length;
            return true;
        }

        return false;
    }

    /// <summary>Unix milliseconds, or ISO 8601 text in UTC, within the range <see cref="StrictTimestampConverter"/> allows.</summary>
    private static bool ReadTime(ReadOnlySpan<byte> line, ref int i, out DateTimeOffset time)
    {
        time = default;
        if (line[i] != (byte)'"')
        {
            if (!ReadWhole(line, ref i, out var milliseconds) || milliseconds < StrictTimestampConverter.MinMilliseconds || milliseconds >= StrictTimestampConverter.MaxMilliseconds)
            {
                return false;
            }

            time = DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
            return true;
        }

        return ReadString(line, ref i, out var text, out var escaped) && !escaped && TryParseUtc(text, out time);
    }

    /// <summary>
    /// <c>yyyy-MM-ddTHH:mm[:ss[.f to fffffff]][Z]</c>, years 2016 to 2099: the part of <see cref="StrictTimestampConverter"/>'s
    /// shape without an offset, read to the same instant as <see cref="DateTimeOffset.TryParse(string, IFormatProvider, System.Globalization.DateTimeStyles, out DateTimeOffset)"/>
    /// reads it (UTC assumed). Anything else (an offset, a leap second, a day the month does not have) is left to it.
    /// </summary>
    private static bool TryParseUtc(ReadOnlySpan<byte> text, out DateTimeOffset time)
    {
        time = default;
        if (text.Length < 16 || text[4] != (byte)'-' || text[7] != (byte)'-' || text[10] != (byte)'T' || text[13] != (byte)':'
            || !Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day)
            || !Digits(text, 11, 2, out var hour) || !Digits(text, 14, 2, out var minute))
        {
            return false;
        }

        var p = 16;
        var second = 0;
        long fraction = 0;
        if (p < text.Length && text[p] == (byte)':')
        {
            if (!Digits(text, p + 1, 2, out second))
            {
                return false;
            }

            p += 3;
            if (p < text.Length && text[p] == (byte)'.')
            {
                var start = ++p;
                while (p < text.Length && (uint)(text[p] - '0') <= 9)
                {
                    fraction = (fraction * 10) + (text[p] - '0');
                    p++;
                }

                if (p - start is < 1 or > 7)
                {
                    return false;
                }

                for (var scale = p - start; scale < 7; scale++)
                {
                    fraction *= 10;
                }
            }
        }

        if (!(p == text.Length || (p == text.Length - 1 && text[p] == (byte)'Z'))
            || year is < 2016 or > 2099 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        time = new DateTimeOffset(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).Ticks + fraction, TimeSpan.Zero);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> text, int start, int count, out int value)
    {
        value = 0;
        if (start + count > text.Length)
        {
            return false;
        }

        for (var k = start; k < start + count; k++)
        {
            var digit = (uint)(text[k] - '0');
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
        }

        return true;
    }

    /// <summary>
    /// A whole number as a JSON number (<c>-?(0|[1-9][0-9]*)</c>, nothing after it but a delimiter) or as a string of the
    /// same digits, within <see cref="long"/>: the numbers the serializer reads to the same value, without the forms it
    /// reads differently or refuses (fractions, exponents, leading zeros or a plus sign in a string).
    /// </summary>
    private static bool ReadWhole(ReadOnlySpan<byte> line, ref int i, out long value)
    {
        value = 0;
        var quoted = line[i] == (byte)'"';
        var p = quoted ? i + 1 : i;
        var negative = p < line.Length && line[p] == (byte)'-';
        if (negative)
        {
            p++;
        }

        var start = p;
        ulong magnitude = 0;
        while (p < line.Length && (uint)(line[p] - '0') <= 9)
        {
            magnitude = (magnitude * 10) + (uint)(line[p] - '0');
            p++;
            if (p - start > 19)
            {
                return false;
            }
        }

        var digits = p - start;
        if (digits == 0 || (digits > 1 && line[start] == (byte)'0')
            || magnitude > (negative ? 9_223_372_036_854_775_808UL : long.MaxValue))
        {
            return false;
        }

        if (quoted)
        {
            if (p >= line.Length || line[p] != (byte)'"')
            {
                return false;
            }

            p++;
        }
        else if (!EndsToken(line, p))
        {
            return false;
        }

        value = negative ? (long)(0UL - magnitude) : (long)magnitude;
        i = p;
        return true;
    }

    /// <summary>Whether a number or literal ends at <paramref name="p"/>: the line goes on with a delimiter.</summary>
    private static bool EndsToken(ReadOnlySpan<byte> line, int p) =>
        p < line.Length && line[p] is (byte)',' or (byte)'}' or (byte)' ' or (byte)'\t';

    private static bool ReadString(ReadOnlySpan<byte> line, ref int i, out ReadOnlySpan<byte> value, out bool escaped)
    {
        value = default;
        escaped = false;
        if (line[i] != (byte)'"')
        {
            return false;
        }

        var end = EndOfString(line, i + 1, out escaped);
        if (end < 0)
        {
            return false;
        }

        value = line.Slice(i + 1, end - i - 1);
        i = end + 1;
        return true;
    }

    /// <summary>
    /// The index of the closing quote of a string without control characters, or -1; <paramref name="escaped"/> says
    /// whether it has backslash escapes (checked when the string is decoded: only names may have them here).
    /// </summary>
    private static int EndOfString(ReadOnlySpan<byte> line, int start, out bool escaped)
    {
        escaped = false;
        for (var p = start; p < line.Length; p++)
        {
            var b = line[p];
            if (b == (byte)'"')
            {
                return p;
            }

            if (b < 0x20)
            {
                return -1;
            }

            if (b == (byte)'\\')
            {
                escaped = true;
                p++;
            }
        }

        return -1;
    }

    private static int SkipSpace(ReadOnlySpan<byte> line, int i)
    {
        while (i < line.Length && line[i] is (byte)' ' or (byte)'\t')
        {
            i++;
        }

        return i;
    }

    private static string? TypeOf(ReadOnlySpan<byte> type) =>
        type.SequenceEqual("gift"u8) ? "gift"
        : type.SequenceEqual("like"u8) ? "like"
        : type.SequenceEqual("viewers"u8) ? "viewers"
        : type.SequenceEqual("follow"u8) ? "follow"
        : type.SequenceEqual("share"u8) ? "share"
        : type.SequenceEqual("subscription"u8) ? "subscription"
        : null;

    private static Field? FieldOf(ReadOnlySpan<byte> name) => name.Length switch
    {
        4 => name.SequenceEqual("type"u8) ? Field.Type : name.SequenceEqual("time"u8) ? Field.Time : null,
        5 => name.SequenceEqual("coins"u8) ? Field.Coins : name.SequenceEqual("count"u8) ? Field.Count : name.SequenceEqual("total"u8) ? Field.Total : null,
        6 => name.SequenceEqual("giftId"u8) ? Field.GiftId : name.SequenceEqual("months"u8) ? Field.Months : null,
        7 => name.SequenceEqual("groupId"u8) ? Field.GroupId : null,
        8 => name.SequenceEqual("giftName"u8) ? Field.GiftName : name.SequenceEqual("giftType"u8) ? Field.GiftType : name.SequenceEqual("senderId"u8) ? Field.SenderId : null,
        9 => name.SequenceEqual("repeatEnd"u8) ? Field.RepeatEnd : null,
        10 => name.SequenceEqual("senderName"u8) ? Field.SenderName : name.SequenceEqual("receiverId"u8) ? Field.ReceiverId : null,
        11 => name.SequenceEqual("repeatCount"u8) ? Field.RepeatCount : null,
        _ => null,
    };
}
