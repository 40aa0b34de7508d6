using System.Globalization;
using System.Text;

namespace TikTokMonetization.Tests;

/// <summary>
/// Generates hostile variants of valid inputs, deterministically from a seed: truncation, binary noise, byte-order marks
/// and UTF-16, invalid UTF-8, lone surrogates, huge numbers and strings, deep nesting, duplicate keys, wrong types,
/// out-of-domain codes and control characters. The corpus tests and the fuzz properties share it.
/// </summary>
internal static class HostileInputs
{
    public static readonly string[] HugeNumbers =
    [
        "1e400", "-1e400", "79228162514264337593543950336", "79228162514264337593543950335", "-79228162514264337593543950335",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "2147483648", "1e28", "1E+308", "0.0000000000000000000000000000001",
        "1000000000001", "10000000001", "-1", "-0", "NaN", "Infinity", "0x10", "1_000", "01",
    ];

    public static readonly string[] HostileStrings =
    [
        "\\u001b[31mred\\u001b[0m", "\\u001b]0;title\\u0007", "\\u202Eevil", "\\u009b2J", "\\u0000", "\\ud800", "\\udc00x", "line\\nbreak",
        "UK", "EL", "ZZ", "XK", "us ", "XXX", "NGN", "Personal, Business", "1", "3/1/2025", "", " ", "\\u007f",
    ];

    /// <summary>Every hostile variant of <paramref name="valid"/> for one seed: the kind cycles so each seed range covers all kinds.</summary>
    public static byte[] Mutate(string valid, int seed)
    {
        var random = new Random(seed);
        return (seed % 16) switch
        {
            0 => Utf8(valid[..random.Next(valid.Length)]),
            1 => RandomBytes(random),
            2 => [0xEF, 0xBB, 0xBF, .. Utf8(valid)],
            3 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(valid)],
            4 => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(valid)],
            5 => InsertBytes(Utf8(valid), random, [0xC3, 0x28, 0xFF, 0xC0, 0x80, 0xED, 0xA0, 0x80]),
            6 => Utf8(ReplaceValue(valid, random, HugeNumbers[random.Next(HugeNumbers.Length)], quoted: false)),
            7 => Utf8(ReplaceValue(valid, random, "\"" + HostileStrings[random.Next(HostileStrings.Length)] + "\"", quoted: false)),
            8 => Utf8(ReplaceValue(valid, random, "\"" + new string('x', random.Next(2) == 0 ? 300 : 1_100_000) + "\"", quoted: false)),
            9 => Utf8(ReplaceValue(valid, random, new string('[', 5_000) + new string(']', 5_000), quoted: false)),
            10 => Utf8(DuplicateKey(valid, random)),
            11 => Utf8(ReplaceValue(valid, random, random.Next(4) switch { 0 => "null", 1 => "[]", 2 => "{}", _ => "true" }, quoted: false)),
            12 => Utf8(ReplaceValue(valid, random, "\"" + HugeNumbers[random.Next(HugeNumbers.Length)] + "\"", quoted: false)),
            13 => Utf8(InsertText(valid, random, random.Next(3) switch { 0 => "\u001b[2J", 1 => "\u0000", _ => "\ud800" })),
            14 => Utf8(ReplaceKey(valid, random)),
            _ => Utf8(valid.Replace("\"", random.Next(2) == 0 ? "'" : "\"\"", StringComparison.Ordinal)),
        };
    }

    public static byte[] Utf8(string text) => new UTF8Encoding(false, false).GetBytes(text);

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(1, 512)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] InsertBytes(byte[] bytes, Random random, byte[] noise)
    {
        var at = random.Next(bytes.Length);
        var length = random.Next(1, noise.Length + 1);
        return [.. bytes[..at], .. noise[..length], .. bytes[at..]];
    }

    private static string InsertText(string text, Random random, string noise)
    {
        var at = random.Next(text.Length);
        return text[..at] + noise + text[at..];
    }

    /// <summary>Replaces the value after a randomly chosen key (a <c>"key":</c> occurrence) with <paramref name="replacement"/>.</summary>
    private static string ReplaceValue(string json, Random random, string replacement, bool quoted)
    {
        _ = quoted;
        var colons = Positions(json, "\":");
        if (colons.Count == 0)
        {
            return json;
        }

        var start = colons[random.Next(colons.Count)] + 2;
        while (start < json.Length && json[start] == ' ')
        {
            start++;
        }

        var end = ValueEnd(json, start);
        return json[..start] + replacement + json[end..];
    }

    private static string DuplicateKey(string json, Random random)
    {
        var colons = Positions(json, "\":");
        if (colons.Count == 0)
        {
            return json;
        }

        var colon = colons[random.Next(colons.Count)];

        // A text already mutated may start with the closing quote of a key ("\":" at 0): no key to copy then.
        var keyStart = colon > 0 ? json.LastIndexOf('"', colon - 1) : -1;
        if (keyStart < 0)
        {
            return json;
        }

        var valueStart = colon + 2;
        var valueEnd = ValueEnd(json, valueStart);
        var pair = json[keyStart..valueEnd];
        return json[..valueEnd] + ", " + pair + json[valueEnd..];
    }

    private static string ReplaceKey(string json, Random random)
    {
        var colons = Positions(json, "\":");
        if (colons.Count == 0)
        {
            return json;
        }

        var colon = colons[random.Next(colons.Count)];
        var keyStart = json.LastIndexOf('"', colon - 1);
        var key = random.Next(3) switch { 0 => "\u001b[1mkey", 1 => "Region", _ => new string('k', 500) };
        return json[..(keyStart + 1)] + key + json[colon..];
    }

    private static List<int> Positions(string text, string token)
    {
        var positions = new List<int>();
        for (var i = text.IndexOf(token, StringComparison.Ordinal); i >= 0; i = text.IndexOf(token, i + 1, StringComparison.Ordinal))
        {
            positions.Add(i);
        }

        return positions;
    }

    /// <summary>The end of the JSON value starting at <paramref name="start"/> (a scalar, string, object or array).</summary>
    private static int ValueEnd(string json, int start)
    {
        var depth = 0;
        var inString = false;
        for (var i = start; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                    if (depth == 0)
                    {
                        return i + 1;
                    }
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    if (depth == 0)
                    {
                        return i;
                    }

                    depth--;
                    if (depth == 0)
                    {
                        return i + 1;
                    }

                    break;
                case ',' or '\n' when depth == 0:
                    return i;
            }
        }

        return json.Length;
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
