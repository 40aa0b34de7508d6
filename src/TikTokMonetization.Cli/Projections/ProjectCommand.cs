using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Projections;

namespace TikTokMonetization.Cli;

/// <summary>
/// The <c>project</c> command: revenue month by month under growth assumptions, the months in which eligibility changes,
/// and a seeded simulation with percentiles, a fan chart and the odds of reaching an income goal.
/// </summary>
internal static class ProjectCommand
{
    /// <summary>The simulation's paths when neither the settings file nor <c>--paths</c> says: enough for stable P10/P90, quick on a laptop.</summary>
    public const int DefaultPaths = 2_000;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var arguments = new CreatorArguments();
        var growthFlags = new GrowthFlags();
        var months = Bounded("--months", "How many months to project, from 1 to 120.", 1, SimulationSettings.MaxMonths, 12, "count");
        var paths = Bounded("--paths", $"Simulated paths, 0 for none (the deterministic projection only). Default: the settings file's, or {DefaultPaths:N0}.", 0, SimulationSettings.MaxPaths, null, "count");
        var seed = new Option<long?>("--seed") { Description = "The simulation's seed: the same seed gives the same numbers on every machine. Default: the settings file's, or 1.", HelpName = "number" };
        var growthFile = new Option<FileInfo?>("--growth") { Description = "A JSON file of growth assumptions (the shape of the settings file's TikTokMonetization:Projections:Growth section; docs/projections.md). Flags override its drivers.", HelpName = "file" };
        var start = new Option<string?>("--start") { Description = "The calendar month of month 1, as YYYY-MM, so months and crossings show dates (needed for seasonality).", HelpName = "YYYY-MM" };
        start.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && !TryMonth(result.Tokens[0].Value, out _))
            {
                result.AddError($"--start {TerminalText.Quote(result.Tokens[0].Value)} is not a calendar month; write it as YYYY-MM, such as 2027-01.");
            }
        });
        var goal = new Option<decimal?>("--goal") { Description = "A monthly income to reach, in the reporting currency: the simulation gives the odds of reaching it.", HelpName = "amount" };
        goal.Validators.Add(result =>
        {
            // Only a value that parsed: a non-number already has its own parse error (reading it here would throw).
            if (result.Tokens.Count == 1 && decimal.TryParse(result.Tokens[0].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount <= 0m)
            {
                result.AddError($"--goal is {amount.ToString(CultureInfo.InvariantCulture)}; it must be a positive amount of money a month.");
            }
        });
        var goalMonth = Bounded("--goal-month", "The month by which the goal should be reached. Default: the last month.", 1, SimulationSettings.MaxMonths, null, "month");
        var plot = new Option<FileInfo?>("--plot") { Description = "Also draw the chart into an image: FILE.png or FILE.svg.", HelpName = "file" };
        var force = new Option<bool>("--force") { Description = "Overwrite the --plot file if it exists." };
        plot.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && !IsChartFile(result.Tokens[0].Value))
            {
                result.AddError($"--plot {TerminalText.Quote(result.Tokens[0].Value)}: the file must end in .png or .svg.");
            }
        });

        var command = new Command("project", "Revenue over time: month by month under growth assumptions, when eligibility changes, and the odds of reaching an income goal.")
        {
            months, growthFile, start, paths, seed, goal, goalMonth, plot, force,
        };
        growthFlags.AddTo(command);
        arguments.AddTo(command);
        command.Validators.Add(result =>
        {
            // The options' own parse errors are reported already: a value that did not parse is not checked again here
            // (reading it would throw).
            if (new Option[] { months, goalMonth, paths, goal }.Any(o => result.GetResult(o) is { } r && !Parses(r)))
            {
                return;
            }

            if (result.GetValue(goalMonth) is { } by && by > result.GetValue(months))
            {
                result.AddError($"--goal-month is {by}, after the last month projected (--months {result.GetValue(months)}).");
            }

            if (result.GetResult(goal) is not null && result.GetValue(paths) == 0)
            {
                result.AddError("--goal needs simulated paths: the odds of reaching it come from the simulation, and --paths 0 runs none.");
            }

            if (result.GetResult(goalMonth) is not null && result.GetResult(goal) is null)
            {
                result.AddError("--goal-month needs --goal: it is the month by which the --goal income should be reached.");
            }
        });
        command.WithExamples(
            $"{CliApp.CommandName} project --followers-growth 5% --views-growth 2%..6%..10%",
            $"{CliApp.CommandName} project --sample newcomer --months 24 --followers-growth 8% --start 2027-01",
            $"{CliApp.CommandName} project --views-growth 4%~0.15 --goal 3000 --goal-month 12 --plot income.png",
            $"{CliApp.CommandName} project --input creator.json --growth growth.json --format json");

        command.SetAction(result => CliApp.Execute(error, () =>
        {
            var input = result.GetValue(arguments.Input);
            var snapshot = CliApp.ReadCreator(input, result.GetValue(arguments.Sample));
            if (result.GetValue(plot) is { } target)
            {
                // Before the simulation: a run of minutes must not end in "cannot write".
                CliFiles.RequireOutput(target, "--plot", result.GetValue(force));
            }

            // --start gives the month that seasonality needs, whether the factors come from the settings file or a
            // growth file: it is applied before either is checked.
            DateTime? startMonth = result.GetValue(start) is { } month && TryMonth(month, out var first) ? first : null;
            var pathsConfigured = false;
            using var provider = arguments.BuildServices(result, (builder, section) =>
            {
                pathsConfigured = section?.GetSection("Projections:Simulation:Paths").Value is not null;
                if (section is null)
                {
                    builder.AddProjections();
                }
                else
                {
                    builder.AddProjections(section.GetSection("Projections"));
                }

                if (startMonth.HasValue)
                {
                    builder.Services.PostConfigure<ProjectionOptions>(o => o.Growth.StartMonth = startMonth.Value);
                }
            });
            var options = provider.GetRequiredService<IOptions<ProjectionOptions>>().Value;
            // The provider, and so these options, belong to this run alone: the flags may change them in place.
            var file = result.GetValue(growthFile);
            var assumptions = file is not null ? ReadGrowth(file) : options.Growth;
            growthFlags.ApplyTo(result, assumptions);
            if (startMonth.HasValue)
            {
                assumptions.StartMonth = startMonth.Value;
            }

            if (file is not null)
            {
                ThrowIfInvalid(assumptions, file);
            }

            var count = result.GetValue(months) ?? 12;
            var projector = provider.GetRequiredService<IRevenueProjector>();
            var projection = projector.Project(snapshot, assumptions, count);

            var pathCount = result.GetValue(paths) ?? (pathsConfigured ? options.Simulation.Paths : DefaultPaths);
            IncomeGoal? incomeGoal = result.GetValue(goal) is { } amount ? new IncomeGoal(new Money(amount, projection.Currency), result.GetValue(goalMonth) ?? count) : null;
            RevenueSimulation? simulation = null;
            if (pathCount > 0)
            {
                var settings = new SimulationSettings
                {
                    Months = count,
                    Paths = pathCount,
                    Seed = result.GetValue(seed) ?? options.Simulation.Seed,
                    // The table and the chart show P10, P50 and P90; percentiles the settings add stay in the JSON document.
                    Percentiles = [.. options.Simulation.Percentiles.Union([10m, 50m, 90m]).Order()],
                    MaxDegreeOfParallelism = options.Simulation.MaxDegreeOfParallelism,
                };
                try
                {
                    simulation = SimulationProgressBar.Run(error, settings.Paths, progress => projector.Simulate(snapshot, assumptions, settings, incomeGoal, progress));
                }
                catch (ArgumentException refused) when (refused.ParamName == "goal")
                {
                    // The SDK's reason, without the parameter name it appends: the goal came from --goal.
                    throw new CliException(refused.Message.Replace(" (Parameter 'goal')", string.Empty, StringComparison.Ordinal));
                }
            }

            var run = new ProjectionRun(snapshot, assumptions, projection, simulation, incomeGoal);
            if (result.GetValue(plot) is { } image)
            {
                CliFiles.Writing(image.ToString(), "--plot", () => Charts.ProjectionChart.Save(projection, simulation, incomeGoal, image.FullName));
            }

            if (result.GetValue(arguments.Format) == "json")
            {
                CliJson.Write(output, ProjectionDocument.From(run), CliJson.Context.ProjectionDocument);
            }
            else
            {
                ConsoleOutput.Write(output, console => ProjectionView.Write(console, run));
                if (result.GetValue(plot) is { } written)
                {
                    output.WriteLine($"Chart written to {TerminalText.Clean(written.ToString())}.");
                }
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Returns whether a <c>--plot</c> file name asks for a format the chart writes (.png or .svg).</summary>
    internal static bool IsChartFile(string fileName) =>
        fileName.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".svg", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads a growth file; unknown keys and values that do not convert are errors naming the file, never ignored. The
    /// assumptions are checked by <see cref="ThrowIfInvalid"/> once the flags and <c>--start</c> are applied to them.
    /// </summary>
    internal static GrowthAssumptions ReadGrowth(FileInfo file)
    {
        CliFiles.RequireInput(file, "--growth");

        IConfigurationRoot root;
        try
        {
            root = new ConfigurationBuilder().AddJsonFile(file.FullName, optional: false, reloadOnChange: false).Build();
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or IOException or System.Text.Json.JsonException)
        {
            throw new CliException($"{TerminalText.Clean(file.ToString())}: not a JSON object of growth assumptions ({ex.Message}).");
        }

        GrowthAssumptions assumptions;
        try
        {
            assumptions = root.Get<GrowthAssumptions>(o => o.ErrorOnUnknownConfiguration = true) ?? new GrowthAssumptions();
        }
        catch (InvalidOperationException ex)
        {
            // A typo ("Folowers") or a word where a number goes would otherwise leave that driver at no growth, silently.
            throw new CliException($"{TerminalText.Clean(file.ToString())}: {ex.Message} The keys are Followers, Views, LiveHours, AverageViewers, Posts, Engagement (each with Distribution, Rate, Low, Expected, High, Median, Spread, MaxMultiple), Seasonality and StartMonth.");
        }

        return assumptions;
    }

    /// <summary>Refuses a growth file's assumptions (with the flags applied) that are invalid, every problem named with the file.</summary>
    private static void ThrowIfInvalid(GrowthAssumptions assumptions, FileInfo file)
    {
        var problems = assumptions.Validate();
        if (problems.Count != 0)
        {
            throw new CliException(problems.Select(p => $"{TerminalText.Clean(file.ToString())}: {p}").ToList());
        }
    }

    private static bool TryMonth(string text, out DateTime month) =>
        DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out month);

    /// <summary>Whether an option's value converts to its type (a parse error is reported for it otherwise).</summary>
    private static bool Parses(OptionResult result)
    {
        try
        {
            _ = result.GetValueOrDefault<object?>();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static Option<int?> Bounded(string name, string description, int min, int max, int? fallback, string helpName)
    {
        var option = new Option<int?>(name) { Description = description, HelpName = helpName };
        if (fallback is { } value)
        {
            option.DefaultValueFactory = _ => value;
        }

        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var given) && (given < min || given > max))
            {
                result.AddError(FormattableString.Invariant($"{name} is {given}; it must be from {min} to {max:N0}."));
            }
        });
        return option;
    }
}

/// <summary>Everything one <c>project</c> run computed, for the views, the JSON document and the chart.</summary>
internal sealed record ProjectionRun(CreatorSnapshot Snapshot, GrowthAssumptions Assumptions, RevenueProjection Projection, RevenueSimulation? Simulation, IncomeGoal? Goal);
