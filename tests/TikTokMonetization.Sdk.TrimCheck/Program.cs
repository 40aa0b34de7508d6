using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization;
using TikTokMonetization.Creators;
using TikTokMonetization.Live;
using TikTokMonetization.RateCards;
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
// The LIVE ledger: an event line in, a checkpoint out and back (both source-generated JSON).
var ledger = new LiveLedger(provider.GetRequiredService<IRateCardProvider>().Get());
ledger.Record(LiveEventJson.Parse("""{"type":"gift","time":"2025-03-01T20:00:01Z","giftId":5655,"giftName":"Rose","giftType":1,"coins":1,"senderId":"1001","senderName":"ana","groupId":"101","repeatCount":3,"repeatEnd":true}"""));
var restored = LiveLedger.Restore(ledger.SaveCheckpoint(), provider.GetRequiredService<IRateCardProvider>().Get());
var coins = restored.GetSummary().Host.Coins;
Console.WriteLine($"trimmed ledger: {coins} after checkpoint and restore");
return report.Streams.Count == 6 && report.Total.Expected.Amount > 0m && coins == new Coins(3) ? 0 : 1;
