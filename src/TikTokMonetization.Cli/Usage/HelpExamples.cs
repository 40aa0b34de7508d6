using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Runtime.CompilerServices;

namespace TikTokMonetization.Cli;

/// <summary>
/// Adds an "Examples:" section to every command's <c>--help</c>. System.CommandLine 2.0 has no public hook for extra help
/// sections, so the help option's action is wrapped: the standard help first, then the examples.
/// </summary>
internal static class HelpExamples
{
    private const string DescriptionPrefix = "Example:";

    private static readonly ConditionalWeakTable<Command, string[]> Examples = [];

    /// <summary>Sets the examples <c>--help</c> shows for this command, each a complete command line.</summary>
    public static TCommand WithExamples<TCommand>(this TCommand command, params string[] examples)
        where TCommand : Command
    {
        Examples.AddOrUpdate(command, examples);
        return command;
    }

    /// <summary>
    /// Returns the command's examples: those set with <see cref="WithExamples"/>; else the lines of its description that
    /// start with "Example:"; else, for a command group, the first example of each subcommand.
    /// </summary>
    public static IReadOnlyList<string> For(Command command)
    {
        if (Examples.TryGetValue(command, out var own))
        {
            return own;
        }

        var described = (command.Description ?? string.Empty)
            .Split('\n', StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith(DescriptionPrefix, StringComparison.Ordinal))
            .Select(line => line[DescriptionPrefix.Length..].Trim())
            .ToList();
        return described.Count > 0 ? described : command.Subcommands.SelectMany(c => For(c).Take(1)).ToList();
    }

    /// <summary>Makes the root's recursive help option print the examples after the standard help.</summary>
    /// <param name="root">The root command, which holds the help option.</param>
    /// <param name="maxWidth">A fixed help width for output that is not a terminal, so redirected help is the same everywhere.</param>
    public static void Install(Command root, int? maxWidth)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        var standard = (HelpAction)help.Action!;
        if (maxWidth is { } width)
        {
            standard.MaxWidth = width;
        }

        help.Action = new WithExamplesAction(standard);
    }

    private sealed class WithExamplesAction(HelpAction standard) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var exit = standard.Invoke(parseResult);
            var examples = For(parseResult.CommandResult.Command);
            if (examples.Count > 0)
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (var example in examples)
                {
                    output.WriteLine("  " + example);
                }

                output.WriteLine();
            }

            return exit;
        }
    }
}
