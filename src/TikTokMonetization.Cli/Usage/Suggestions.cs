namespace TikTokMonetization.Cli;

/// <summary>Finds what a mistyped name was probably meant to be: used for commands, options, settings keys and JSON fields.</summary>
internal static class Suggestions
{
    /// <summary>Returns the candidates closest to <paramref name="typed"/>, best first; empty when none is close enough to be a likely typo.</summary>
    public static IReadOnlyList<string> Closest(string typed, IEnumerable<string> candidates)
    {
        var scored = candidates
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(c => (Name: c, Distance: Distance(typed, c)))
            .Where(c => IsLikelyTypo(typed, c.Name, c.Distance))
            .ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored.Min(c => c.Distance);
        return scored.Where(c => c.Distance == best).Select(c => c.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
    }

    /// <summary>Formats suggestions as <c>Did you mean 'a' or 'b'?</c>, or returns <see langword="null"/> when there are none.</summary>
    public static string? DidYouMean(IReadOnlyList<string> suggestions) => suggestions.Count switch
    {
        0 => null,
        1 => $"Did you mean '{suggestions[0]}'?",
        _ => $"Did you mean {string.Join(", ", suggestions.Take(suggestions.Count - 1).Select(s => "'" + s + "'"))} or '{suggestions[^1]}'?",
    };

    // A typo is a few edits away (about one per four characters), or one name starts with the other ("--curr", "--config-file").
    private static bool IsLikelyTypo(string typed, string candidate, int distance)
    {
        var (a, b) = (typed.TrimStart('-'), candidate.TrimStart('-'));
        if (Math.Min(a.Length, b.Length) >= 3 && (a.StartsWith(b, StringComparison.OrdinalIgnoreCase) || b.StartsWith(a, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return distance <= 1 + (candidate.Length / 4) && distance < candidate.Length;
    }

    // Optimal string alignment distance, case-insensitive: insertions, deletions, substitutions and adjacent swaps each cost 1.
    private static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
