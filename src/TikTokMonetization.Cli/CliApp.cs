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
            catch (Exception ex) when (ex is CreatorSnapshotFormatException or InvalidCreatorSnapshotException or OptionsValidationException or IOException or ArgumentException or InvalidOperationException)
            {
                error.WriteLine("error: " + ex.Message);
                return 1;
            }
        });
        return command;
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
            .AddLiveGifts();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
