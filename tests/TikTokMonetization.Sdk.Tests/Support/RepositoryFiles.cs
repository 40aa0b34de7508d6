namespace TikTokMonetization.Tests;

/// <summary>Finds files of the repository (docs, approved API text) from a test's output directory.</summary>
internal static class RepositoryFiles
{
    /// <summary>Gets the repository root: the nearest directory above the test output that holds the solution file.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Returns the full path of a file given relative to the repository root with forward slashes.</summary>
    /// <param name="relativePath">For example <c>docs/configuration.md</c>.</param>
    /// <returns>The full path.</returns>
    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TikTokMonetization.Sdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find the repository root (TikTokMonetization.Sdk.sln) above " + AppContext.BaseDirectory);
    }
}
