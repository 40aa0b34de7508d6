namespace TikTokMonetization.Tests;

/// <summary>
/// File problems read the same in every command: <c>error: path: what is wrong (the option)</c>, exit code 1, nothing on
/// standard output, never a .NET message ("Could not find a part of the path", "The file ... already exists").
/// </summary>
public sealed class FileProblemTests
{
    [Theory]
    [InlineData("--input", "estimate", "--input")]
    [InlineData("--config", "estimate", "--config")]
    [InlineData("--growth", "project", "--paths", "0", "--growth")]
    [InlineData("the session file", "live", "replay")]
    public void ADirectoryWhereAFileIsRead_IsReportedInOneFormat(string named, params string[] command)
    {
        using var directory = new TempDirectory();

        var result = CliRunner.Run([.. command, directory.Path]);

        Assert.Equal(1, result.Exit);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal($"error: {directory.Path}: is a directory, not a file ({named})." + Environment.NewLine, result.Error);
    }

    [Theory]
    [InlineData("--input", "estimate", "--input")]
    [InlineData("--config", "estimate", "--config")]
    [InlineData("--growth", "project", "--paths", "0", "--growth")]
    [InlineData("the session file", "live", "replay")]
    public void AMissingFile_IsReportedInOneFormat(string named, params string[] command)
    {
        using var directory = new TempDirectory();
        var missing = directory.Combine("missing.json");

        var result = CliRunner.Run([.. command, missing]);

        Assert.Equal(1, result.Exit);
        Assert.Equal($"error: {missing}: no such file ({named})." + Environment.NewLine, result.Error);
    }

    [Fact]
    public void APlotFileThatExists_IsNotOverwritten_WithoutForce_AndNothingIsComputed()
    {
        using var directory = new TempDirectory();
        var chart = directory.Write("income.png", "mine");

        var refused = CliRunner.Run("project", "--months", "2", "--paths", "0", "--plot", chart);
        var forced = CliRunner.Run("project", "--months", "2", "--paths", "0", "--plot", chart, "--force");

        Assert.Equal(1, refused.Exit);
        Assert.Equal(string.Empty, refused.Output);
        Assert.Equal($"error: {chart}: already exists; nothing was written (--plot). Use --force to overwrite, or another file." + Environment.NewLine, refused.Error);
        Assert.Equal(0, forced.Exit);
        Assert.NotEqual("mine", File.ReadAllText(chart));
    }

    [Fact]
    public void APlotFileInADirectoryThatDoesNotExist_IsReportedBeforeTheRun()
    {
        using var directory = new TempDirectory();
        var chart = Path.Combine(directory.Path, "no-such-folder", "income.png");

        var result = CliRunner.Run("project", "--months", "2", "--paths", "0", "--plot", chart);

        Assert.Equal(1, result.Exit);
        Assert.Equal($"error: {chart}: no such directory {Path.GetDirectoryName(chart)} (--plot)." + Environment.NewLine, result.Error);
    }

    [Fact]
    public void SampleIntoAFile_SaysItIsNotADirectory()
    {
        using var directory = new TempDirectory();
        var file = directory.Write("creator.json", "{}");

        var result = CliRunner.Run("sample", "--output", file);

        Assert.Equal(1, result.Exit);
        Assert.Equal($"error: {file}: is a file, not a directory (--output)." + Environment.NewLine, result.Error);
    }
}
