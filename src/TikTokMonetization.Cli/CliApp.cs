using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;
using TikTokMonetization.Serialization;

namespace TikTokMonetization.Cli;

/// <summary>
/// The command-line tool: builds the commands, parses the arguments, runs the SDK, writes the results. Everything goes
/// through the two writers it is given, so tests run it in-process and read what a user would see.
/// </summary>
internal static class CliApp
{
    /// <summary>The command users type (the tool's <c>ToolCommandName</c>); every usage line and hint starts with it.</summary>
    public const string CommandName = "tiktok-monetization";

    /// <summary>Runs the tool and returns its exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // Every human-readable line may carry untrusted text (names chosen by viewers, file contents, arguments): both
        // writers escape control characters, so no input reaches the terminal raw.
        output = new TerminalSafeWriter(output, ConsoleOutput.IsTerminal(output));
        error = new TerminalSafeWriter(error, isTerminal: false);
        var root = CreateRoot(output, error);

        // The parser turns path options into FileInfo while parsing, and a NUL character makes that throw: no path or
        // value the tool takes can hold one, so say so as a usage error.
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].Contains('\0', StringComparison.Ordinal))
            {
                error.WriteLine($"error: argument {i + 1} ({TerminalText.Quote(args[i])}) contains a NUL character, which no path or value may hold.");
                return ExitCodes.UsageError;
            }
        }

        // With no arguments at all, show what the tool can do rather than an error.
        var parsed = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (parsed.Action is ParseErrorAction)
        {
            return UsageErrors.Write(parsed, args, error);
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex)
        {
            error.WriteLine($"error: unexpected {ex.GetType().Name}: {ex.Message}");
            error.WriteLine("This is a bug in the tool; please report it with the command line and this trace:");
            error.WriteLine(ex);
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Builds the command tree: the root with help and version, and one subcommand per job.</summary>
    internal static Command CreateRoot(TextWriter output, TextWriter error)
    {
        var root = new Command(CommandName, "Explainable TikTok creator revenue estimates: every stream's range, eligibility, breakdown and sources. Unofficial; not affiliated with TikTok.")
        {
            new HelpOption(),
            new VersionOption { Action = new ToolVersionAction() },
        };
        root.Subcommands.Add(EstimateCommand.Create(output, error));
        root.Subcommands.Add(EligibilityCommand.Create(output, error));
        root.Subcommands.Add(LikesCommand.Create(output, error));
        root.Subcommands.Add(SampleCommand.Create(output, error));

        // Command groups defined in their own file register here, one line each:
        root.Subcommands.Add(LiveCommand.Create(output, error));
        root.Subcommands.Add(ProjectCommand.Create(output, error));
        root.Subcommands.Add(GoalCommand.Create(output, error));
        root.WithExamples(
            $"{CommandName} estimate",
            $"{CommandName} sample --output my-creator",
            $"{CommandName} estimate --input my-creator/creator.json --config my-creator/settings.json",
            $"{CommandName} eligibility --sample newcomer",
            $"{CommandName} likes --likes 5000 --format json",
            $"{CommandName} project --followers-growth 5% --views-growth 2%..6%..10% --goal 3000",
            $"{CommandName} goal --target 2000");
        HelpExamples.Install(root, ConsoleOutput.IsTerminal(output) ? null : ConsoleOutput.FixedWidth);
        return root;
    }

    /// <summary>Runs a command body: input and configuration errors become <c>error:</c> lines and exit code 1; anything else is a bug for <see cref="Run"/> to report.</summary>
    internal static int Execute(TextWriter error, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception ex) when (InputErrors.Describe(ex) is { } problems)
        {
            foreach (var problem in problems)
            {
                error.WriteLine("error: " + TerminalText.Shorten(problem, 1_000));
            }

            return ExitCodes.InputError;
        }
    }

    /// <summary>The asynchronous twin of <see cref="Execute"/>, for commands that stream their input.</summary>
    internal static async Task<int> ExecuteAsync(TextWriter error, Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (Exception ex) when (InputErrors.Describe(ex) is { } problems)
        {
            foreach (var problem in problems)
            {
                error.WriteLine("error: " + TerminalText.Shorten(problem, 1_000));
            }

            return ExitCodes.InputError;
        }
    }

    /// <summary>Reads the creator from the file, or returns a built-in sample creator.</summary>
    /// <param name="file">The <c>--input</c> file, or <see langword="null"/>.</param>
    /// <param name="sample">The <c>--sample</c> name when there is no file; <see langword="null"/> for the mid-tier US creator.</param>
    internal static CreatorSnapshot ReadCreator(FileInfo? file, string? sample = null)
    {
        if (file is null)
        {
            return SampleNames.Get(sample);
        }

        CliFiles.RequireInput(file, "--input");

        return CreatorSnapshotJson.ReadFile(file.ToString());
    }

    /// <summary>Builds the SDK with every built-in model at its defaults, and runs the start-up validation.</summary>
    internal static ServiceProvider BuildServices(string? currency) => BuildServices(config: null, currency);

    /// <summary>
    /// Builds the SDK as an application would: <c>AddTikTokMonetization(section).AddBuiltInModels(section)</c> with the
    /// <c>TikTokMonetization</c> section of the <c>--config</c> file (or the defaults without one), then the currency
    /// override, then start-up validation, so a bad option fails here with its path.
    /// </summary>
    /// <param name="config">The <c>--config</c> file, or <see langword="null"/> for the defaults.</param>
    /// <param name="currency">The <c>--currency</c> code, or <see langword="null"/> to keep the configured one.</param>
    /// <param name="configure">Adds more to the SDK (for example another command's own services), given the section when there is a file.</param>
    internal static ServiceProvider BuildServices(FileInfo? config, string? currency, Action<ITikTokMonetizationBuilder, IConfigurationSection?>? configure = null)
    {
        var settings = config is null ? null : SettingsFile.Load(config);
        var services = new ServiceCollection();
        var builder = settings is null
            ? services.AddTikTokMonetization().AddBuiltInModels()
            : services.AddTikTokMonetization(settings.Section).AddBuiltInModels(settings.Section);
        if (currency is not null)
        {
            services.Configure<RevenueEngineOptions>(o => o.ReportingCurrency = currency.ToUpperInvariant());
        }

        configure?.Invoke(builder, settings?.Section);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        try
        {
            provider.GetRequiredService<IStartupValidator>().Validate();
        }
        catch (Exception ex) when (OptionsFailures.Describe(ex, settings?.Section) is { } failures)
        {
            provider.Dispose();
            throw new CliException(settings is null ? failures : failures.Select(f => $"{settings.DisplayPath}: {f}").ToList());
        }
        catch
        {
            provider.Dispose();
            throw;
        }

        return provider;
    }

    /// <summary>The <c>--input</c> option: a creator snapshot JSON file.</summary>
    internal static Option<FileInfo?> InputOption() => new("--input", "-i")
    {
        Description = "A creator snapshot JSON file (comments allowed; see 'sample'). Without it, a built-in sample creator is used.",
        HelpName = "file",
    };

    /// <summary>The <c>--config</c> option: a settings file whose <c>TikTokMonetization</c> section configures the SDK.</summary>
    internal static Option<FileInfo?> ConfigOption() => new("--config")
    {
        Description = "A JSON settings file whose \"TikTokMonetization\" section configures the SDK, as in an app's appsettings.json. Without it, every documented default.",
        HelpName = "file",
    };

    /// <summary>The <c>--currency</c> option: the reporting currency, checked against the SDK's ISO 4217 list.</summary>
    internal static Option<string?> CurrencyOption()
    {
        var option = new Option<string?>("--currency", "-c")
        {
            Description = "The reporting currency, an ISO 4217 code such as EUR (case-insensitive); overrides the settings file. Default: USD.",
            HelpName = "code",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is not { } code)
            {
                return;
            }

            if (!Currency.TryFromCode(code, out var currency))
            {
                result.AddError($"--currency {TerminalText.Quote(code)} is not an ISO 4217 code the SDK knows; use one such as USD, EUR, GBP or JPY.");
            }
            else if (currency == Currency.None)
            {
                result.AddError("--currency 'XXX' is ISO 4217's 'no currency'; report in a real currency such as USD, EUR, GBP or JPY.");
            }
        });
        return option;
    }

    /// <summary>The <c>--format</c> option: <c>table</c> for people, <c>json</c> for scripts.</summary>
    internal static Option<string> FormatOption()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "table (for people) or json (for scripts; fields documented in docs/cli.md).",
            DefaultValueFactory = _ => "table",
        };
        option.AcceptOnlyFromAmongIgnoringCase("table", "json");
        return option;
    }

    /// <summary>The <c>--sample</c> option: which built-in sample creator to use when there is no <c>--input</c>.</summary>
    internal static Option<string?> SampleOption()
    {
        var option = new Option<string?>("--sample", "-s")
        {
            Description = "A built-in sample creator, used when there is no --input. Default: mid-tier-us.",
        };
        option.AcceptOnlyFromAmongIgnoringCase([.. SampleNames.All]);
        return option;
    }

    // The standard version action reports the entry assembly, which is the test host when the tool runs in-process.
    private sealed class ToolVersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var version = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            parseResult.InvocationConfiguration.Output.WriteLine(version ?? "unknown");
            return ExitCodes.Success;
        }
    }
}
