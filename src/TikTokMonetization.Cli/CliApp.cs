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

    private static Command EstimateCommand(TextWriter output, TextWriter error)
    {
        var input = new Option<FileInfo?>("--input", "-i") { Description = "A creator snapshot JSON file. Without it, the built-in sample creator (SampleCreators.MidTierUs) is used." };
        var currency = new Option<string?>("--currency", "-c") { Description = "The reporting currency (ISO 4217), for example EUR. Default: USD." };
        var command = new Command("estimate", "Print the revenue report for a creator: every stream's range, eligibility and share.\nExample: tiktok-monetization estimate --input creator.json --currency EUR")
        {
            input,
            currency,
        };
        command.SetAction(result =>
        {
            try
            {
                var snapshot = result.GetValue(input) is { } file ? CreatorSnapshotJson.ReadFile(file.FullName) : SampleCreators.MidTierUs;
                using var provider = BuildServices(result.GetValue(currency));
                provider.GetRequiredService<IStartupValidator>().Validate();
                var report = provider.GetRequiredService<IRevenueEngine>().Estimate(snapshot);
                ReportWriter.Write(report, output);
                return 0;
            }
            catch (Exception ex) when (ex is CreatorSnapshotFormatException or InvalidCreatorSnapshotException or OptionsValidationException or AggregateException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
            {
                WriteError(ex, error);
                return 1;
            }
        });
        return command;
    }

    private static Command LikesCommand(TextWriter output, TextWriter error)
    {
        var input = new Option<FileInfo?>("--input", "-i") { Description = "A creator snapshot JSON file. Without it, the built-in sample creator (SampleCreators.MidTierUs) is used." };
        var currency = new Option<string?>("--currency", "-c") { Description = "The reporting currency (ISO 4217), for example EUR. Default: USD." };
        var likes = new Option<long>("--likes", "-n") { Description = "How many likes to add. Default: 1000.", DefaultValueFactory = _ => 1_000 };
        var command = new Command("likes", "What are likes worth? Per stream: money per like (none), how likes influence it, and the value of 1,000 more likes.\nExample: tiktok-monetization likes --input creator.json --likes 5000")
        {
            input,
            currency,
            likes,
        };
        command.SetAction(result =>
        {
            try
            {
                var snapshot = result.GetValue(input) is { } file ? CreatorSnapshotJson.ReadFile(file.FullName) : SampleCreators.MidTierUs;
                using var provider = BuildServices(result.GetValue(currency));
                provider.GetRequiredService<IStartupValidator>().Validate();
                var analysis = provider.GetRequiredService<IRevenueEngine>().AnalyzeLikes(snapshot, result.GetValue(likes));
                LikesWriter.Write(snapshot, analysis, output);
                return 0;
            }
            catch (Exception ex) when (ex is CreatorSnapshotFormatException or InvalidCreatorSnapshotException or OptionsValidationException or AggregateException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
            {
                WriteError(ex, error);
                return 1;
            }
        });
        return command;
    }

    /// <summary>Writes one line per problem: every invalid option, every invalid snapshot field.</summary>
    private static void WriteError(Exception ex, TextWriter error)
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
    }

    private static ServiceProvider BuildServices(string? currency)
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
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
