namespace TikTokMonetization.Internal;

/// <summary>ISO 3166-1 alpha-2 region codes: shape checks and comparison shared by snapshots and options.</summary>
internal static class RegionCodes
{
    public static bool IsValid(string? code) =>
        code is { Length: 2 } && IsAsciiLetter(code[0]) && IsAsciiLetter(code[1]);

    public static bool Equal(string? left, string? right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

    public static bool Contains(IReadOnlyList<string> list, string region)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (Equal(list[i], region))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
