using System.Globalization;
using System.Text;

namespace TikTokMonetization.Internal;

/// <summary>
/// Text from untrusted input, made safe to echo in an error message: control characters (C0, DEL, C1), bidirectional
/// overrides and lone surrogates are written as <c>\uXXXX</c>, and long text is cut, so that no message can carry a
/// terminal escape sequence or megabytes of input.
/// </summary>
internal static class SafeText
{
    /// <summary>Returns whether <paramref name="c"/> must not reach a terminal raw.</summary>
    public static bool IsUnsafe(char c) =>
        c < ' ' || (c >= '\u007F' && c <= '\u009F')
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C';

    /// <summary>Returns the index of the first unsafe character or lone surrogate, or -1 when the text is printable.</summary>
    public static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c))
            {
                return i;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Returns the index of the first lone UTF-16 surrogate, which no UTF-8 encoder accepts, or <see langword="null"/>.</summary>
    public static int? LoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Quotes the text for a message: unsafe characters escaped, cut at <paramref name="max"/> characters with the full length said.</summary>
    public static string Quote(string? text, int max = InputLimits.EchoLength) =>
        text is null ? "null" : Escape(text, max, quote: true);

    /// <summary>Escapes a whole message that may hold echoed input (a serializer's message names the property it met).</summary>
    public static string Clean(string text, int max = 400) => Escape(text, max, quote: false);

    private static string Escape(string text, int max, bool quote)
    {
        if (FirstUnsafe(text) < 0 && text.Length <= max)
        {
            return quote ? "'" + text + "'" : text;
        }

        var builder = new StringBuilder(Math.Min(text.Length, max) + 16);
        if (quote)
        {
            builder.Append('\'');
        }

        var cut = Math.Min(text.Length, max);
        for (var i = 0; i < cut; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (IsUnsafe(c) || (char.IsSurrogate(c) && !pair))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else if (pair)
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(c);
            }
        }

        if (quote)
        {
            builder.Append('\'');
        }

        if (text.Length > cut)
        {
            builder.Append("… (").Append(text.Length.ToString("N0", CultureInfo.InvariantCulture)).Append(" characters)");
        }

        return builder.ToString();
    }
}
