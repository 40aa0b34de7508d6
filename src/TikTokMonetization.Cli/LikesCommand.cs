using System.CommandLine;
using System.Globalization;

namespace TikTokMonetization.Cli;

/// <summary>The <c>likes</c> command: what more likes are worth, stream by stream.</summary>
internal static class LikesCommand
{
    // IRevenueEngine.AnalyzeLikes documents 1 to 10^12 likes; checking here makes a larger count a usage error, not a crash.
    private const long MaxLikes = 1_000_000_000_000;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var arguments = new CreatorArguments();
        var likes = new Option<long>("--likes", "-n")
        {
            Description = "How many likes to add.",
            DefaultValueFactory = _ => 1_000,
            HelpName = "count",
        };
        likes.Validators.Add(result =>
        {
            // Only a value that parsed: a non-number already has its own parse error.
            if (result.Tokens.Count == 1 && long.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count is < 1 or > MaxLikes)
            {
                result.AddError(count < 1
                    ? FormattableString.Invariant($"--likes is {count}; it must be 1 or more.")
                    : FormattableString.Invariant($"--likes is {count}; it must be at most {MaxLikes:N0} (the engine's documented limit)."));
            }
        });
        var command = new Command("likes", "What are likes worth? Per stream: money per like (none), how likes influence it, and the value of more likes.")
        {
            likes,
        };
        arguments.AddTo(command);
        command.WithExamples(
            $"{CliApp.CommandName} likes",
            $"{CliApp.CommandName} likes --input creator.json --likes 5000",
            $"{CliApp.CommandName} likes --sample likes-only --format json");
        arguments.SetAction(
            command,
            output,
            error,
            (result, snapshot, engine) => engine.AnalyzeLikes(snapshot, result.GetValue(likes)),
            LikesDocument.From,
            CliJson.Context.LikesDocument,
            (console, snapshot, analysis, _) => LikesView.Write(console, snapshot, analysis));
        return command;
    }
}
