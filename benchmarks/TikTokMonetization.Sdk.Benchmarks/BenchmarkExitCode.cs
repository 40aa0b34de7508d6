using BenchmarkDotNet.Reports;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// Turns BenchmarkDotNet's summaries into the process exit code. BenchmarkSwitcher exits 0 even when a benchmark
/// throws, so without this a failed agreement check in a <c>[GlobalSetup]</c> would pass CI's dry run unnoticed.
/// </summary>
internal static class BenchmarkExitCode
{
    public static int From(IEnumerable<Summary> summaries) =>
        summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
}
