using BenchmarkDotNet.Running;

return TikTokMonetization.Benchmarks.BenchmarkExitCode.From(BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args));
