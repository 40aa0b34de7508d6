// Only in the NetStandard test project: it runs the netstandard2.0 build of the package on the net10.0 runtime, and
// that build takes IAsyncEnumerable<T> (LiveLedger.IngestAsync, LiveEventJsonLinesReader.ReadAllAsync) from
// Microsoft.Bcl.AsyncInterfaces, which the test project does not reference, so reflecting over the public surface
// (PublicApiTests) cannot load it. A real netstandard2.0 consumer gets the package through NuGet. Until the test
// project references the package itself, this resolves it from the NuGet global packages folder, where the package's
// own restore placed it. Delete this file once TikTokMonetization.Sdk.Tests.NetStandard.csproj references
// Microsoft.Bcl.AsyncInterfaces.
#if SDK_NETSTANDARD
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace TikTokMonetization.Tests;

internal static class NetStandardAsyncInterfacesBridge
{
    private const string AssemblyName = "Microsoft.Bcl.AsyncInterfaces";

    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "Test-only bridge for a missing package reference; see the file header.")]
    internal static void Register() => AssemblyLoadContext.Default.Resolving += Resolve;

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        if (!string.Equals(name.Name, AssemblyName, StringComparison.Ordinal))
        {
            return null;
        }

        var root = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var package = Path.Combine(root, "microsoft.bcl.asyncinterfaces");
        if (!Directory.Exists(package))
        {
            return null;
        }

        var candidate = Directory.GetDirectories(package)
            .Select(dir => Path.Combine(dir, "lib", "netstandard2.1", AssemblyName + ".dll"))
            .Where(File.Exists)
            .Select(path => (Path: path, Version: System.Reflection.AssemblyName.GetAssemblyName(path).Version))
            .Where(c => name.Version is null || c.Version >= name.Version)
            .OrderBy(c => c.Version)
            .FirstOrDefault();
        return candidate.Path is null ? null : context.LoadFromAssemblyPath(candidate.Path);
    }
}
#endif
