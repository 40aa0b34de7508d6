using System.Text;

namespace TikTokMonetization.Tests;

/// <summary>
/// Compares a text with its approved copy under tests/TikTokMonetization.Sdk.Tests/Golden/, byte for byte. A refactor or
/// a speed-up moves no number: when one of these fails, the change moved output. If the move is deliberate, rerun with
/// <c>GOLDEN_UPDATE=1</c> to rewrite the approved copies and review the diff like any other change.
/// </summary>
internal static class GoldenFile
{
    public const string UpdateVariable = "GOLDEN_UPDATE";

    public static void Verify(string name, string actual)
    {
        var directory = Path.Combine(RepositoryFiles.Root, "tests", "TikTokMonetization.Sdk.Tests", "Golden");
        var path = Path.Combine(directory, name);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(path), $"No approved copy at {path}: run the tests once with {UpdateVariable}=1 and commit it.");
        var approved = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (approved == actual)
        {
            return;
        }

        File.WriteAllText(path + ".actual", actual, new UTF8Encoding(false));
        var a = approved.Split('\n');
        var b = actual.Split('\n');
        var line = 0;
        while (line < a.Length && line < b.Length && a[line] == b[line])
        {
            line++;
        }

        Assert.Fail(
            $"{name} differs from its approved copy at line {line + 1} (the whole output is in {name}.actual).\n" +
            $"approved: {(line < a.Length ? a[line] : "<end>")}\n" +
            $"actual:   {(line < b.Length ? b[line] : "<end>")}\n" +
            $"If the change is deliberate, rerun with {UpdateVariable}=1 and review the diff.");
    }

    /// <summary>The path of a file under the test output's TestData folder.</summary>
    public static string TestData(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);
}
