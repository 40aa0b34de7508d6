namespace TikTokMonetization.Cli;

/// <summary>Writes rows as a plain-text table: the first row is the header, the last row a total.</summary>
internal static class TableWriter
{
    public static void Write(List<string[]> rows, TextWriter output)
    {
        // Escape before measuring, so that a viewer-chosen name with control characters keeps the columns aligned.
        rows = rows.Select(row => row.Select(TerminalText.Clean).ToArray()).ToList();
        var widths = new int[rows[0].Length];
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]));
            output.WriteLine(string.Join("  ", cells));
            if (r == 0 || r == rows.Count - 2)
            {
                output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
            }
        }
    }
}
