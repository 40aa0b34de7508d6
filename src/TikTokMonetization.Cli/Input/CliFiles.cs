namespace TikTokMonetization.Cli;

/// <summary>
/// The file problems every command reports in one format, <c>path: what is wrong (the option)</c>: a directory where a
/// file was expected, a missing file, an output that exists already, a directory that does not exist, no permission.
/// </summary>
internal static class CliFiles
{
    /// <summary>Checks a file the command reads.</summary>
    /// <param name="file">The file as the user gave it.</param>
    /// <param name="option">The option or argument that named it, for example <c>--input</c>.</param>
    /// <exception cref="CliException">It is a directory or does not exist.</exception>
    public static void RequireInput(FileInfo file, string option)
    {
        if (Directory.Exists(file.FullName))
        {
            throw new CliException($"{Shown(file)}: is a directory, not a file ({option}).");
        }

        if (!file.Exists)
        {
            throw new CliException($"{Shown(file)}: no such file ({option}).");
        }
    }

    /// <summary>Checks a file the command writes, before any work: never overwritten without <c>--force</c>.</summary>
    /// <param name="file">The file as the user gave it.</param>
    /// <param name="option">The option that named it, for example <c>--plot</c>.</param>
    /// <param name="force">Whether <c>--force</c> allows overwriting.</param>
    /// <exception cref="CliException">It is a directory, its directory does not exist, or it exists and <paramref name="force"/> is off.</exception>
    public static void RequireOutput(FileInfo file, string option, bool force)
    {
        if (Directory.Exists(file.FullName))
        {
            throw new CliException($"{Shown(file)}: is a directory, not a file ({option}).");
        }

        if (file.Directory is { Exists: false } directory)
        {
            throw new CliException($"{Shown(file)}: no such directory {TerminalText.Clean(directory.FullName)} ({option}).");
        }

        if (file.Exists && !force)
        {
            throw new CliException($"{Shown(file)}: already exists; nothing was written ({option}). Use --force to overwrite, or another file.");
        }
    }

    /// <summary>Checks a directory the command writes into (created when missing).</summary>
    /// <exception cref="CliException">It is an existing file.</exception>
    public static void RequireOutputDirectory(DirectoryInfo directory, string option)
    {
        if (File.Exists(directory.FullName))
        {
            throw new CliException($"{TerminalText.Clean(directory.ToString())}: is a file, not a directory ({option}).");
        }
    }

    /// <summary>Runs a write, reporting a refusal of the file system in the same format instead of its own message.</summary>
    /// <exception cref="CliException">The file system refused the write.</exception>
    public static void Writing(string path, string option, Action write)
    {
        try
        {
            write();
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliException($"{TerminalText.Clean(path)}: permission denied ({option}).");
        }
        catch (DirectoryNotFoundException)
        {
            throw new CliException($"{TerminalText.Clean(path)}: no such directory ({option}).");
        }
    }

    private static string Shown(FileInfo file) => TerminalText.Clean(file.ToString());
}
