using Spectre.Console;

namespace TikTokMonetization.Cli;

/// <summary>Numbers the sources of the rates a report used, so each table cites <c>[n]</c> and the full text is printed once.</summary>
internal sealed class SourceNotes
{
    private readonly List<string> _sources = [];
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    public int Count => _sources.Count;

    /// <summary>Returns the reference for a source, numbering it on first use; empty for a line without a source.</summary>
    public string Cite(string source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return string.Empty;
        }

        if (!_numbers.TryGetValue(source, out var number))
        {
            _sources.Add(source);
            number = _sources.Count;
            _numbers.Add(source, number);
        }

        return $"[{number}]";
    }

    /// <summary>Returns every numbered source with its reference, in order of first use.</summary>
    public Grid ToGrid()
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        for (var i = 0; i < _sources.Count; i++)
        {
            grid.AddRow(new Text($"[{i + 1}]"), new Text(_sources[i]));
        }

        return grid;
    }
}
