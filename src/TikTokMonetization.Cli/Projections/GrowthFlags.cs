using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using TikTokMonetization.Projections;

namespace TikTokMonetization.Cli;

/// <summary>
/// The growth options of <c>project</c>: one per driver, each a monthly rate written as people write growth.
/// <list type="bullet">
/// <item><c>5%</c> or <c>0.05</c>: a fixed +5 % a month (<c>-2%</c> shrinks);</item>
/// <item><c>2%..5%..8%</c>: low, expected and high rates (a triangular distribution in a simulation);</item>
/// <item><c>5%~0.2</c>: log-normal with a median of +5 % a month and a spread (standard deviation of ln(1 + g)) of 0.2;</item>
/// <item>any of them followed by <c>@3x</c>: the driver stops at three times today's level.</item>
/// </list>
/// A flag replaces that driver's assumption from the settings file or the growth file; the others stay.
/// </summary>
internal sealed class GrowthFlags
{
    private const string Grammar = "a monthly rate such as 5% or 0.05, a range low..expected..high such as 2%..5%..8%, or a log-normal median~spread such as 5%~0.2, optionally followed by a cap such as @3x";

    private readonly (GrowthDriver Driver, Option<DriverGrowth?> Option)[] _flags =
    [
        (GrowthDriver.Followers, Create(GrowthDriver.Followers, "--followers-growth", "followers")),
        (GrowthDriver.Views, Create(GrowthDriver.Views, "--views-growth", "short-video views (likes, comments, shares and saves follow)")),
        (GrowthDriver.LiveHours, Create(GrowthDriver.LiveHours, "--live-hours-growth", "LIVE hours (sessions, LIVE likes, follows and coins follow)")),
        (GrowthDriver.AverageViewers, Create(GrowthDriver.AverageViewers, "--viewers-growth", "average concurrent LIVE viewers")),
        (GrowthDriver.Posts, Create(GrowthDriver.Posts, "--posts-growth", "videos posted")),
        (GrowthDriver.Engagement, Create(GrowthDriver.Engagement, "--engagement-growth", "interactions per view")),
    ];

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        foreach (var (_, option) in _flags)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Returns whether any growth flag was given.</summary>
    public bool AnyGiven(ParseResult result) => _flags.Any(f => result.GetResult(f.Option) is not null);

    /// <summary>Puts every given flag's driver into the assumptions, replacing what was there.</summary>
    public void ApplyTo(ParseResult result, GrowthAssumptions assumptions)
    {
        foreach (var (driver, option) in _flags)
        {
            if (result.GetValue(option) is not { } growth)
            {
                continue;
            }

            assumptions[driver] = growth;
        }
    }

    /// <summary>Describes the growth of every driver that moves, for the title line: <c>followers +3%/month, views 2%..5%..8%/month</c>.</summary>
    public static string Describe(GrowthAssumptions assumptions)
    {
        var parts = new List<string>();
        foreach (GrowthDriver driver in Enum.GetValues(typeof(GrowthDriver)))
        {
            var growth = assumptions[driver];
            var text = growth.Distribution switch
            {
                GrowthDistribution.Fixed when growth.Rate == 0m => null,
                GrowthDistribution.Fixed => Percent(growth.Rate, signed: true),
                GrowthDistribution.Range when growth.Low == 0m && growth.Expected == 0m && growth.High == 0m => null,
                GrowthDistribution.Range => $"{Percent(growth.Low)}..{Percent(growth.Expected)}..{Percent(growth.High)}",
                _ when growth.Median == 0m && growth.Spread == 0m => null,
                _ => $"{Percent(growth.Median)}~{growth.Spread.ToString(CultureInfo.InvariantCulture)}",
            };
            if (text is not null)
            {
                var cap = growth.MaxMultiple is { } multiple ? $" (at most {multiple.ToString(CultureInfo.InvariantCulture)}x)" : string.Empty;
                parts.Add($"{Name(driver)} {text}/month{cap}");
            }
        }

        return parts.Count == 0 ? "no growth" : string.Join(", ", parts);
    }

    /// <summary>The driver's name in the tool's words.</summary>
    public static string Name(GrowthDriver driver) => driver switch
    {
        GrowthDriver.Followers => "followers",
        GrowthDriver.Views => "views",
        GrowthDriver.LiveHours => "LIVE hours",
        GrowthDriver.AverageViewers => "LIVE viewers",
        GrowthDriver.Posts => "posts",
        _ => "engagement",
    };

    /// <summary>Parses one flag's value; <see langword="null"/> with <paramref name="problem"/> set when it does not read.</summary>
    internal static DriverGrowth? Parse(string text, out string? problem)
    {
        problem = null;
        var spec = text.Trim();
        decimal? cap = null;
        var at = spec.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            var capText = spec[(at + 1)..].Trim();
            if (!capText.EndsWith('x') || !TryNumber(capText[..^1], out var multiple))
            {
                problem = $"the cap '{capText}' is not a multiple such as 3x";
                return null;
            }

            cap = multiple;
            spec = spec[..at].Trim();
        }

        if (Ambiguous(spec) is { } ambiguous)
        {
            problem = ambiguous;
            return null;
        }

        DriverGrowth? growth = null;
        if (spec.Contains("..", StringComparison.Ordinal))
        {
            var parts = spec.Split("..");
            if (parts.Length == 3 && TryRate(parts[0], out var low) && TryRate(parts[1], out var expected) && TryRate(parts[2], out var high))
            {
                growth = DriverGrowth.Between(low, expected, high);
            }
        }
        else if (spec.Contains('~', StringComparison.Ordinal))
        {
            var parts = spec.Split('~');
            if (parts.Length == 2 && TryRate(parts[0], out var median) && TryNumber(parts[1], out var spread))
            {
                growth = DriverGrowth.LogNormal(median, spread);
            }
        }
        else if (TryRate(spec, out var rate))
        {
            growth = DriverGrowth.Fixed(rate);
        }

        if (growth is null)
        {
            problem = "it is not " + Grammar;
            return null;
        }

        growth.MaxMultiple = cap;
        return growth;
    }

    private static Option<DriverGrowth?> Create(GrowthDriver driver, string name, string what)
    {
        var option = new Option<DriverGrowth?>(name)
        {
            Description = $"Monthly growth of {what}: 5%, 2%..5%..8% (low..expected..high), 5%~0.2 (log-normal median~spread); add @3x to cap it.",
            HelpName = "rate",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                var growth = Parse(text, out var problem);
                if (growth is null)
                {
                    result.AddError($"{name} {TerminalText.Quote(text)}: {problem}.");
                    return null;
                }

                // The SDK's own rules, reported against the flag the user typed rather than an assumptions path.
                var check = new GrowthAssumptions();
                check[driver] = growth;
                foreach (var found in check.Validate())
                {
                    var field = found.Path.Substring(found.Path.LastIndexOf('.') + 1);
                    result.AddError($"{name} {TerminalText.Quote(text)}: its {field} is {found.Value}; it must be {found.Allowed} (rates are fractions of one: 5% is 0.05).");
                }

                return growth;
            },
        };
        return option;
    }

    private static bool TryRate(string text, out decimal rate)
    {
        text = text.Trim();
        var percent = text.EndsWith('%');
        if (TryNumber(percent ? text[..^1] : text, out rate))
        {
            rate = percent ? rate / 100m : rate;
            return true;
        }

        return false;
    }

    /// <summary>
    /// A bare number of 1 or more is almost always a percentage written without its sign ("5" meant as 5 %), and read as
    /// a fraction it would be +500 % a month: refused rather than guessed either way.
    /// </summary>
    private static string? Ambiguous(string spec)
    {
        foreach (var part in spec.Split(["..", "~"], StringSplitOptions.None).Take(spec.Contains('~', StringComparison.Ordinal) ? 1 : 3))
        {
            var trimmed = part.Trim();
            if (!trimmed.EndsWith('%') && TryNumber(trimmed, out var value) && Math.Abs(value) >= 1m)
            {
                var asPercent = (value * 100m).ToString("0.##", CultureInfo.InvariantCulture);
                return $"{trimmed} read as a fraction would be {asPercent}% a month; write {trimmed}% for {trimmed} percent, or {asPercent}% if that is what you mean";
            }
        }

        return null;
    }

    private static bool TryNumber(string text, out decimal value) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    private static string Percent(decimal rate, bool signed = false)
    {
        var text = (rate * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
        return signed && rate > 0m ? "+" + text : text;
    }
}
