using System.CommandLine;
using Microsoft.Extensions.Configuration;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Cli;

/// <summary>
/// The <c>--rate-card</c> option: a card by the name the output and the settings file use (<c>default</c>, a built-in
/// card, or a card under the settings file's <c>RateCards</c> section), in any letter case. A name that is none of them is
/// reported against the option the user typed, with the names there are, instead of as a configuration path.
/// </summary>
internal static class RateCardFlag
{
    public const string Name = "--rate-card";

    public static Option<string?> Create(string description) => new(Name) { Description = description, HelpName = "name" };

    /// <summary>Returns the options name of the card typed after <c>--rate-card</c>.</summary>
    /// <exception cref="CliException">No card has that name.</exception>
    public static string Resolve(string typed, IConfigurationSection? settings)
    {
        var configured = settings?.GetSection("RateCards").GetChildren().Select(c => c.Key).ToList() ?? [];
        var names = RateCardNames.BuiltIn.Select(Display).Concat(configured).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var exact = names.FirstOrDefault(n => string.Equals(n, typed, StringComparison.Ordinal))
            ?? names.SingleOrDefault(n => string.Equals(n, typed, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return RateCardNames.Normalize(exact);
        }

        var known = string.Join(", ", names.Order(StringComparer.Ordinal));
        var hint = Suggestions.DidYouMean(Suggestions.Closest(typed, names));
        throw new CliException($"{Name} is '{TerminalText.Clean(typed)}'; it must name a rate card: {known}.{(hint is null ? string.Empty : " " + hint)}");
    }

    /// <summary>Returns the name the output shows for a card: <c>default</c> for the default card.</summary>
    public static string Display(string name) => name.Length == 0 ? RateCardNames.DefaultKey : name;
}
