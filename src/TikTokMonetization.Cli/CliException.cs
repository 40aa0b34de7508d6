namespace TikTokMonetization.Cli;

/// <summary>A problem with the user's input that the tool reports as one or more <c>error:</c> lines and exit code 1.</summary>
internal sealed class CliException : Exception
{
    public CliException(string message)
        : this([message])
    {
    }

    public CliException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems)) => Problems = problems;

    /// <summary>Gets each problem as one line, without the <c>error:</c> prefix.</summary>
    public IReadOnlyList<string> Problems { get; }
}
