using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Models.LiveGifts;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Cli;

/// <summary>The <c>estimate</c> command: the full revenue report.</summary>
internal static class EstimateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var arguments = new CreatorArguments();
        var command = new Command("estimate", "The full revenue report: every stream's range and share, its eligibility, the steps from inputs to money with their sources, and the total.");
        arguments.AddTo(command);
        command.WithExamples(
            $"{CliApp.CommandName} estimate",
            $"{CliApp.CommandName} estimate --input creator.json --config settings.json",
            $"{CliApp.CommandName} estimate --sample newcomer --currency EUR",
            $"{CliApp.CommandName} estimate --input creator.json --format json");
        arguments.SetAction(
            command,
            output,
            error,
            (_, snapshot, engine) => engine.Estimate(snapshot),
            (_, report) => ReportDocument.From(report),
            CliJson.Context.ReportDocument,
            (console, _, report, services) => ReportView.Write(console, report, LiveGiftsCard(services), services.GetRequiredService<Revenue.IRevenueModelContext>().Settings.Rounding));
        return command;
    }

    /// <summary>The card the LIVE gifts model converts with, as configured for this run (settings file, then <c>--rate-card</c>).</summary>
    private static RateCard LiveGiftsCard(IServiceProvider services) =>
        services.GetRequiredService<IRateCardProvider>().Get(services.GetRequiredService<IOptionsMonitor<LiveGiftsOptions>>().CurrentValue.RateCard);
}
