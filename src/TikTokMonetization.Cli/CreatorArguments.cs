using System.CommandLine;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using TikTokMonetization.Creators;
using TikTokMonetization.Models.LiveGifts;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Cli;

/// <summary>The options every creator command shares (which creator, which settings, which currency, which format) and what they turn into.</summary>
internal sealed class CreatorArguments
{
    public Option<FileInfo?> Input { get; } = CliApp.InputOption();

    public Option<string?> Sample { get; } = CliApp.SampleOption();

    public Option<FileInfo?> Config { get; } = CliApp.ConfigOption();

    public Option<string?> Currency { get; } = CliApp.CurrencyOption();

    public Option<string> Format { get; } = CliApp.FormatOption();

    public Option<string?> RateCard { get; } = RateCardFlag.Create(
        "The rate card that turns the LIVE gifts model's coins into diamonds and cash: default (1 diamond per coin), two-coins-per-diamond, us-scaled-live-rewards-2025, or a card in the settings file. Default: the settings file's LiveGifts:RateCard, else default.");

    /// <summary>Adds the options to a command, with the rule that a file and a sample cannot both be the creator.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Input);
        command.Options.Add(Sample);
        command.Options.Add(Config);
        command.Options.Add(Currency);
        command.Options.Add(Format);
        command.Options.Add(RateCard);
        command.Validators.Add(result =>
        {
            if (result.GetResult(Input) is not null && result.GetResult(Sample) is not null)
            {
                result.AddError("--input and --sample cannot be used together: --input reads your creator file, --sample picks a built-in creator.");
            }
        });
    }

    /// <summary>
    /// Makes the command read the creator, build the SDK, compute its result with the engine, and write that result as
    /// tables or, with <c>--format json</c>, as a JSON document; input errors become exit code 1.
    /// </summary>
    public void SetAction<TResult, TDocument>(
        Command command,
        TextWriter output,
        TextWriter error,
        Func<ParseResult, CreatorSnapshot, IRevenueEngine, TResult> compute,
        Func<CreatorSnapshot, TResult, TDocument> document,
        JsonTypeInfo<TDocument> json,
        Action<IAnsiConsole, CreatorSnapshot, TResult, IServiceProvider> render) =>
        command.SetAction(result => CliApp.Execute(error, () =>
        {
            var input = result.GetValue(Input);
            var snapshot = CliApp.ReadCreator(input, result.GetValue(Sample));
            using var provider = BuildServices(result);
            var computed = Compute(compute, result, snapshot, provider.GetRequiredService<IRevenueEngine>(), input);
            if (result.GetValue(Format) == "json")
            {
                CliJson.Write(output, document(snapshot, computed), json);
            }
            else
            {
                ConsoleOutput.Write(output, console => render(console, snapshot, computed, provider));
            }

            return ExitCodes.Success;
        }));

    /// <summary>
    /// Builds the SDK from <c>--config</c> and <c>--currency</c>, with the LIVE gifts model's card from <c>--rate-card</c>
    /// on top, then whatever else the command adds.
    /// </summary>
    public ServiceProvider BuildServices(ParseResult result, Action<ITikTokMonetizationBuilder, IConfigurationSection?>? configure = null)
    {
        var typedCard = result.GetValue(RateCard);
        return CliApp.BuildServices(result.GetValue(Config), result.GetValue(Currency), (builder, section) =>
        {
            if (typedCard is not null)
            {
                var card = RateCardFlag.Resolve(typedCard, section);
                builder.Services.PostConfigure<LiveGiftsOptions>(o => o.RateCard = card);
            }

            configure?.Invoke(builder, section);
        });
    }

    /// <summary>
    /// Runs the engine. The engine finds what only it can know (money in a currency its exchange-rate table cannot
    /// convert) without knowing where the creator came from; such a problem is reported against the input file, as the
    /// reader reports every other problem in it.
    /// </summary>
    private static TResult Compute<TResult>(Func<ParseResult, CreatorSnapshot, IRevenueEngine, TResult> compute, ParseResult result, CreatorSnapshot snapshot, IRevenueEngine engine, FileInfo? input)
    {
        try
        {
            return compute(result, snapshot, engine);
        }
        catch (InvalidCreatorSnapshotException invalid) when (input is not null && invalid.SourceName is null)
        {
            throw new InvalidCreatorSnapshotException(invalid.Problems, input.ToString());
        }
    }
}
