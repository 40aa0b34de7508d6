using System.CommandLine;
using TikTokMonetization.Cli;
using static TikTokMonetization.Tests.CliRunner;

namespace TikTokMonetization.Tests;

/// <summary><c>--help</c> on every command, with examples.</summary>
public sealed class HelpTests
{
    public static TheoryData<string> CommandPaths()
    {
        var data = new TheoryData<string> { string.Empty };
        var root = CliApp.CreateRoot(TextWriter.Null, TextWriter.Null);
        foreach (var path in Paths(root, string.Empty))
        {
            data.Add(path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void Help_OnEveryCommand_ShowsUsageAndAnExample(string path)
    {
        string[] args = [.. path.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"];

        var (exit, output, error) = Run(args);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains($"Usage:{Environment.NewLine}  {("tiktok-monetization " + path).Trim()}", output, StringComparison.Ordinal);
        var examples = output[output.IndexOf("Examples:", StringComparison.Ordinal)..];
        Assert.Contains($"  tiktok-monetization {path}".TrimEnd(), examples, StringComparison.Ordinal);
    }

    [Fact]
    public void Examples_OfACommandWithoutAny_ComeFromItsDescriptionOrItsSubcommands()
    {
        var replay = new Command("replay", "Replays a session.\nExample: tiktok-monetization live replay session.jsonl");
        var live = new Command("live", "LIVE sessions.") { replay };
        var plain = new Command("plain", "No examples anywhere.");

        Assert.Equal(["tiktok-monetization live replay session.jsonl"], HelpExamples.For(replay));
        Assert.Equal(["tiktok-monetization live replay session.jsonl"], HelpExamples.For(live));
        Assert.Empty(HelpExamples.For(plain));
        Assert.Equal(["a", "b"], HelpExamples.For(plain.WithExamples("a", "b")));
    }

    [Fact]
    public void Help_WithAnUnknownOption_StillShowsHelp()
    {
        var (exit, output, _) = Run("estimate", "--inptu", "--help");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("--input <file>", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheToolVersion()
    {
        var (exit, output, _) = Run("--version");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.StartsWith("0.", output, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Paths(Command command, string prefix)
    {
        foreach (var sub in command.Subcommands)
        {
            var path = (prefix + " " + sub.Name).Trim();
            yield return path;
            foreach (var deeper in Paths(sub, path))
            {
                yield return deeper;
            }
        }
    }
}
