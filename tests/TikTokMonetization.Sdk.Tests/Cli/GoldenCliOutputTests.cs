using System.Text;

namespace TikTokMonetization.Tests;

/// <summary>
/// Byte-for-byte dumps of what the tool prints for the sample creator, the sample settings and the recorded LIVE
/// session, in both formats: a refactor or a speed-up leaves them unchanged (see <see cref="GoldenFile"/>).
/// </summary>
public sealed class GoldenCliOutputTests
{
    public static TheoryData<string, string[]> Commands()
    {
        var settings = Path.Combine(RepositoryFiles.Root, "src", "TikTokMonetization.Cli", "Samples", "settings.json");
        var session = GoldenFile.TestData("live", "sample-session.jsonl");
        return new TheoryData<string, string[]>
        {
            { "cli-estimate.txt", ["estimate"] },
            { "cli-estimate-json.txt", ["estimate", "--format", "json"] },
            { "cli-estimate-eur-settings.txt", ["estimate", "--currency", "EUR", "--config", settings] },
            { "cli-eligibility.txt", ["eligibility"] },
            { "cli-eligibility-json.txt", ["eligibility", "--format", "json"] },
            { "cli-likes.txt", ["likes"] },
            { "cli-likes-json.txt", ["likes", "--format", "json", "--likes", "50000"] },
            { "cli-live-replay.txt", ["live", "replay", session] },
        };
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void ToolOutput_ForTheSamples_IsUnchanged(string golden, string[] args)
    {
        var result = CliRunner.Run(args);
        var text = new StringBuilder()
            .Append("$ tiktok-monetization ").AppendJoin(' ', args.Select(a => a.StartsWith('/') ? Path.GetFileName(a) : a)).Append('\n')
            .Append("exit ").Append(result.Exit).Append('\n')
            .Append("--- stdout\n").Append(result.Output)
            .Append("--- stderr\n").Append(result.Error);
        GoldenFile.Verify(golden, text.ToString());
    }
}
