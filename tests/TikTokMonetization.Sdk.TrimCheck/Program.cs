using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;
using TikTokMonetization.Serialization;

// Exercises the reflection-sensitive paths (configuration binding, options validation, JSON) after trimming.
var configuration = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["TikTokMonetization:LiveGifts:AgencyShare"] = "0.1",
        ["TikTokMonetization:LiveGifts:CoinsPerViewerHour:Expected"] = "40",
        ["TikTokMonetization:RateCards:default:Source"] = "trim check",
        ["TikTokMonetization:Reach:MaximumViewsUplift"] = "0.3",
        ["TikTokMonetization:Subscriptions:MinimumFollowers"] = "5000",
    })
    .Build();
var section = configuration.GetSection("TikTokMonetization");
var services = new ServiceCollection();
services.AddTikTokMonetization(section).AddBuiltInModels(section);
using var provider = services.BuildServiceProvider();
provider.GetRequiredService<IStartupValidator>().Validate();
var snapshot = CreatorSnapshotJson.Deserialize(CreatorSnapshotJson.Serialize(SampleCreators.MidTierUs));
var engine = provider.GetRequiredService<IRevenueEngine>();
var report = engine.Estimate(snapshot);
var likes = engine.AnalyzeLikes(snapshot);
Console.WriteLine($"trimmed: {report.Streams.Count} streams, total {report.Total}; 1,000 likes worth {likes.MarginalValuePer1000Likes}");
return report.Streams.Count == 6 && report.Total.Expected.Amount > 0m ? 0 : 1;
