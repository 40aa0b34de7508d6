using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// A paired comparison for a machine that is not quiet: the baseline and the candidate of one benchmark class run
/// alternately in one process, each timed by the CPU time of the thread that runs it, and the ratio is the median of
/// the rounds' ratios. Other work on the machine takes wall-clock time from both, not the thread's CPU time, so the ratio
/// holds better under load than BenchmarkDotNet's wall-clock means; it is still a harness, not BenchmarkDotNet, and
/// what it gives is quoted as such. Run: <c>dotnet run -c Release --project benchmarks/TikTokMonetization.Sdk.Benchmarks -- --paired simulation [rounds]</c>.
/// </summary>
internal static class PairedCpuTime
{
    private const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID on Linux

    private static readonly Dictionary<string, Func<Pair>> Pairs = new(StringComparer.Ordinal)
    {
        ["simulation"] = () =>
        {
            var b = new SimulationBenchmarks();
            b.Setup();
            return new Pair("EngineBatch (120,000 path-months, one thread)", b.EngineBatch, "SimulateOneCore (10,000 × 12)", () => b.SimulateOneCore(), 1, b.Cleanup);
        },
        ["report"] = () =>
        {
            var b = new AllModelsReportBenchmarks();
            b.Setup();
            return new Pair("HandWritten", () => b.HandWritten(), "EngineEstimate", () => b.EngineEstimate(), 20_000, b.Cleanup);
        },
        ["likes"] = () =>
        {
            var b = new LikesAnalysisBenchmarks();
            b.Setup();
            return new Pair("EngineEstimate", () => b.EngineEstimate(), "AnalyzeLikes", () => b.AnalyzeLikes(), 10_000, b.Cleanup);
        },
        ["batch"] = () =>
        {
            var b = new AllModelsBatchBenchmarks();
            b.Setup();
            return new Pair("HandWrittenLoop", b.HandWrittenLoop, "EngineEstimateExpected", b.EngineEstimateExpected, 1, b.Cleanup);
        },
        ["validation"] = () =>
        {
            var b = new AllModelsBatchBenchmarks();
            b.Setup();
            return new Pair("HandWrittenLoop", b.HandWrittenLoop, "SnapshotValidationLoop", b.SnapshotValidationLoop, 1, b.Cleanup);
        },
        ["batch-first-sight"] = () =>
        {
            var b = new AllModelsBatchBenchmarks();
            b.Setup();
            return new Pair("HandWrittenLoop", b.HandWrittenLoop, "CopyCreators + EngineEstimateExpectedFirstSight", () => { b.CopyCreators(); b.EngineEstimateExpectedFirstSight(); }, 1, b.Cleanup);
        },
        ["copy-creators"] = () =>
        {
            var b = new AllModelsBatchBenchmarks();
            b.Setup();
            return new Pair("HandWrittenLoop", b.HandWrittenLoop, "CopyCreators", b.CopyCreators, 1, b.Cleanup);
        },
        ["ledger"] = () =>
        {
            var b = new LedgerBenchmarks();
            b.Setup();
            return new Pair("StringKeyedObjects (100,000 frames)", () => b.StringKeyedObjects(), "Ledger", () => b.Ledger(), 1, () => { });
        },
        ["ledger-batches"] = () =>
        {
            var b = new LedgerBenchmarks();
            b.Setup();
            return new Pair("BatchBuildingOnly (100,000 frames)", () => b.BatchBuildingOnly(), "LedgerBatches", () => b.LedgerBatches(), 1, () => { });
        },
    };

    /// <summary>Runs the pair named in <paramref name="args"/> (after <c>--paired</c>) and prints each round and the median ratio.</summary>
    public static int Run(string[] args)
    {
        if (args.Length < 2 || !Pairs.TryGetValue(args[1], out var make))
        {
            Console.Error.WriteLine($"--paired needs one of: {string.Join(", ", Pairs.Keys)}; then, optionally, the number of rounds (default 8).");
            return 2;
        }

        var rounds = args.Length > 2 && int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r is > 0 and <= 1000 ? r : 8;
        var pair = make();
        try
        {
            // Warm both (tiered compilation settles), then alternate, starting with the baseline.
            for (var w = 0; w < 3; w++)
            {
                pair.Baseline();
                pair.Candidate();
            }

            var ratios = new double[rounds];
            Console.WriteLine($"{args[1]}: {pair.CandidateName} against {pair.BaselineName}, thread CPU time, {pair.Invocations:N0} call(s) a side a round");
            for (var i = 0; i < rounds; i++)
            {
                var baseline = Measure(pair.Baseline, pair.Invocations);
                var candidate = Measure(pair.Candidate, pair.Invocations);
                ratios[i] = candidate / baseline;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  round {i + 1}: baseline {Format(baseline / pair.Invocations)}, candidate {Format(candidate / pair.Invocations)}, ratio {ratios[i]:F3}"));
            }

            Array.Sort(ratios);
            var median = rounds % 2 == 1 ? ratios[rounds / 2] : (ratios[(rounds / 2) - 1] + ratios[rounds / 2]) / 2;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median ratio {median:F3} (rounds from {ratios[0]:F3} to {ratios[^1]:F3})"));
            return 0;
        }
        finally
        {
            pair.Cleanup();
        }
    }

    private static double Measure(Action action, int invocations)
    {
        var start = ThreadCpuNanoseconds();
        for (var i = 0; i < invocations; i++)
        {
            action();
        }

        return ThreadCpuNanoseconds() - start;
    }

    private static string Format(double nanoseconds) =>
        nanoseconds >= 1e6 ? $"{nanoseconds / 1e6:F1} ms" : nanoseconds >= 1e3 ? $"{nanoseconds / 1e3:F2} µs" : $"{nanoseconds:F0} ns";

    // The calling thread's CPU time; elsewhere than Linux, the process's (close enough when one thread does the work).
    private static double ThreadCpuNanoseconds()
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Linux) && clock_gettime(ClockThreadCpuTime, out var time) == 0)
        {
            return (time.Seconds * 1e9) + time.Nanoseconds;
        }

        return Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100d;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private sealed record Pair(string BaselineName, Action Baseline, string CandidateName, Action Candidate, int Invocations, Action Cleanup);
}
