using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using TikTokMonetization.Creators;
using TikTokMonetization.Projections;

namespace TikTokMonetization.Cli;

/// <summary>
/// The <c>goal</c> command: how far views, followers, LIVE hours or LIVE viewers must rise, each alone, for the expected
/// total income of a period to reach a target (goal-seek on the same engine and models as <c>estimate</c>).
/// </summary>
internal static class GoalCommand
{
    private static readonly GoalLever[] Levers = [GoalLever.Views, GoalLever.Followers, GoalLever.LiveHours, GoalLever.AverageViewers];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var arguments = new CreatorArguments();
        var target = new Option<decimal>("--target", "-t")
        {
            Description = "The expected total income per period to reach, in the reporting currency.",
            HelpName = "amount",
            Required = true,
        };
        target.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && decimal.TryParse(result.Tokens[0].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount <= 0m)
            {
                result.AddError($"--target is {amount.ToString(CultureInfo.InvariantCulture)}; it must be a positive amount of money.");
            }
        });
        var lever = new Option<string[]>("--lever", "-l")
        {
            Description = "Which levers to try, each alone (repeat the option for several). Default: all four.",
            HelpName = string.Join('|', Levers.Select(l => l.Name)),
            AllowMultipleArgumentsPerToken = true,
        };
        lever.AcceptOnlyFromAmongIgnoringCase([.. Levers.Select(l => l.Name)]);
        var command = new Command("goal", "Goal-seek: how many more views, followers, LIVE hours or LIVE viewers reach an income target, each on its own.")
        {
            target,
            lever,
        };
        arguments.AddTo(command);
        command.WithExamples(
            $"{CliApp.CommandName} goal --target 2000",
            $"{CliApp.CommandName} goal --sample newcomer --target 500 --lever views --lever followers",
            $"{CliApp.CommandName} goal --input creator.json --target 1500 --currency EUR --format json");
        command.SetAction(result => CliApp.Execute(error, () =>
        {
            // Like the other creator commands, but goal-seek needs the projector as well as the engine.
            var snapshot = CliApp.ReadCreator(result.GetValue(arguments.Input), result.GetValue(arguments.Sample));
            using var provider = arguments.BuildServices(result, static (builder, _) => builder.AddProjections());
            var projector = provider.GetRequiredService<IRevenueProjector>();
            var currency = provider.GetRequiredService<Revenue.IRevenueModelContext>().Settings.ReportingCurrency;
            var goal = new Money(result.GetValue(target), currency);
            var chosen = result.GetValue(lever) is { Length: > 0 } names ? Levers.Where(l => names.Contains(l.Name, StringComparer.Ordinal)).ToArray() : Levers;
            var answers = chosen.Select(l => projector.SeekGoal(snapshot, goal, l)).ToList();
            if (result.GetValue(arguments.Format) == "json")
            {
                CliJson.Write(output, GoalDocument.From(snapshot, goal, answers), CliJson.Context.GoalDocument);
            }
            else
            {
                ConsoleOutput.Write(output, console => Write(console, snapshot, goal, answers));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Write(IAnsiConsole console, CreatorSnapshot snapshot, Money goal, IReadOnlyList<GoalSeekResult> answers)
    {
        Views.Say(console, $"What reaches {Formats.Amount(goal)} {goal.Currency.Code} of expected income a period ({snapshot.PeriodDays} days) for {snapshot.CreatorId ?? "this creator"}? Each lever alone, the rest as today.");
        console.WriteLine();
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Lever")
            .AddColumn(new TableColumn("Now").RightAligned())
            .AddColumn(new TableColumn("Needed").RightAligned())
            .AddColumn(new TableColumn("Increase").RightAligned())
            .AddColumn(new TableColumn("Expected total there").RightAligned());
        foreach (var answer in answers)
        {
            var total = Formats.Amount(answer.Report.Total.Expected);
            table.AddRow(
                new Text(answer.Lever.Unit),
                new Text(InSteps(answer.Lever, answer.Current)),
                new Text(answer.Value is { } value ? InSteps(answer.Lever, value) : "out of reach"),
                new Text(answer.Increase is { } increase ? Increase(answer, increase) : string.Empty),
                new Text(answer.IsReachable ? total : $"{total} at most"));
        }

        console.Write(table);
        foreach (var answer in answers.Where(a => !a.IsReachable))
        {
            Views.Say(console, $"{answer.Lever.Unit}: {answer.Reason}");
        }

        Views.Say(console, "Needed: the smallest value, in whole steps, at which the expected total reaches the target; one step less does not. Each lever moves what follows it (views move likes and comments at today's rates; docs/projections.md).");
    }

    private static string Increase(GoalSeekResult answer, decimal increase)
    {
        var text = "+" + InSteps(answer.Lever, increase);
        return answer.Current > 0m ? $"{text} ({Formats.Share(increase / answer.Current)})" : text;
    }

    /// <summary>A lever's value with as many decimals as its step: "3,195,134", "79.40".</summary>
    internal static string InSteps(GoalLever lever, decimal value) =>
        value.ToString("N" + ((decimal.GetBits(lever.Step)[3] >> 16) & 0xFF).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}

/// <summary>The <c>goal --format json</c> document: the target and, per lever, the value now, the value needed (or why none), and the expected total there.</summary>
internal sealed record GoalDocument(int SchemaVersion, string Command, string? CreatorId, MoneyJson Target, IReadOnlyList<GoalLeverJson> Levers)
{
    public static GoalDocument From(CreatorSnapshot snapshot, Money target, IReadOnlyList<GoalSeekResult> answers) => new(
        CliJson.SchemaVersion,
        "goal",
        snapshot.CreatorId,
        MoneyJson.From(target),
        answers.Select(a => new GoalLeverJson(a.Lever.Name, a.Lever.Unit, a.Current, a.IsReachable, a.Value, a.Increase, MoneyJson.From(a.Report.Total.Expected), a.Reason)).ToList());
}

/// <summary>One lever's answer.</summary>
internal sealed record GoalLeverJson(string Lever, string Unit, decimal Current, bool Reachable, decimal? Needed, decimal? Increase, MoneyJson ExpectedTotal, string? Reason);
