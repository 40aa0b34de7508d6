using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;
using TikTokMonetization.Serialization;

// Exercises the reflection-sensitive paths (configuration binding, options validation, JSON) after trimming.
var configuration = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?> { ["LiveGifts:AgencyShare"] = "0.1", ["LiveGifts:CoinsPerViewerHour:Expected"] = "40" })
    .Build();
var services = new ServiceCollection();
services.AddTikTokMonetization().AddLiveGifts(configuration.GetSection("LiveGifts"));
using var provider = services.BuildServiceProvider();
provider.GetRequiredService<IStartupValidator>().Validate();
var snapshot = CreatorSnapshotJson.Deserialize(CreatorSnapshotJson.Serialize(SampleCreators.MidTierUs));
var report = provider.GetRequiredService<IRevenueEngine>().Estimate(snapshot);
Console.WriteLine($"trimmed: {report.Total}");
return report.Total.Expected.Amount > 0m ? 0 : 1;
