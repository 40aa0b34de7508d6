using Spectre.Console;

namespace TikTokMonetization.Cli;

/// <summary>
/// A progress bar on standard error while <c>live replay</c> reads a large file: lines read, bytes read of the file's
/// size, the rate and the time left. Only on an interactive terminal and for files of at least
/// <see cref="MinimumBytes"/>: redirected, piped or captured, standard error gets the skipped lines' warnings and nothing
/// else. While the bar is drawn, the warnings go through the same console, so they print above it instead of through it.
/// </summary>
internal static class ReplayProgressBar
{
    /// <summary>Files smaller than this (1 MB, some 6,000 gift lines) replay in well under a second: no bar.</summary>
    public const long MinimumBytes = 1_000_000;

    /// <summary>How many lines pass between two updates of the bar.</summary>
    private const int LinesPerUpdate = 2_000;

    /// <param name="error">Standard error.</param>
    /// <param name="file">The file being read, for its size and position.</param>
    /// <param name="work">Replays the file, given where to write a warning and what to call as lines are read (with the lines read so far).</param>
    public static async Task RunAsync(TextWriter error, FileStream file, Func<Action<string>, Action<long>, Task> work)
    {
        if (!SimulationProgressBar.IsTerminal(error) || file.Length < MinimumBytes)
        {
            await work(error.WriteLine, static _ => { }).ConfigureAwait(false);
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Replaying", maxValue: file.Length);
                await work(
                    warning => console.WriteLine(TerminalText.Clean(warning)),
                    lines =>
                    {
                        if (lines % LinesPerUpdate == 0)
                        {
                            task.Description = FormattableString.Invariant($"Replaying: {lines:N0} lines");
                            task.Value = file.Position;
                        }
                    }).ConfigureAwait(false);
                task.Value = file.Length;
            }).ConfigureAwait(false);
    }
}
