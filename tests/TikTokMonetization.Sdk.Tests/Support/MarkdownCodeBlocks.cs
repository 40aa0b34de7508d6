using System.Text;
using System.Text.RegularExpressions;

namespace TikTokMonetization.Tests;

/// <summary>
/// One fenced code block of a Markdown page: the language and flags of its info string (<c>```csharp fragment</c>
/// has language <c>csharp</c> and flag <c>fragment</c>), the line of its first content line, and its text.
/// </summary>
/// <param name="Page">The page, relative to the repository root with forward slashes.</param>
/// <param name="Line">The 1-based line of the block's first content line in the page.</param>
/// <param name="Language">The first word of the info string, in lower case; empty when there is none.</param>
/// <param name="Flags">The other words of the info string.</param>
/// <param name="Text">The content, one <c>\n</c> after every line, with the fence's indentation removed.</param>
internal sealed record FencedCodeBlock(string Page, int Line, string Language, IReadOnlyList<string> Flags, string Text)
{
    public bool Has(string flag) => Flags.Contains(flag, StringComparer.OrdinalIgnoreCase);

    public override string ToString() => $"{Page}:{Line} ({Language})";
}

/// <summary>Reads the fenced code blocks of Markdown pages (CommonMark fences of backticks or tildes).</summary>
internal static partial class MarkdownCodeBlocks
{
    /// <summary>Returns the pages whose code samples are guarded: the README and every page under <c>docs/</c>.</summary>
    /// <returns>Paths relative to the repository root, with forward slashes, in a stable order.</returns>
    public static IReadOnlyList<string> Pages()
    {
        var docs = Directory.EnumerateFiles(RepositoryFiles.PathOf("docs"), "*.md", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RepositoryFiles.Root, p).Replace(Path.DirectorySeparatorChar, '/'))
            .OrderBy(p => p, StringComparer.Ordinal);
        return ["README.md", .. docs];
    }

    /// <summary>Reads every fenced code block of a page.</summary>
    /// <param name="page">The page, relative to the repository root with forward slashes.</param>
    /// <returns>The blocks, in page order.</returns>
    /// <exception cref="InvalidDataException">A fence is never closed.</exception>
    public static IReadOnlyList<FencedCodeBlock> Read(string page)
    {
        var lines = File.ReadAllText(RepositoryFiles.PathOf(page)).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<FencedCodeBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            var open = OpeningFence().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            var indent = open.Groups["indent"].Length;
            var fence = open.Groups["fence"].Value;
            var info = open.Groups["info"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var text = new StringBuilder();
            var start = i + 1;
            for (i = start; ; i++)
            {
                if (i >= lines.Length)
                {
                    throw new InvalidDataException($"{page}:{start}: the code fence is never closed.");
                }

                if (IsClosing(lines[i], fence))
                {
                    break;
                }

                text.Append(Unindent(lines[i], indent)).Append('\n');
            }

            blocks.Add(new FencedCodeBlock(page, start + 1, info.Length > 0 ? info[0].ToLowerInvariant() : string.Empty, info.Skip(1).ToArray(), text.ToString()));
        }

        return blocks;
    }

    private static bool IsClosing(string line, string fence)
    {
        var trimmed = line.TrimStart(' ');
        return line.Length - trimmed.Length <= 3
            && trimmed.TrimEnd().Length >= fence.Length
            && trimmed.TrimEnd().All(c => c == fence[0]);
    }

    private static string Unindent(string line, int indent)
    {
        var spaces = 0;
        while (spaces < indent && spaces < line.Length && line[spaces] == ' ')
        {
            spaces++;
        }

        return line[spaces..];
    }

    [GeneratedRegex("^(?<indent> {0,3})(?<fence>`{3,}(?=[^`]*$)|~{3,})(?<info>.*)$")]
    private static partial Regex OpeningFence();
}
