using Spectre.Console;
using TikTokMonetization.Projections;

namespace TikTokMonetization.Cli;

/// <summary>
/// A progress bar on standard error while a simulation runs: paths done, the share, the time spent and the time left.
/// Only on an interactive terminal: redirected, piped or captured, standard error gets nothing, so logs and scripts see
/// only the result (and errors).
/// </summary>
internal static class SimulationProgressBar
{
    public static T Run<T>(TextWriter error, int paths, Func<IProgress<SimulationProgress>?, T> work)
    {
        if (!IsTerminal(error))
        {
            return work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(FormattableString.Invariant($"Simulating {paths:N0} paths")), maxValue: paths);
                return work(new TaskProgress(task));
            });
    }

    /// <summary>Returns whether the writer is the process's standard error and that is an interactive terminal.</summary>
    internal static bool IsTerminal(TextWriter error)
    {
        var inner = error is TerminalSafeWriter safe ? safe.Inner : error;
        return ReferenceEquals(inner, Console.Error) && !Console.IsErrorRedirected;
    }

    // Called from the simulation's worker threads as paths complete; Spectre's task is safe to update from any thread.
    private sealed class TaskProgress(ProgressTask task) : IProgress<SimulationProgress>
    {
        public void Report(SimulationProgress value) => task.Value = value.CompletedPaths;
    }
}
