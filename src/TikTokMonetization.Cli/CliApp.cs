using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;
using TikTokMonetization.Serialization;

namespace TikTokMonetization.Cli;

/// <summary>The command-line tool: parses arguments, runs the SDK, writes results. Testable in-process.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Explainable TikTok creator revenue estimates (unofficial; not affiliated with TikTok).");
        root.Subcommands.Add(EstimateCommand(output, error));
        root.Subcommands.Add(LikesCommand(output, error));
        root.Subcommands.Add(LiveCommand.Create(output, error));
        var parsed = root.Parse(args);
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>The <c>--input</c> option every creator command shares.</summary>
    internal static Option<FileInfo?> InputOption() =>
        new("--input", "-i") { Description = "A creator snapshot JSON file. Without it, the built-in sample creator (SampleCreators.MidTierUs) is used." };

    /// <summary>The <c>--currency</c> option every report command shares.</summary>
    internal static Option<string?> CurrencyOption() =>
        new("--currency", "-c") { Description = "The reporting currency (ISO 4217), for example EUR. Default: USD." };

    /// <summary>Runs a command body; every expected failure becomes one "error:" line per problem and exit code 1.</summary>
    internal static int Execute(TextWriter error, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception ex) when (ex is CreatorSnapshotFormatException or InvalidCreatorSnapshotException or OptionsValidationException or AggregateException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            var failures = ex switch
            {
                OptionsValidationException options => options.Failures,
                AggregateException aggregate => aggregate.InnerExceptions.SelectMany(e => e is OptionsValidationException o ? o.Failures : [e.Message]),
                _ => [ex.Message],
            };
            foreach (var failure in failures)
            {
                error.WriteLine("error: " + failure);
            }

            return 1;
        }
    }

    /// <summary>Reads the creator from the file, or returns the built-in sample.</summary>
    internal static CreatorSnapshot ReadCreator(FileInfo? file) => file is null ? SampleCreators.MidTierUs : CreatorSnapshotJson.ReadFile(file.FullName);

    /// <summary>Builds the SDK with every built-in model at its defaults and runs the start-up validation.</summary>
    internal static ServiceProvider BuildServices(string? currency)
    {
        var services = new ServiceCollection();
        services.AddTikTokMonetization(o =>
            {
                if (currency is not null)
                {
                    o.ReportingCurrency = currency.ToUpperInvariant();
                }
            })
            .AddBuiltInModels();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider;
    }

    private static Command EstimateCommand(TextWriter output, TextWriter error)
    {
        var input = InputOption();
        var currency = CurrencyOption();
        var command = new Command("estimate", "Print the revenue report for a creator: every stream's range, eligibility and share.\nExample: tiktok-monetization estimate --input creator.json --currency EUR")
        {
            input,
            currency,
        };
        command.SetAction(result => Execute(error, () =>
        {
            var snapshot = ReadCreator(result.GetValue(input));
            using var provider = BuildServices(result.GetValue(currency));
            ReportWriter.Write(provider.GetRequiredService<IRevenueEngine>().Estimate(snapshot), output);
            return 0;
        }));
        return command;
    }

    private static Command LikesCommand(TextWriter output, TextWriter error)
    {
        var input = InputOption();
        var currency = CurrencyOption();
        var likes = new Option<long>("--likes", "-n") { Description = "How many likes to add. Default: 1000.", DefaultValueFactory = _ => 1_000 };
        var command = new Command("likes", "What are likes worth? Per stream: money per like (none), how likes influence it, and the value of more likes.\nExample: tiktok-monetization likes --input creator.json --likes 5000")
        {
            input,
            currency,
            likes,
        };
        command.SetAction(result => Execute(error, () =>
        {
            var snapshot = ReadCreator(result.GetValue(input));
            using var provider = BuildServices(result.GetValue(currency));
            LikesWriter.Write(snapshot, provider.GetRequiredService<IRevenueEngine>().AnalyzeLikes(snapshot, result.GetValue(likes)), output);
            return 0;
        }));
        return command;
    }
}
