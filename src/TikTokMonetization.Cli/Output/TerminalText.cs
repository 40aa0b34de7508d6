using System.Globalization;
using System.Text;

namespace TikTokMonetization.Cli;

/// <summary>
/// Keeps untrusted text (sender and gift names chosen by viewers, file contents echoed in errors, arguments) from
/// reaching a terminal raw: C0 controls other than tab and line breaks, DEL, C1 controls and bidirectional overrides
/// are written as <c>\uXXXX</c>, so no input can move the cursor, recolour, retitle or reorder what the user reads.
/// </summary>
internal static class TerminalText
{
    /// <summary>Returns whether <paramref name="c"/> must not reach a terminal raw (tab, line feed and carriage return may).</summary>
    public static bool IsUnsafe(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r')) || (c >= '\u007F' && c <= '\u009F')
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c is '\u200E' or '\u200F' or '\u061C';

    /// <summary>Escapes the unsafe characters of <paramref name="text"/>; returns it unchanged when it has none.</summary>
    public static string Clean(string text)
    {
        var first = 0;
        while (first < text.Length && !IsUnsafe(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            Append(builder, text[i]);
        }

        return builder.ToString();
    }

    /// <summary>Quotes a value for a message: escaped, line breaks included, and cut at 64 characters.</summary>
    public static string Quote(string text)
    {
        var cut = text.Length > 64 ? text[..64] : text;
        var builder = new StringBuilder(cut.Length + 8).Append('\'');
        foreach (var c in cut)
        {
            if (c is '\n' or '\r' or '\t')
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                Append(builder, c);
            }
        }

        builder.Append('\'');
        return text.Length > 64 ? builder.Append("… (").Append(text.Length.ToString("N0", CultureInfo.InvariantCulture)).Append(" characters)").ToString() : builder.ToString();
    }

    /// <summary>
    /// Wraps prose at spaces so that no line is longer than <paramref name="width"/> (a word longer than the width stays
    /// whole on its own line); lines after the first start with <paramref name="indent"/>.
    /// </summary>
    public static IEnumerable<string> Wrap(string text, int width, string indent = "")
    {
        var line = new StringBuilder(width);
        var empty = true; // nothing on the line yet but its indent
        foreach (var word in text.Split(' '))
        {
            if (!empty && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear().Append(indent);
                empty = true;
            }

            if (!empty)
            {
                line.Append(' ');
            }

            line.Append(word);
            empty = false;
        }

        if (!empty)
        {
            yield return line.ToString();
        }
    }

    /// <summary>Cuts a message that echoes a long argument, saying how long it was, so that an error stays one readable line.</summary>
    public static string Shorten(string message, int max = 400) =>
        message.Length <= max ? message : message[..max] + "… (" + message.Length.ToString("N0", CultureInfo.InvariantCulture) + " characters)";

    internal static void Append(StringBuilder builder, char c)
    {
        if (IsUnsafe(c))
        {
            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        else
        {
            builder.Append(c);
        }
    }
}

/// <summary>A writer that escapes what <see cref="TerminalText"/> calls unsafe in everything written through it.</summary>
/// <remarks>The tool wraps its output and error writers in one; Spectre.Console's own colour codes go to <see cref="Inner"/> on a real terminal.</remarks>
internal sealed class TerminalSafeWriter : TextWriter
{
    public TerminalSafeWriter(TextWriter inner, bool isTerminal)
        : base(CultureInfo.InvariantCulture)
    {
        Inner = inner;
        IsTerminal = isTerminal;
    }

    /// <summary>Gets the writer this one protects.</summary>
    public TextWriter Inner { get; }

    /// <summary>Gets a value indicating whether <see cref="Inner"/> is an interactive terminal.</summary>
    public bool IsTerminal { get; }

    public override Encoding Encoding => Inner.Encoding;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => Inner.NewLine;
        set => Inner.NewLine = value;
    }

    public override void Write(char value)
    {
        if (TerminalText.IsUnsafe(value))
        {
            Inner.Write(TerminalText.Clean(value.ToString()));
        }
        else
        {
            Inner.Write(value);
        }
    }

    public override void Write(string? value)
    {
        if (value is not null)
        {
            Inner.Write(TerminalText.Clean(value));
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Write(new string(buffer));

    public override void WriteLine(string? value)
    {
        Write(value);
        Inner.WriteLine();
    }

    public override void WriteLine() => Inner.WriteLine();

    public override void Flush() => Inner.Flush();
}
