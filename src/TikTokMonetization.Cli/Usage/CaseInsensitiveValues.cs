using System.CommandLine;
using System.CommandLine.Parsing;

namespace TikTokMonetization.Cli;

/// <summary>
/// Options whose value is one of a few names, matched ignoring case as the rest of the tool matches names and codes
/// (<c>-f JSON</c>, <c>--sample Newcomer</c>, <c>--currency eur</c>): the value the command reads is the listed
/// spelling, and anything else is the parser's usual "not recognized" error, worded as System.CommandLine words it.
/// </summary>
internal static class CaseInsensitiveValues
{
    /// <summary>Accepts one of <paramref name="values"/>, in any case (for <c>Option&lt;string&gt;</c> and <c>Option&lt;string?&gt;</c>).</summary>
    public static void AcceptOnlyFromAmongIgnoringCase<T>(this Option<T> option, params string[] values)
        where T : class?
    {
        if (typeof(T) != typeof(string))
        {
            throw new ArgumentException("Only a string option takes one of a list of names.", nameof(option));
        }

        option.CustomParser = result => (T)(object)(Match(result, values) ?? string.Empty);
        option.CompletionSources.Add(values);
    }

    /// <summary>Accepts any number of <paramref name="values"/>, each in any case.</summary>
    public static void AcceptOnlyFromAmongIgnoringCase(this Option<string[]> option, params string[] values)
    {
        option.CustomParser = result =>
        {
            var matched = new List<string>();
            foreach (var token in result.Tokens)
            {
                if (Find(token.Value, values) is { } value)
                {
                    matched.Add(value);
                }
                else
                {
                    result.AddError(NotRecognized(token.Value, values));
                }
            }

            return [.. matched];
        };
        option.CompletionSources.Add(values);
    }

    private static string? Match(ArgumentResult result, string[] values)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        var token = result.Tokens[0].Value;
        if (Find(token, values) is { } value)
        {
            return value;
        }

        result.AddError(NotRecognized(token, values));
        return null;
    }

    private static string? Find(string token, string[] values) =>
        Array.Find(values, v => string.Equals(v, token, StringComparison.OrdinalIgnoreCase));

    private static string NotRecognized(string token, string[] values) =>
        $"Argument '{TerminalText.Clean(token)}' not recognized. Must be one of: {string.Join(", ", values.Select(v => $"'{v}'"))}";
}
