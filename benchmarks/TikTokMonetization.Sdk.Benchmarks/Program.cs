using BenchmarkDotNet.Running;

// --paired NAME [rounds]: the CPU-time harness for a busy machine (PairedCpuTime); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "--paired")
{
    return TikTokMonetization.Benchmarks.PairedCpuTime.Run(args);
}

return TikTokMonetization.Benchmarks.BenchmarkExitCode.From(BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args));
