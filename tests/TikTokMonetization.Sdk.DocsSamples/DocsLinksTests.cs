using System.Text.RegularExpressions;
using TikTokMonetization.Tests;

namespace TikTokMonetization.DocsSamples;

/// <summary>The docs index lists every page, and every relative link in README.md and docs/ leads to a page and heading that exist.</summary>
public sealed partial class DocsLinksTests
{
    /// <summary>Gets every guarded page.</summary>
    public static TheoryData<string> Pages { get; } = new(MarkdownCodeBlocks.Pages());

    [Fact]
    public void TheDocsIndex_LinksEveryPage()
    {
        var linked = Links("docs/README.md").Select(l => l.Target).ToHashSet(StringComparer.Ordinal);
        var unlisted = MarkdownCodeBlocks.Pages().Where(p => p.StartsWith("docs/", StringComparison.Ordinal) && p != "docs/README.md" && !linked.Contains(p)).ToList();

        Assert.True(unlisted.Count == 0, "docs/README.md does not link: " + string.Join(", ", unlisted));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void EveryRelativeLink_LeadsToAPageAndHeadingThatExist(string page)
    {
        var broken = new List<string>();
        foreach (var (target, anchor, text) in Links(page))
        {
            if (!File.Exists(RepositoryFiles.PathOf(target)) && !Directory.Exists(RepositoryFiles.PathOf(target)))
            {
                broken.Add($"[{text}]: {target} does not exist");
            }
            else if (anchor.Length > 0 && target.EndsWith(".md", StringComparison.Ordinal) && !Anchors(target).Contains(anchor))
            {
                broken.Add($"[{text}]: {target} has no heading #{anchor}");
            }
        }

        Assert.True(broken.Count == 0, $"Broken links in {page}:\n" + string.Join("\n", broken));
    }

    /// <summary>Returns a page's relative links, resolved against the repository root, outside code.</summary>
    private static IEnumerable<(string Target, string Anchor, string Text)> Links(string page)
    {
        var directory = Path.GetDirectoryName(page)!.Replace('\\', '/');
        foreach (Match match in Link().Matches(InlineCode().Replace(Prose(page), string.Empty)))
        {
            var href = match.Groups["href"].Value;
            if (href.Contains("://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var hash = href.IndexOf('#', StringComparison.Ordinal);
            var path = hash < 0 ? href : href[..hash];
            var anchor = hash < 0 ? string.Empty : href[(hash + 1)..];
            var target = path.Length == 0 ? page : Normalize(directory.Length == 0 ? path : directory + "/" + path);
            yield return (target, anchor, match.Groups["text"].Value);
        }
    }

    /// <summary>Returns the GitHub anchors of a page's headings.</summary>
    private static HashSet<string> Anchors(string page)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match heading in Heading().Matches(Prose(page)))
        {
            var slug = Slug(heading.Groups["title"].Value);
            var unique = slug;
            for (var n = 1; !anchors.Add(unique); n++)
            {
                unique = slug + "-" + n;
            }
        }

        return anchors;
    }

    /// <summary>GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens.</summary>
    private static string Slug(string title) =>
        new string(title.Trim().ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_').ToArray()).Replace(' ', '-');

    /// <summary>Returns a page's text with its fenced code blocks blanked.</summary>
    private static string Prose(string page)
    {
        var text = File.ReadAllText(RepositoryFiles.PathOf(page)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = text.Split('\n');
        foreach (var block in MarkdownCodeBlocks.Read(page))
        {
            var count = block.Text.Count(c => c == '\n');
            for (var i = block.Line - 1; i < block.Line - 1 + count; i++)
            {
                lines[i] = string.Empty;
            }
        }

        return string.Join('\n', lines);
    }

    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not "." and not "")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\((?<href>[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^#{1,6}\s+(?<title>.+?)\s*#*$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex("`[^`\n]*`")]
    private static partial Regex InlineCode();
}
