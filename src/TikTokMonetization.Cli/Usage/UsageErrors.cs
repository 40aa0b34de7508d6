using System.CommandLine;
using System.CommandLine.Parsing;
using TikTokMonetization.Internal;

namespace TikTokMonetization.Cli;

/// <summary>
/// Reports a command line that does not parse: each problem on standard error, a "Did you mean" for a mistyped command or
/// option, and where to find help; exit code 2. System.CommandLine's own error action prints its typo corrections and the
/// whole help text to standard output, and offers option names for the value of a mistyped option; this keeps standard
/// output clean for scripts and suggests only for the token that was mistyped.
/// </summary>
internal static class UsageErrors
{
    public static int Write(ParseResult parsed, IReadOnlyList<string> args, TextWriter error)
    {
        var command = parsed.CommandResult.Command;
        var path = CommandPath(parsed.CommandResult);
        var unmatched = new HashSet<string>(parsed.UnmatchedTokens, StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (!unmatched.Contains(token) || !reported.Add(token))
            {
                continue;
            }

            // The value after an unknown option belongs to it: one problem, not two.
            if (i > 0 && !token.StartsWith('-') && unmatched.Contains(args[i - 1]) && args[i - 1].StartsWith('-'))
            {
                continue;
            }

            // After an unknown command, the rest of the line was meant for it: one problem, not several.
            if (WriteUnmatched(token, command, path, error))
            {
                break;
            }
        }

        foreach (var parseError in parsed.Errors)
        {
            var aboutUnmatched = unmatched.Any(t => parseError.Message.Contains($"'{t}'", StringComparison.Ordinal));
            // "Required command was not provided" says less than the unknown command already reported.
            var missingCommandAfterUnknownWord = unmatched.Count > 0 && command.Action is null && parseError.SymbolResult is CommandResult;
            if (aboutUnmatched || missingCommandAfterUnknownWord)
            {
                continue;
            }

            error.WriteLine("error: " + TerminalText.Shorten(Describe(parseError)));
        }

        error.WriteLine($"Run '{path} --help' for the options and examples.");
        return ExitCodes.UsageError;
    }

    /// <summary>Returns the command as typed from the tool's name, for example <c>tiktok-monetization estimate</c>.</summary>
    public static string CommandPath(CommandResult result)
    {
        var names = new Stack<string>();
        for (SymbolResult? r = result; r is CommandResult c; r = c.Parent)
        {
            names.Push(c.Command.Name);
        }

        return string.Join(' ', names);
    }

    // Returns whether the token was taken for a mistyped command.
    private static bool WriteUnmatched(string token, Command command, string path, TextWriter error)
    {
        string message;
        IReadOnlyList<string> suggestions;
        if (token.StartsWith('-'))
        {
            var name = token.Split('=', ':')[0];
            message = $"unknown option '{name}' for '{path}'.";
            suggestions = Suggestions.Closest(name, OptionNames(command));
        }
        else if (command.Subcommands.Count > 0)
        {
            message = $"unknown command '{token}' for '{path}'.";
            suggestions = Suggestions.Closest(token, command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
        }
        else
        {
            message = $"unexpected argument '{token}' for '{path}'.";
            suggestions = [];
        }

        error.WriteLine("error: " + TerminalText.Shorten(message));
        if (Suggestions.DidYouMean(suggestions) is { } didYouMean)
        {
            error.WriteLine("       " + didYouMean);
        }

        return !token.StartsWith('-') && command.Subcommands.Count > 0;
    }

    private static IEnumerable<string> OptionNames(Command command)
    {
        var options = command.Options.AsEnumerable();
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            options = options.Concat(parent.Options.Where(o => o.Recursive));
        }

        return options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name));
    }

    // One line per problem, naming the option when the parser's message does not: "--format: Argument 'xml' not recognized. Must be one of: 'table', 'json'".
    /// <summary>System.CommandLine's conversion error, which names a .NET type (<c>System.Nullable`1[System.Int32]</c>).</summary>
    private static readonly System.Text.RegularExpressions.Regex CannotParse = new(
        @"^Cannot parse argument '(?<value>.*)' for (option|command) '(?<name>[^']*)' as expected type '(?<type>[^']*)'\.?$",
        System.Text.RegularExpressions.RegexOptions.Singleline | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>What a value of a .NET type is, in a user's words, with an example of the command line's form.</summary>
    internal static string Expected(string type) => ValueKinds.FromTypeName(type) switch
    {
        ValueKind.WholeNumber => "a whole number, such as 12",
        ValueKind.Number => "a number, such as 2000 or 12.5",
        ValueKind.TrueOrFalse => "true or false",
        _ => "a value of the form the option's help shows",
    };

    private static string Describe(ParseError parseError)
    {
        if (CannotParse.Match(parseError.Message.Trim()) is { Success: true } conversion)
        {
            return $"{conversion.Groups["name"].Value} is {TerminalText.Quote(conversion.Groups["value"].Value)}; it must be {Expected(conversion.Groups["type"].Value)}.";
        }

        var lines = parseError.Message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var message = lines.Length <= 1 ? parseError.Message.Trim() : $"{lines[0]} {string.Join(", ", lines.Skip(1))}";
        var option = parseError.SymbolResult switch
        {
            OptionResult o => o.Option,
            ArgumentResult { Parent: OptionResult o } => o.Option,
            _ => null,
        };
        return option is null || message.Contains(option.Name, StringComparison.Ordinal) ? message : $"{option.Name}: {message}";
    }
}
