using System.CommandLine;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Live;
using TikTokMonetization.RateCards;

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
        var top = new Option<int>("--top", "-n") { Description = "How many gifters the leaderboard lists.", DefaultValueFactory = _ => 10, HelpName = "count" };
        var rateCard = RateCardFlag.Create("The rate card that converts coins to diamonds and cash: default (1 diamond per coin), two-coins-per-diamond, us-scaled-live-rewards-2025, or a card in the settings file. Default: the settings file's LiveLedger:RateCard, else the LIVE gifts model's card.");
        // Values the command line alone can judge are usage errors (exit code 2), as for every command (docs/cli.md).
        top.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var given) && given < 1)
            {
                result.AddError(FormattableString.Invariant($"--top is {given}; it must be 1 or greater."));
            }
        });
        var coinPrices = new Option<string?>("--coin-prices")
        {
            Description = $"The coin packs viewers bought, to show what they paid beside what the creator receives: {string.Join(", ", CoinPriceTables.Names)}. Default: {CoinPriceTables.Default}.",
            HelpName = "table",
        };
        coinPrices.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && !CoinPriceTables.TryGet(result.Tokens[0].Value, out _))
            {
                var typed = result.Tokens[0].Value;
                var hint = Suggestions.DidYouMean(Suggestions.Closest(typed, CoinPriceTables.Names));
                result.AddError($"--coin-prices is {TerminalText.Quote(typed)}; it must name a coin price table: {string.Join(", ", CoinPriceTables.Names)}.{(hint is null ? string.Empty : " " + hint)}");
            }
        });
        var goalDiamonds = new Option<decimal?>("--goal-diamonds") { Description = "A diamond goal to report progress towards.", HelpName = "diamonds" };
        var goalCash = new Option<decimal?>("--goal-cash") { Description = "A cash goal, in the rate card's currency, to report progress towards.", HelpName = "amount" };
        var config = CliApp.ConfigOption();
        var format = CliApp.FormatOption();
        var command = new Command("replay", "Replay a recorded LIVE session and print the totals, the leaderboard, per-gift totals and the data-quality flags.")
        {
            file,
            top,
            rateCard,
            coinPrices,
            goalDiamonds,
            goalCash,
            config,
            format,
        };
        command.WithExamples(
            $"{CliApp.CommandName} live replay session.jsonl",
            $"{CliApp.CommandName} live replay session.jsonl --top 5 --goal-diamonds 50000",
            $"{CliApp.CommandName} live replay session.jsonl --rate-card two-coins-per-diamond --coin-prices uk-in-app",
            $"{CliApp.CommandName} live replay session.jsonl --config settings.json --format json");
        command.SetAction((result, cancellationToken) => CliApp.ExecuteAsync(error, async () =>
        {
            var path = result.GetValue(file)!;
            var count = result.GetValue(top);

            var viewerPrices = CoinPrices(result.GetValue(coinPrices));

            // The same settings file as 'estimate': rate cards, the LIVE gifts model and the ledger's own LiveLedger section;
            // the flags go on top of it.
            var flagCard = result.GetValue(rateCard);
            var diamonds = result.GetValue(goalDiamonds);
            var cash = result.GetValue(goalCash);
            using var provider = CliApp.BuildServices(result.GetValue(config), currency: null, (builder, section) =>
            {
                if (section is null)
                {
                    builder.AddLiveLedger();
                }
                else
                {
                    builder.AddLiveLedger(section.GetSection("LiveLedger"));
                }

                var card = flagCard is null ? null : RateCardFlag.Resolve(flagCard, section);
                builder.Services.PostConfigure<LiveLedgerOptions>(o => ApplyFlags(o, card, diamonds, cash));
            });
            var ledger = provider.GetRequiredService<ILiveLedgerFactory>().Create();
            using var session = OpenSession(path);
            using var reader = new LiveEventJsonLinesReader(session, path.Name);
            await ReplayProgressBar.RunAsync(error, session, (warn, read) =>
                ledger.IngestAsync(ReportingLineErrors(reader, warn, read, cancellationToken), cancellationToken)).ConfigureAwait(false);

            // A recording is over when the file ends: streaks still open never got their end frame.
            ledger.Flush();
            var summary = ledger.GetSummary(count);
            if (summary.EventsRecorded == 0)
            {
                error.WriteLine($"error: {TerminalText.Clean(path.ToString())}: no usable event in {reader.LinesRead.ToString("N0", CultureInfo.InvariantCulture)} line(s) ({reader.Errors.Count.ToString("N0", CultureInfo.InvariantCulture)} rejected, {summary.DataQuality.EventsRejected.ToString("N0", CultureInfo.InvariantCulture)} refused by the ledger); a session file holds one JSON event per line (docs/live-ledger.md).");
                return ExitCodes.InputError;
            }

            if (result.GetValue(format) == "json")
            {
                CliJson.Write(output, LiveReplayDocument.From(path.Name, summary, reader, viewerPrices), CliJson.Context.LiveReplayDocument);
            }
            else
            {
                var terminal = ConsoleOutput.IsTerminal(output);
                LiveReplayWriter.Write(path.Name, summary, reader, viewerPrices, output, terminal ? TerminalWidth() : ConsoleOutput.FixedWidth, ConsoleOutput.SupportsUnicode(output));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    // The terminal's width, within reason; 80 when it cannot be read.
    private static int TerminalWidth()
    {
        try
        {
            var width = Console.WindowWidth;
            return width <= 0 ? 80 : Math.Clamp(width, 40, 200);
        }
        catch (IOException)
        {
            return 80;
        }
    }

    // The validator has refused any other name.
    private static CoinPriceTable CoinPrices(string? typed) =>
        CoinPriceTables.TryGet(typed ?? CoinPriceTables.Default, out var table) ? table : throw new InvalidOperationException($"--coin-prices '{typed}' passed its validator.");

    private static FileStream OpenSession(FileInfo path)
    {
        CliFiles.RequireInput(path, "the session file");

        return new FileStream(path.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024, FileOptions.SequentialScan);
    }

    /// <summary>Passes the events on, writes each line the reader rejects as a warning as soon as it is found, and reports the lines read.</summary>
    private static async IAsyncEnumerable<LiveEvent> ReportingLineErrors(LiveEventJsonLinesReader reader, Action<string> warn, Action<long> read, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reported = 0;
        await foreach (var item in reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            reported = Report(reader, warn, reported);
            read(reader.LinesRead);
            yield return item;
        }

        Report(reader, warn, reported);

        static int Report(LiveEventJsonLinesReader reader, Action<string> warn, int reported)
        {
            var errors = reader.Errors;
            for (; reported < errors.Count; reported++)
            {
                warn("warning: skipped " + errors[reported]);
            }

            return reported;
        }
    }

    private static void ApplyFlags(LiveLedgerOptions options, string? rateCard, decimal? goalDiamonds, decimal? goalCash)
    {
        if (rateCard is not null)
        {
            options.RateCard = rateCard;
        }

        if (goalDiamonds is { } diamonds)
        {
            options.Goals.Add(new LiveGoal { Name = "diamond goal", Unit = LiveGoalUnit.Diamonds, Target = diamonds });
        }

        if (goalCash is { } cash)
        {
            options.Goals.Add(new LiveGoal { Name = "cash goal", Unit = LiveGoalUnit.Cash, Target = cash });
        }
    }
}
