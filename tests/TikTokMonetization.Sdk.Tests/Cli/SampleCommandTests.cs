using TikTokMonetization.Cli;
using TikTokMonetization.Creators;
using TikTokMonetization.Serialization;
using static TikTokMonetization.Tests.CliRunner;

namespace TikTokMonetization.Tests;

/// <summary>The <c>sample</c> command: two commented files to start from, which the other commands accept as they are.</summary>
public sealed class SampleCommandTests
{
    [Fact]
    public void Sample_WritesFilesThatEstimateAccepts_WithTheSameResultAsTheDefaults()
    {
        using var temp = new TempDirectory();

        var (exit, output, error) = Run("sample", "--output", temp.Path);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        var creator = temp.Combine("creator.json");
        var settings = temp.Combine("settings.json");
        Assert.Contains($"Wrote {creator}", output, StringComparison.Ordinal);
        Assert.Contains($"Next: tiktok-monetization estimate --input {creator} --config {settings}", output, StringComparison.Ordinal);
        Assert.StartsWith("// A creator snapshot", File.ReadAllText(creator), StringComparison.Ordinal);
        Assert.StartsWith("// Settings for tiktok-monetization", File.ReadAllText(settings), StringComparison.Ordinal);

        foreach (var command in new[] { "estimate", "eligibility", "likes" })
        {
            var fromFiles = Run(command, "--input", creator, "--config", settings, "--format", "json");
            Assert.Equal(ExitCodes.Success, fromFiles.Exit);
            Assert.Equal(string.Empty, fromFiles.Error);
            Assert.Equal(Run(command, "--format", "json").Output, fromFiles.Output);
        }
    }

    [Fact]
    public void Sample_WhenTheFilesExist_RefusesToOverwriteUnlessForced()
    {
        using var temp = new TempDirectory();
        var creator = temp.Write("creator.json", "{ \"creatorId\": \"mine\" }");

        var refused = Run("sample", "--output", temp.Path);

        Assert.Equal(ExitCodes.InputError, refused.Exit);
        Assert.Equal(string.Empty, refused.Output);
        Assert.Contains($"error: {creator}: already exists; nothing was written (--output). Use --force to overwrite", refused.Error, StringComparison.Ordinal);
        Assert.Equal("{ \"creatorId\": \"mine\" }", File.ReadAllText(creator));
        Assert.False(File.Exists(temp.Combine("settings.json")));

        var forced = Run("sample", "--output", temp.Path, "--force");

        Assert.Equal(ExitCodes.Success, forced.Exit);
        Assert.Equal(SampleCommand.Read(SampleCommand.CreatorFile), File.ReadAllText(creator));
    }

    [Fact]
    public void Sample_IntoANewDirectory_CreatesIt()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "a", "b");

        Assert.Equal(ExitCodes.Success, Run("sample", "-o", target).Exit);

        Assert.True(File.Exists(Path.Combine(target, "settings.json")));
    }

    [Fact]
    public void SampleCreatorFile_IsTheSdksSampleCreator() =>
        Assert.Equal(SampleCreators.MidTierUs, CreatorSnapshotJson.Deserialize(SampleCommand.Read(SampleCommand.CreatorFile), "creator.json"));
}
