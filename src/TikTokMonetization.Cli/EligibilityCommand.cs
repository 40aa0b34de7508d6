using System.CommandLine;

namespace TikTokMonetization.Cli;

/// <summary>The <c>eligibility</c> command: what each program requires and what the creator is missing.</summary>
internal static class EligibilityCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var arguments = new CreatorArguments();
        var command = new Command("eligibility", "What each program requires and what is missing: every rule with its threshold, what the creator has, and the shortfall.");
        arguments.AddTo(command);
        command.WithExamples(
            $"{CliApp.CommandName} eligibility --sample newcomer",
            $"{CliApp.CommandName} eligibility --input creator.json --config settings.json",
            $"{CliApp.CommandName} eligibility --input creator.json --format json");
        arguments.SetAction(
            command,
            output,
            error,
            (_, snapshot, engine) => engine.Estimate(snapshot),
            (_, report) => EligibilityDocument.From(report),
            CliJson.Context.EligibilityDocument,
            (console, _, report, _) => EligibilityView.Write(console, report));
        return command;
    }
}
