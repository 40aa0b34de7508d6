using System.Text.RegularExpressions;

namespace TikTokMonetization.Tests;

/// <summary>
/// The SDK's top-level folders depend on each other without a cycle, as docs/architecture.md draws them. A folder
/// depends on another when one of its files names a top-level type declared in the other (types declared in more than one
/// folder, such as each model's private <c>Figures</c>, are left out as ambiguous).
/// </summary>
public sealed partial class FolderDependencyTests
{
    [Fact]
    public void SourceFolders_HaveNoDependencyCycle()
    {
        var graph = Graph();

        var cycle = FindCycle(graph);

        Assert.True(cycle is null, $"The folders depend on each other in a cycle: {cycle}.\nThe graph:\n{Describe(graph)}");
    }

    [Fact]
    public void TheGraph_IsTheOneTheArchitecturePageDraws()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "architecture.md"));

        foreach (var (folder, uses) in Graph())
        {
            var line = $"| `{folder}/` | {(uses.Count == 0 ? "nothing" : string.Join(", ", uses.Select(u => $"`{u}/`")))} |";
            Assert.True(page.Contains(line, StringComparison.Ordinal), $"docs/architecture.md should list the dependencies of {folder}/ as:\n{line}");
        }
    }

    private static SortedDictionary<string, SortedSet<string>> Graph()
    {
        var root = Path.Combine(RepositoryFiles.Root, "src", "TikTokMonetization.Sdk");
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Folder: Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar)[0], Text: Comment().Replace(File.ReadAllText(f), string.Empty)))
            .Where(f => !f.Folder.EndsWith(".cs", StringComparison.Ordinal))
            .ToList();
        var declaredIn = files
            .SelectMany(f => Declaration().Matches(f.Text).Select(m => (Type: m.Groups[1].Value, f.Folder)))
            .GroupBy(d => d.Type, StringComparer.Ordinal)
            .Where(g => g.Select(d => d.Folder).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Folder, StringComparer.Ordinal);
        var graph = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (folder, text) in files)
        {
            var uses = graph.TryGetValue(folder, out var set) ? set : graph[folder] = new SortedSet<string>(StringComparer.Ordinal);
            foreach (Match word in Identifier().Matches(text))
            {
                if (declaredIn.TryGetValue(word.Value, out var other) && other != folder)
                {
                    uses.Add(other);
                }
            }
        }

        return graph;
    }

    private static string? FindCycle(SortedDictionary<string, SortedSet<string>> graph)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        string? found = null;

        void Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in graph.TryGetValue(node, out var uses) ? uses : [])
            {
                if (found is not null)
                {
                    break;
                }

                if (state.GetValueOrDefault(next) == 1)
                {
                    found = string.Join(" -> ", path.Skip(path.IndexOf(next)).Append(next));
                }
                else if (state.GetValueOrDefault(next) == 0)
                {
                    Visit(next);
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
        }

        foreach (var node in graph.Keys.Where(n => state.GetValueOrDefault(n) == 0))
        {
            Visit(node);
        }

        return found;
    }

    private static string Describe(SortedDictionary<string, SortedSet<string>> graph) =>
        string.Join("\n", graph.Select(p => $"| `{p.Key}/` | {(p.Value.Count == 0 ? "nothing" : string.Join(", ", p.Value.Select(u => $"`{u}/`")))} |"));

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex Comment();

    [GeneratedRegex(@"^(?:public|internal)\s+(?:(?:static|sealed|abstract|readonly|partial|ref)\s+)*(?:class|struct|interface|enum|record(?:\s+struct)?)\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex Declaration();

    [GeneratedRegex(@"\b[A-Z]\w+\b")]
    private static partial Regex Identifier();
}
