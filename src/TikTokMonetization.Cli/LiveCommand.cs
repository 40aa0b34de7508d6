using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Live;

namespace TikTokMonetization.Cli;

/// <summary>The <c>live</c> command: <c>live replay FILE.jsonl</c> runs a recorded LIVE session through the gift ledger.</summary>
internal static class LiveCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var live = new Command("live", "LIVE sessions: count gifts exactly once (streaks, duplicates, lost end frames) and report totals.");
        live.Subcommands.Add(Replay(output, error));
        return live;
    }

    private static Command Replay(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("file") { Description = "A recorded session in JSON Lines: one event per line (gift, like, viewers, follow, share, subscription); see docs/live-ledger.md." };
        var top = new Option<int>("--top", "-n") { Description = "How many gifters the leaderboard lists. Default: 10.", DefaultValueFactory = _ => 10 };
        var rateCard = new Option<string?>("--rate-card") { Description = "The rate card that converts coins to diamonds and cash. Default: the LIVE gifts model's card." };
        var goalDiamonds = new Option<decimal?>("--goal-diamonds") { Description = "A diamond goal to report progress towards." };
        var goalCash = new Option<decimal?>("--goal-cash") { Description = "A cash goal, in the rate card's currency, to report progress towards." };
        var command = new Command("replay", "Replay a recorded LIVE session and print the totals, the leaderboard, per-gift totals and the data-quality flags.\nExample: tiktok-monetization live replay session.jsonl --top 5 --goal-diamonds 50000")
        {
            file,
            top,
            rateCard,
            goalDiamonds,
            goalCash,
        };
        command.SetAction((result, cancellationToken) => CliApp.ExecuteAsync(error, async () =>
        {
            var path = result.GetValue(file)!;
            var count = result.GetValue(top);
            if (count < 1)
            {
                error.WriteLine($"error: --top is {count}; it must be 1 or greater.");
                return ExitCodes.InputError;
            }

            using var provider = BuildServices(result.GetValue(rateCard), result.GetValue(goalDiamonds), result.GetValue(goalCash));
            provider.GetRequiredService<IStartupValidator>().Validate();
            var ledger = provider.GetRequiredService<ILiveLedgerFactory>().Create();
            using var reader = LiveEventJsonLinesReader.OpenFile(path.FullName);
            await ledger.IngestAsync(reader.ReadAllAsync(cancellationToken), cancellationToken).ConfigureAwait(false);

            // A recording is over when the file ends: streaks still open never got their end frame.
            ledger.Flush();
            LiveReplayWriter.Write(path.Name, ledger.GetSummary(count), reader, output);
            return 0;
        }));
        return command;
    }

    private static ServiceProvider BuildServices(string? rateCard, decimal? goalDiamonds, decimal? goalCash)
    {
        var services = new ServiceCollection();
        services.AddTikTokMonetization()
            .AddLiveGifts()
            .AddLiveLedger(o =>
            {
                o.RateCard = rateCard;
                if (goalDiamonds is { } diamonds)
                {
                    o.Goals.Add(new LiveGoal { Name = "diamond goal", Unit = LiveGoalUnit.Diamonds, Target = diamonds });
                }

                if (goalCash is { } cash)
                {
                    o.Goals.Add(new LiveGoal { Name = "cash goal", Unit = LiveGoalUnit.Cash, Target = cash });
                }
            });
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
