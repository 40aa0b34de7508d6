using TikTokMonetization.Orleans.Sample;

// One silo on localhost with in-memory storage; the sample session replayed into three rooms; the roster printed.
return await SampleRun.RunAsync(Console.Out);
