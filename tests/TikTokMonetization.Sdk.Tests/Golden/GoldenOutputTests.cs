using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Benchmarks;
using TikTokMonetization.Creators;
using TikTokMonetization.Live;
using TikTokMonetization.Projections;
using TikTokMonetization.Revenue;
using TikTokMonetization.Serialization;

namespace TikTokMonetization.Tests;

/// <summary>
/// Byte-for-byte dumps of what the SDK computes for fixed inputs: the sample creators' reports and likes analyses in
/// four currencies, a generated mix of creators (full reports and batch cells), and ledger summaries over recorded and
/// generated LIVE sessions. A refactor or a speed-up must leave every one of them unchanged; a deliberate change of
/// output is approved by rewriting them (see <see cref="GoldenFile"/>). Both package builds must give the same bytes.
/// </summary>
public sealed class GoldenOutputTests
{
    private static readonly Currency[] Currencies = [Currency.Usd, Currency.Eur, Currency.Gbp, Currency.Jpy];

    [Fact]
    public void SampleCreators_ReportsAndLikesAnalyses_AreUnchanged()
    {
        using var provider = TestServices.BuiltIns();
        var engine = provider.GetRequiredService<IRevenueEngine>();
        var text = new StringBuilder();
        foreach (var (name, creator) in Creators())
        {
            text.Append("# ").Append(name).Append('\n');
            foreach (var currency in Currencies)
            {
                GoldenText.Report(text, engine.Estimate(creator, currency));
            }

            foreach (var likes in new long[] { 1, 1_000, 250_000 })
            {
                GoldenText.Likes(text, engine.AnalyzeLikes(creator, likes));
            }
        }

        GoldenFile.Verify("sample-creators.txt", text.ToString());
    }

    [Fact]
    public void GeneratedMix_ReportsAndBatchCells_AreUnchanged()
    {
        using var provider = TestServices.BuiltIns();
        var engine = provider.GetRequiredService<IRevenueEngine>();
        var mix = CreatorMix.ForBatch();
        var text = new StringBuilder();

        // The first creators in full; the rest of the first 2,000 as one hash of the same text.
        const int InFull = 12;
        var hashed = new StringBuilder();
        for (var i = 0; i < 2_000; i++)
        {
            GoldenText.Report(i < InFull ? text : hashed, engine.Estimate(mix[i]));
        }

        text.Append(CultureInfo.InvariantCulture, $"# reports {InFull}..1999 sha256 {GoldenText.Hash(hashed.ToString())}\n");

        var cells = new decimal[mix.Length * engine.Models.Count];
        engine.EstimateExpected(mix, cells);
        var all = new StringBuilder();
        var sum = 0m;
        for (var i = 0; i < cells.Length; i++)
        {
            all.Append(cells[i].ToString(CultureInfo.InvariantCulture)).Append('\n');
            sum += cells[i];
            if (i < 600)
            {
                text.Append(CultureInfo.InvariantCulture, $"cell {i} {cells[i]}\n");
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"# batch of {mix.Length} creators × {engine.Models.Count} streams: sum {sum} sha256 {GoldenText.Hash(all.ToString())}\n");
        GoldenFile.Verify("generated-mix.txt", text.ToString());
    }

    [Fact]
    public void LedgerSummaries_OfRecordedAndGeneratedSessions_AreUnchanged()
    {
        var text = new StringBuilder();
        var recorded = LedgerTestKit.NewLedger();
        using (var reader = LiveEventJsonLinesReader.OpenFile(GoldenFile.TestData("live", "sample-session.jsonl")))
        {
            foreach (var e in reader.ReadAll())
            {
                recorded.Record(e);
            }
        }

        Summary(text, "recorded sample session", recorded);
        for (var seed = 1; seed <= 6; seed++)
        {
            var ledger = LedgerTestKit.NewLedger();
            foreach (var e in GeneratedSession(seed))
            {
                ledger.Record(e);
            }

            Summary(text, $"generated session {seed}", ledger);
        }

        GoldenFile.Verify("ledger-summaries.txt", text.ToString());
    }

    [Fact]
    public void Projections_SimulationsAndGoalSeek_AreUnchanged()
    {
        using var provider = TestServices.BuiltIns(b => b.AddProjections());
        var projector = provider.GetRequiredService<IRevenueProjector>();
        var text = new StringBuilder();
        var creator = SampleCreators.MidTierUs with { Profile = SampleCreators.MidTierUs.Profile with { Followers = 9_000 } };
        var seasonality = new List<decimal> { 0.9m, 0.9m, 1m, 1m, 1m, 1.05m, 1.1m, 1.1m, 1m, 1m, 1.2m, 1.4m };
        var growth = new GrowthAssumptions
        {
            Followers = DriverGrowth.Fixed(0.05m).SaturatingAt(1.5m),
            Views = DriverGrowth.Between(-0.02m, 0.03m, 0.08m),
            LiveHours = DriverGrowth.LogNormal(0.02m, 0.2m),
            AverageViewers = DriverGrowth.Fixed(0.01m),
            Posts = DriverGrowth.Between(0m, 0m, 0.05m),
            Engagement = DriverGrowth.LogNormal(0m, 0.05m),
            Seasonality = seasonality,
            StartMonth = new DateTime(2027, 1, 1),
        };

        var projection = projector.Project(creator, growth, 14);
        foreach (var month in projection.Months)
        {
            text.Append(CultureInfo.InvariantCulture, $"month {month.Month} {month.Date:yyyy-MM} {month.Levels} capped [{string.Join(",", month.CappedDrivers)}]\n");
            text.Append(CultureInfo.InvariantCulture, $"  totals {GoldenText.Amount(month.TotalAtLowGrowth)} {GoldenText.Amount(month.TotalAtExpectedGrowth)} {GoldenText.Amount(month.TotalAtHighGrowth)}\n");
            foreach (var stream in month.Streams)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {stream.Name} eligible={stream.IsEligible} {GoldenText.Range(stream.Range)} low {GoldenText.Amount(stream.AtLowGrowth)} high {GoldenText.Amount(stream.AtHighGrowth)}\n");
            }

            if (month.Month is 3 or 14)
            {
                GoldenText.Report(text, month.Report);
            }
        }

        foreach (var crossing in projection.Crossings)
        {
            text.Append("crossing ").Append(crossing).Append('\n');
        }

        var simulation = projector.Simulate(creator, growth, new SimulationSettings { Paths = 300, Months = 14, Seed = 42, Percentiles = [5m, 25m, 50m, 75m, 95m] }, new IncomeGoal(Money.Usd(4_000m), 10));
        foreach (var month in simulation.Months)
        {
            text.Append(CultureInfo.InvariantCulture, $"sim {month.Month} total {string.Join(" ", month.Total.Values.Select(GoldenText.Amount))} mean {GoldenText.Amount(month.Total.Mean)} goal {month.GoalProbability}\n");
            foreach (var stream in month.Streams)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {stream.Name} {string.Join(" ", stream.Values.Values.Select(GoldenText.Amount))} mean {GoldenText.Amount(stream.Values.Mean)} eligible {stream.EligibleProbability}\n");
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"goal reached {simulation.GoalReachedProbability} capped {simulation.CappedPathMonths}\n");
        foreach (var lever in new[] { GoalLever.Views, GoalLever.Followers, GoalLever.LiveHours, GoalLever.AverageViewers })
        {
            var answer = projector.SeekGoal(creator, Money.Usd(4_000m), lever);
            text.Append(CultureInfo.InvariantCulture, $"seek {lever.Name} {answer} | {GoldenText.Range(answer.Report.Total)}\n");
        }

        GoldenFile.Verify("projections.txt", text.ToString());
    }

    private static void Summary(StringBuilder text, string name, LiveLedger ledger)
    {
        text.Append("# ").Append(name).Append('\n');
        var open = ledger.GetSummary();
        text.Append("## before flush\n").Append(LedgerTestKit.Everything(open)).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"duration {open.ObservedDuration} gifters {open.GifterCount}\n");
        ledger.Flush();
        var closed = ledger.GetSummary();
        text.Append("## after flush\n").Append(LedgerTestKit.Everything(closed)).Append('\n');
        var stats = closed.ToLiveStats();
        text.Append(CultureInfo.InvariantCulture, $"stats hours {stats.Hours:R} sessions {stats.Sessions} viewers {stats.AverageConcurrentViewers:R} likes {stats.Likes} follows {stats.NewFollowers} coins {stats.CoinsGifted?.Value}\n");
    }

    /// <summary>
    /// A well-formed session: streaks with group ids whose counts rise and end, some frames re-sent, some streaks
    /// left open, catalog and priced gifts, viewer counts and likes, ten minutes long.
    /// </summary>
    private static IEnumerable<LiveEvent> GeneratedSession(int seed)
    {
        var random = new Random(seed);
        var events = new List<LiveEvent>();
        var t0 = LedgerTestKit.T0;
        long group = 1;
        for (var second = 0; second < 600; second += random.Next(1, 6))
        {
            var at = t0.AddSeconds(second);
            switch (random.Next(10))
            {
                case 0:
                    events.Add(LiveEvent.FromViewerCount(new ViewerCountEvent { Viewers = random.Next(50, 5_000), Timestamp = at }));
                    break;
                case 1:
                    events.Add(LiveEvent.FromLike(new LikeEvent { SenderId = random.Next(1, 40), Count = random.Next(1, 16), RoomTotal = second * 10L, Timestamp = at }));
                    break;
                default:
                    var sender = random.Next(1, 40);
                    var gift = random.Next(4) == 0 ? LedgerTestKit.Lion(sender, second, group) : LedgerTestKit.Rose(sender, 1, false, second, group);
                    var length = random.Next(1, 8);
                    var ends = random.Next(5) != 0;
                    for (var count = 1; count <= length; count++)
                    {
                        var frame = gift with { RepeatCount = count, RepeatEnd = ends && count == length, Timestamp = at.AddMilliseconds(count * 200) };
                        events.Add(LiveEvent.FromGift(frame));
                        if (random.Next(6) == 0)
                        {
                            events.Add(LiveEvent.FromGift(frame));
                        }
                    }

                    group++;
                    break;
            }
        }

        return events;
    }

    private static IEnumerable<(string Name, CreatorSnapshot Creator)> Creators()
    {
        yield return ("SampleCreators.MidTierUs", SampleCreators.MidTierUs);
        yield return ("SampleCreators.Newcomer", SampleCreators.Newcomer);
        yield return ("SampleCreators.LikesOnly", SampleCreators.LikesOnly);
        yield return ("TestData/creators/valid-full.json", CreatorSnapshotJson.ReadFile(GoldenFile.TestData("creators", "valid-full.json")));
        yield return ("src/TikTokMonetization.Cli/Samples/creator.json", CreatorSnapshotJson.ReadFile(Path.Combine(RepositoryFiles.Root, "src", "TikTokMonetization.Cli", "Samples", "creator.json")));
    }
}
