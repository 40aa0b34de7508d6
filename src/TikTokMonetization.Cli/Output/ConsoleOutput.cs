using System.Globalization;
using Spectre.Console;

namespace TikTokMonetization.Cli;

/// <summary>
/// Creates the Spectre.Console console a command writes its tables to. On a terminal it detects colour and width. Anywhere
/// else (a file, a pipe, a test's <see cref="StringWriter"/>) the output is plain text at a fixed width, without ANSI codes
/// or colour and without trailing spaces, so it is the same on every machine.
/// </summary>
internal static class ConsoleOutput
{
    /// <summary>The width of output that does not go to a terminal.</summary>
    public const int FixedWidth = 120;

    /// <summary>Returns whether the writer is the process's standard output and that is an interactive terminal.</summary>
    public static bool IsTerminal(TextWriter output) =>
        output is TerminalSafeWriter safe ? safe.IsTerminal : ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>Renders through a console that writes to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, Action<IAnsiConsole> render)
    {
        if (IsTerminal(output))
        {
            // Spectre's own colour codes must reach the terminal; the text it renders is the SDK's, checked on the way in.
            render(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output is TerminalSafeWriter safe ? safe.Inner : output) }));
            return;
        }

        using var buffer = new StringWriter(CultureInfo.InvariantCulture);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(buffer),
        });
        console.Profile.Width = FixedWidth;
        console.Profile.Capabilities.Unicode = SupportsUnicode(output);
        render(console);

        var text = buffer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            output.WriteLine(line.TrimEnd());
        }
    }

    // Box-drawing characters only where the encoding can carry them (UTF-8, UTF-16, UTF-32); ASCII borders elsewhere.
    internal static bool SupportsUnicode(TextWriter output) => output.Encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001;
}
