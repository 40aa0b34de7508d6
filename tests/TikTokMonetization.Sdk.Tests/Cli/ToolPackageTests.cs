using System.Diagnostics;
using static TikTokMonetization.Tests.CliRunner;

namespace TikTokMonetization.Tests;

/// <summary>The tool as users get it: packed with <c>dotnet pack</c>, installed with <c>dotnet tool install</c> from the local folder, run by its command name.</summary>
[Collection(PackingCollection.Name)]
public sealed class ToolPackageTests
{
    // Packing builds the tool; on a busy two-core machine that can take minutes.
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    [Trait("Category", "Slow")]
    public void PackedTool_InstallsFromTheLocalPackage_AndRunsEstimate()
    {
        using var temp = new TempDirectory();
        var packages = temp.Combine("packages");
        var tools = temp.Combine("tools");

        var pack = Start(temp.Path, isolatedPackages: false, "dotnet", "pack", Path.Combine(RepositoryRoot(), "src", "TikTokMonetization.Cli"), "-c", "Release", "-o", packages, "--nologo", "--disable-build-servers");
        Assert.True(pack.Exit == 0, "dotnet pack failed:" + Environment.NewLine + pack.Output);
        var package = Path.GetFileNameWithoutExtension(Directory.GetFiles(packages, "TikTokMonetization.Cli.*.nupkg").Single());
        var version = package["TikTokMonetization.Cli.".Length..];

        // The local folder is an extra source next to the machine's own; the tool bundles every dependency, so nothing else is fetched.
        var install = Start(temp.Path, isolatedPackages: true, "dotnet", "tool", "install", "TikTokMonetization.Cli", "--version", version, "--tool-path", tools, "--add-source", packages, "--ignore-failed-sources");
        Assert.True(install.Exit == 0, "dotnet tool install failed:" + Environment.NewLine + install.Output);

        var run = Start(temp.Path, isolatedPackages: false, Path.Combine(tools, OperatingSystem.IsWindows() ? "tiktok-monetization.exe" : "tiktok-monetization"), "estimate");
        Assert.True(run.Exit == 0, "tiktok-monetization estimate failed:" + Environment.NewLine + run.Output);
        Assert.Contains("Revenue estimate for sample-mid-tier-us", run.Output, StringComparison.Ordinal);
    }

    private static (int Exit, string Output) Start(string directory, bool isolatedPackages, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The test host may run under MSBuild's environment; the child dotnet must find its own SDK.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        // An empty package cache for the install, so that a package of the same version cached earlier is never used
        // instead of the one just packed. (Not for pack: its restore needs the machine's cache.)
        if (isolatedPackages)
        {
            start.Environment["NUGET_PACKAGES"] = Path.Combine(directory, "nuget-packages");
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(StepTimeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{program} {string.Join(' ', args)} did not finish in {StepTimeout.TotalMinutes} minutes.");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
