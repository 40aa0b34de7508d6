using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace TikTokMonetization.Cli;

/// <summary>
/// Words the SDK's start-up validation failures for a command line. The cross-field validators already name the
/// configuration path and the value; the attribute validators say "MinimumAge: The field LiveGiftsOptions.MinimumAge must
/// be between 0 and 130". Those are rewritten to the configuration path, with the value from the settings file when it
/// set one: "TikTokMonetization:LiveGifts:MinimumAge is 200; it must be between 0 and 130."
/// </summary>
internal static partial class OptionsFailures
{
    /// <summary>Returns the failures an exception from start-up validation reports, or <see langword="null"/> when it is not one.</summary>
    /// <param name="exception">What <c>IStartupValidator.Validate()</c> threw.</param>
    /// <param name="section">The settings file's <c>TikTokMonetization</c> section, or <see langword="null"/> without a file.</param>
    public static IReadOnlyList<string>? Describe(Exception exception, IConfigurationSection? section) => exception switch
    {
        OptionsValidationException options => options.Failures.Select(f => Rewrite(f, options.OptionsType, options.OptionsName, section)).ToList(),
        AggregateException aggregate when aggregate.InnerExceptions.All(e => e is OptionsValidationException) =>
            aggregate.InnerExceptions.SelectMany(e => Describe(e, section)!).ToList(),
        _ => null,
    };

    private static string Rewrite(string failure, Type optionsType, string? optionsName, IConfigurationSection? section)
    {
        var match = AttributeFailure().Match(failure);
        if (!match.Success)
        {
            return failure;
        }

        var path = $"{SettingsShape.PathOf(optionsType, optionsName)}:{match.Groups["member"].Value.Replace('.', ':')}";
        var relative = path[(SettingsFile.SectionName.Length + 1)..];
        var rule = Unbounded().Replace(match.Groups["rule"].Value, m => m.Groups["min"].Value switch
        {
            "0" => "0 or more",
            "1E-06" => "greater than 0",
            var min => "at least " + min,
        });
        return section?.GetSection(relative).Value is { } value
            ? $"{path} is {value}; it must be {rule}."
            : $"{path} must be {rule}.";
    }

    [GeneratedRegex(@"^[\w.]+: The field \w+\.(?<member>[\w.]+) must be (?<rule>.+?)\.?$")]
    private static partial Regex AttributeFailure();

    // A range attribute with no upper limit says so with the type's largest value.
    [GeneratedRegex(@"^between (?<min>\S+) and (1\.7976931348623157E\+308|9223372036854775807|2147483647)$")]
    private static partial Regex Unbounded();
}
