using System.Text;

namespace TikTokMonetization.Live;

/// <summary>
/// The strings of one reader's recurring names (gift names, sender names), found by their UTF-8 bytes, so that a session
/// of a few thousand viewers costs a few thousand strings instead of two per line. Bounded: after
/// <see cref="MaxEntries"/> names, or for a name longer than <see cref="MaxKeyBytes"/>, a new string is made each time,
/// as without the cache.
/// </summary>
/// <remarks>Not thread-safe: one reader, one thread.</remarks>
internal sealed class Utf8NameCache
{
    /// <summary>The most names kept (a busy LIVE has a few thousand gifters; a hostile file has millions).</summary>
    public const int MaxEntries = 8_192;

    /// <summary>The longest name kept, in bytes.</summary>
    public const int MaxKeyBytes = 64;

    // Strict: a name that is not valid UTF-8 is not read here, so that the caller can leave the line to the slow path,
    // which sees it as the stream decoder did (with replacement characters).
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private byte[]?[] _keys = new byte[]?[256];
    private string[] _values = new string[256];
    private int _count;

    /// <summary>
    /// Returns the string of a JSON string's content <paramref name="utf8"/> (with backslash escapes when
    /// <paramref name="escaped"/>), or <see langword="null"/> when it is not valid UTF-8 or has an escape that
    /// <see cref="Unescape"/> leaves to the serializer.
    /// </summary>
    public string? Get(ReadOnlySpan<byte> utf8, bool escaped)
    {
        if (utf8.Length > MaxKeyBytes)
        {
            return Decode(utf8.ToArray(), escaped);
        }

        var mask = _keys.Length - 1;
        var slot = (int)Hash(utf8) & mask;
        while (_keys[slot] is { } key)
        {
            if (utf8.SequenceEqual(key))
            {
                return _values[slot];
            }

            slot = (slot + 1) & mask;
        }

        var bytes = utf8.ToArray();
        if (Decode(bytes, escaped) is not { } value)
        {
            return null;
        }

        if (_count < MaxEntries)
        {
            _keys[slot] = bytes;
            _values[slot] = value;
            if (++_count * 2 > _keys.Length)
            {
                Grow();
            }
        }

        return value;
    }

    private static string? Decode(byte[] bytes, bool escaped)
    {
        try
        {
            if (!escaped)
            {
                return Strict.GetString(bytes);
            }

            var plain = new byte[bytes.Length];
            var length = Unescape(bytes, plain);
            return length < 0 ? null : Strict.GetString(plain, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes the UTF-8 of a JSON string's content with its escapes resolved (never longer than the escaped form); returns
    /// its length, or -1 for an escape JSON does not have or a <c>\u</c> escape of a lone surrogate, which the reader
    /// leaves to the serializer to report.
    /// </summary>
    private static int Unescape(byte[] escaped, byte[] plain)
    {
        var n = 0;
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] != (byte)'\\')
            {
                plain[n++] = escaped[i];
                continue;
            }

            if (++i == escaped.Length)
            {
                return -1;
            }

            switch (escaped[i])
            {
                case (byte)'"' or (byte)'\\' or (byte)'/':
                    plain[n++] = escaped[i];
                    break;
                case (byte)'b':
                    plain[n++] = (byte)'\b';
                    break;
                case (byte)'f':
                    plain[n++] = (byte)'\f';
                    break;
                case (byte)'n':
                    plain[n++] = (byte)'\n';
                    break;
                case (byte)'r':
                    plain[n++] = (byte)'\r';
                    break;
                case (byte)'t':
                    plain[n++] = (byte)'\t';
                    break;
                case (byte)'u':
                    if (Hex(escaped, i + 1) is not { } unit)
                    {
                        return -1;
                    }

                    i += 4;
                    var codePoint = unit;
                    if (unit is >= 0xD800 and <= 0xDBFF)
                    {
                        // A pair is two escapes in a row; anything else leaves a lone surrogate.
                        if (i + 2 >= escaped.Length || escaped[i + 1] != (byte)'\\' || escaped[i + 2] != (byte)'u'
                            || Hex(escaped, i + 3) is not { } low || low is < 0xDC00 or > 0xDFFF)
                        {
                            return -1;
                        }

                        i += 6;
                        codePoint = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                    }
                    else if (unit is >= 0xDC00 and <= 0xDFFF)
                    {
                        return -1;
                    }

                    n += WriteUtf8(codePoint, plain, n);
                    break;
                default:
                    return -1;
            }
        }

        return n;
    }

    private static int? Hex(byte[] text, int start)
    {
        if (start + 4 > text.Length)
        {
            return null;
        }

        var value = 0;
        for (var k = start; k < start + 4; k++)
        {
            var b = text[k];
            var digit = b is >= (byte)'0' and <= (byte)'9' ? b - '0'
                : b is >= (byte)'a' and <= (byte)'f' ? b - 'a' + 10
                : b is >= (byte)'A' and <= (byte)'F' ? b - 'A' + 10
                : -1;
            if (digit < 0)
            {
                return null;
            }

            value = (value * 16) + digit;
        }

        return value;
    }

    private static int WriteUtf8(int codePoint, byte[] output, int at)
    {
        if (codePoint < 0x80)
        {
            output[at] = (byte)codePoint;
            return 1;
        }

        if (codePoint < 0x800)
        {
            output[at] = (byte)(0xC0 | (codePoint >> 6));
            output[at + 1] = (byte)(0x80 | (codePoint & 0x3F));
            return 2;
        }

        if (codePoint < 0x10000)
        {
            output[at] = (byte)(0xE0 | (codePoint >> 12));
            output[at + 1] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
            output[at + 2] = (byte)(0x80 | (codePoint & 0x3F));
            return 3;
        }

        output[at] = (byte)(0xF0 | (codePoint >> 18));
        output[at + 1] = (byte)(0x80 | ((codePoint >> 12) & 0x3F));
        output[at + 2] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
        output[at + 3] = (byte)(0x80 | (codePoint & 0x3F));
        return 4;
    }

    // FNV-1a: names are short, and the table only needs them spread, not secret (a collision costs a probe, and the
    // table stops growing at MaxEntries whatever the input).
    private static uint Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = 2_166_136_261u;
        foreach (var b in utf8)
        {
            hash = (hash ^ b) * 16_777_619u;
        }

        return hash ^ (hash >> 15);
    }

    private void Grow()
    {
        var keys = _keys;
        var values = _values;
        _keys = new byte[]?[keys.Length * 2];
        _values = new string[keys.Length * 2];
        var mask = _keys.Length - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } key)
            {
                var slot = (int)Hash(key) & mask;
                while (_keys[slot] is not null)
                {
                    slot = (slot + 1) & mask;
                }

                _keys[slot] = key;
                _values[slot] = values[i];
            }
        }
    }
}
