// The tool (and its test runner) is net10.0 only; the netstandard2.0 test build leaves these out, as it leaves out Cli/.
#if !SDK_NETSTANDARD
using TikTokMonetization.Cli;

namespace TikTokMonetization.Tests;

/// <summary>What a clean outcome is: exit 0, or an <c>error:</c> line naming the problem with exit 1 or 2; never a stack trace, a hang or raw control characters.</summary>
internal static class CorpusOutcome
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>Runs the tool in-process and returns why the outcome is not clean, or <see langword="null"/> when it is.</summary>
    public static string? Check(string[] args, Func<CliResult, string?>? extra = null)
    {
        var run = Task.Run(() => CliRunner.Run(args));
        if (!run.Wait(Patience))
        {
            return "hang (no result within 20 s)";
        }

        var result = run.Result;
        if (result.Exit is not (ExitCodes.Success or ExitCodes.InputError or ExitCodes.UsageError))
        {
            return $"exit {result.Exit}: {First(result.Error)}";
        }

        if (result.Error.Contains("   at ", StringComparison.Ordinal) || result.Error.Contains("This is a bug in the tool", StringComparison.Ordinal))
        {
            return "stack trace: " + First(result.Error);
        }

        if (result.Exit != ExitCodes.Success && !result.Error.StartsWith("error: ", StringComparison.Ordinal))
        {
            return "no error line: " + First(result.Error);
        }

        if (result.Output.Concat(result.Error).FirstOrDefault(TerminalText.IsUnsafe) is var bad && bad != default)
        {
            return $"raw control character U+{(int)bad:X4}";
        }

        if (result.Error.Split('\n').Any(line => line.Length > 4_000))
        {
            return "an error line longer than 4,000 characters (input echoed whole)";
        }

        return extra?.Invoke(result);
    }

    private static string First(string text) => text.Split('\n')[0];
}
#endif
