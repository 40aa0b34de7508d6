namespace TikTokMonetization.Cli;

/// <summary>The tool's exit codes; docs/cli.md lists them for scripts.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>An input file, configuration file or option value the SDK rejects; nothing was written to standard output.</summary>
    public const int InputError = 1;

    /// <summary>The command line itself is wrong: an unknown command or option, a missing or malformed value.</summary>
    public const int UsageError = 2;

    /// <summary>The tool failed in a way it did not expect: a bug worth reporting.</summary>
    public const int InternalError = 3;
}
