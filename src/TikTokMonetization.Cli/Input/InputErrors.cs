using System.Reflection;
using System.Text.RegularExpressions;
using TikTokMonetization.Creators;
using TikTokMonetization.Serialization;

namespace TikTokMonetization.Cli;

/// <summary>Turns the exceptions that mean "your input is wrong" into lines that name the file, the field, the value and what is allowed.</summary>
internal static partial class InputErrors
{
    /// <summary>Returns the problems an exception reports, or <see langword="null"/> when it is not an input error (a bug).</summary>
    public static IReadOnlyList<string>? Describe(Exception exception) => exception switch
    {
        CliException cli => cli.Problems,
        InvalidCreatorSnapshotException invalid => invalid.Problems
            .Select(p => $"{invalid.SourceName ?? "the creator snapshot"}: {p.JsonPath} is {p.Value}; it must be {p.Allowed}.")
            .ToList(),
        CreatorSnapshotFormatException format => [format.Message + Hint(format)],
        Projections.InvalidGrowthAssumptionsException growth => growth.Problems.Select(p => $"growth assumptions: {p}").ToList(),
        Microsoft.Extensions.Options.OptionsValidationException or AggregateException => OptionsFailures.Describe(exception, section: null),
        IOException or UnauthorizedAccessException => [exception.Message],
        _ => null,
    };

    // The reader names the field and where it is; add what was probably meant, or what the field accepts.
    private static string Hint(CreatorSnapshotFormatException format)
    {
        if (WrongType().Match(format.Message) is { Success: true } wrongType)
        {
            var name = wrongType.Groups["type"].Value.TrimEnd('.');
            var type = Type.GetType(name) ?? typeof(CreatorSnapshot).Assembly.GetType(name);
            var expected = type is null ? null : SettingsShape.Expected(type);
            return expected is null or "text" ? string.Empty : $" It must be {expected}.";
        }

        if (format.Path is not { } path || !path.StartsWith("$.", StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var segments = path[2..].Split('.');
        var parent = typeof(CreatorSnapshot);
        foreach (var segment in segments[..^1])
        {
            var property = Fields(parent).FirstOrDefault(p => string.Equals(JsonName(p), segment, StringComparison.Ordinal));
            if (property is null)
            {
                return string.Empty;
            }

            parent = property.PropertyType;
        }

        var names = Fields(parent).Select(JsonName).ToList();
        var field = segments[^1];
        if (names.Contains(field, StringComparer.Ordinal) || !format.Message.Contains($"'{field}'", StringComparison.Ordinal))
        {
            return string.Empty;
        }

        return Suggestions.DidYouMean(Suggestions.Closest(field, names)) is { } didYouMean
            ? " " + didYouMean
            : $" The fields here are {string.Join(", ", names)}.";
    }

    private static IEnumerable<PropertyInfo> Fields(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null && p.GetIndexParameters().Length == 0);

    private static string JsonName(PropertyInfo property) => char.ToLowerInvariant(property.Name[0]) + property.Name[1..];

    [GeneratedRegex(@"could not be converted to (System\.Nullable`1\[)?(?<type>[\w.]+)")]
    private static partial Regex WrongType();
}
