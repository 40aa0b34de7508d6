using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace TikTokMonetization.Tests;

/// <summary>
/// The package as people meet it on its page: a description that names all six streams, a repository, a README whose
/// links work away from the repository, and docs that list the package's real dependencies per target.
/// </summary>
[Collection(PackingCollection.Name)]
public sealed class PackageMetadataTests
{
    private static readonly XDocument Project = XDocument.Load(RepositoryFiles.PathOf("src/TikTokMonetization.Sdk/TikTokMonetization.Sdk.csproj"));

    [Fact]
    public void GettingStarted_ListsThePackagesRealDependencies_PerTarget()
    {
        var page = File.ReadAllText(RepositoryFiles.PathOf("docs/getting-started.md"));
        var net = Row(page, "`net10.0`");
        var standard = Row(page, "`netstandard2.0`");

        foreach (var group in Project.Descendants("ItemGroup"))
        {
            var condition = (string?)group.Attribute("Condition") ?? string.Empty;
            foreach (var package in group.Elements("PackageReference").Select(r => (string)r.Attribute("Include")!))
            {
                if (condition.Contains("netstandard2.0", StringComparison.Ordinal))
                {
                    Assert.Contains("`" + package + "`", standard, StringComparison.Ordinal);
                    Assert.DoesNotContain("`" + package + "`", net, StringComparison.Ordinal);
                }
                else
                {
                    Assert.Contains("`" + package + "`", net, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void TheDescription_NamesAllSixStreams()
    {
        var description = Project.Descendants("Description").Single().Value;

        foreach (var stream in new[] { "LIVE gifts", "Creator Rewards", "Creator Fund", "brand deals", "merchandise", "TikTok Shop affiliate", "subscriptions" })
        {
            Assert.Contains(stream, description, StringComparison.Ordinal);
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void ThePackedReadme_HasAbsoluteLinks_AndTheNuspecARepository()
    {
        using var temp = new TempDirectory();
        var pack = Run(temp.Path, "dotnet", "pack", RepositoryFiles.PathOf("src/TikTokMonetization.Sdk"), "-c", "Release", "-o", temp.Path, "--nologo", "--disable-build-servers");
        Assert.True(pack.Exit == 0, "dotnet pack failed:" + Environment.NewLine + pack.Output);

        using var package = ZipFile.OpenRead(Directory.GetFiles(temp.Path, "TikTokMonetization.Sdk.*.nupkg").Single());
        var readme = Read(package, "README.md");
        var nuspec = XDocument.Parse(Read(package, "TikTokMonetization.Sdk.nuspec"));
        var repository = nuspec.Descendants().Single(e => e.Name.LocalName == "repository").Attribute("url")!.Value;

        Assert.StartsWith("https://", repository, StringComparison.Ordinal);
        Assert.Equal(repository, nuspec.Descendants().Single(e => e.Name.LocalName == "projectUrl").Value);
        var relative = Regex.Matches(readme, @"\]\((?!https?:|mailto:|#)[^)]+\)").Select(m => m.Value).ToList();
        Assert.True(relative.Count == 0, "relative links in the packed README: " + string.Join(", ", relative));
        Assert.Contains($"]({repository}/blob/main/docs/getting-started.md)", readme, StringComparison.Ordinal);
        // Only the links changed: the text around them is the repository's README.
        var original = File.ReadAllText(RepositoryFiles.PathOf("README.md"));
        Assert.Equal(Normalize(original), Normalize(readme.Replace(repository + "/blob/main/", string.Empty, StringComparison.Ordinal)));
    }

    private static string Row(string page, string target) =>
        page.Split('\n').Single(l => l.StartsWith("| " + target + " |", StringComparison.Ordinal));

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');

    private static string Read(ZipArchive package, string name)
    {
        using var reader = new StreamReader(package.Entries.Single(e => e.FullName == name).Open());
        return reader.ReadToEnd();
    }

    private static (int Exit, string Output) Run(string directory, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "dotnet pack did not finish within five minutes");
        return (process.ExitCode, output.Result + error.Result);
    }
}
