using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using TikTokMonetization.Internal;
using TikTokMonetization.Likes;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Cli;

/// <summary>
/// Checks a <c>TikTokMonetization</c> section against the shape of the SDK's options before they are bound. The binder
/// ignores keys it does not know and fails late on values it cannot convert; this lists every such problem at once, with
/// its configuration path, the value, and what is allowed. Ranges and cross-field rules stay with the SDK's own validators.
/// </summary>
internal static class SettingsShape
{
    // The section itself binds RevenueEngineOptions; these children bind the options the SDK's two configuration calls
    // name: the rate cards, the reach curve, and each built-in model under the section its descriptor names.
    private static readonly (string Key, Type Type, bool IsNamed)[] Sections =
    [
        ("RateCards", typeof(RateCardOptions), true),
        ("Reach", typeof(ReachModelOptions), false),
        ("Projections", typeof(Projections.ProjectionOptions), false),
        ("LiveLedger", typeof(Live.LiveLedgerOptions), false),
        .. BuiltInModels.All.Select(m => (m.SectionKey!, m.OptionsType, false)),
    ];

    /// <summary>Gets every options type the section configures.</summary>
    public static IReadOnlyList<Type> OptionsTypes { get; } = [typeof(RevenueEngineOptions), .. Sections.Select(s => s.Type)];

    /// <summary>Returns the configuration path an options instance binds from, for example <c>TikTokMonetization:LiveGifts</c>.</summary>
    public static string PathOf(Type optionsType, string? optionsName)
    {
        var root = SettingsFile.SectionName;
        var section = Array.Find(Sections, s => s.Type == optionsType);
        return section.Type is null ? root
            : section.IsNamed ? $"{root}:{section.Key}:{(string.IsNullOrEmpty(optionsName) ? "default" : optionsName)}"
            : $"{root}:{section.Key}";
    }

    /// <summary>Says in words what a value of the type must look like, for example "a whole number".</summary>
    public static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            var names = string.Join(", ", Enum.GetNames(type));
            return type.IsDefined(typeof(FlagsAttribute), inherit: false) ? $"one or more of {names}, separated by commas" : $"one of {names}";
        }

        return type == typeof(TimeSpan) ? "a duration as hh:mm:ss, such as 00:00:10" : ValueKinds.FromType(type) switch
        {
            ValueKind.TrueOrFalse => "true or false",
            ValueKind.Number => "a number, such as 0.25",
            ValueKind.WholeNumber => "a whole number",
            ValueKind.Date => "an ISO 8601 date, such as 2025-06-02",
            _ => "text",
        };
    }

    /// <summary>Returns the problems found in the section, each a sentence that starts with its configuration path.</summary>
    public static IReadOnlyList<string> Check(IConfigurationSection root)
    {
        var problems = new List<string>();
        var engine = Properties(typeof(RevenueEngineOptions));
        foreach (var child in root.GetChildren())
        {
            var section = Array.Find(Sections, s => string.Equals(s.Key, child.Key, StringComparison.OrdinalIgnoreCase));
            if (section.Type is not null)
            {
                if (!section.IsNamed)
                {
                    CheckObject(child, section.Type, problems);
                }
                else if (IsObject(child, problems))
                {
                    foreach (var card in child.GetChildren())
                    {
                        CheckObject(card, section.Type, problems);
                    }
                }
            }
            else if (engine.TryGetValue(child.Key, out var property))
            {
                CheckValue(child, property.PropertyType, problems);
            }
            else
            {
                var known = engine.Keys.Concat(Sections.Select(s => s.Key)).ToList();
                var suggestions = Suggestions.Closest(child.Key, known);

                // A sub-section nothing here resembles may belong to another part of the application: not ours to judge.
                if (suggestions.Count > 0 || child.Value is not null)
                {
                    problems.Add(Unknown(child, suggestions, known));
                }
            }
        }

        return problems;
    }

    private static void CheckValue(IConfigurationSection section, Type type, List<string> problems)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (IsScalar(type))
        {
            if (section.Value is null)
            {
                if (section.GetChildren().Any())
                {
                    problems.Add($"{section.Path} is an object or a list; it must be {Expected(type)}.");
                }
            }
            else if (!Converts(section.Value, type))
            {
                problems.Add($"{section.Path} is {TerminalText.Quote(section.Value ?? string.Empty)}; it must be {Expected(type)}.");
            }
        }
        else if (Generic(type, typeof(Dictionary<,>)) is { } dictionary)
        {
            if (IsObject(section, problems))
            {
                foreach (var entry in section.GetChildren())
                {
                    CheckValue(entry, dictionary[1], problems);
                }
            }
        }
        else if (Generic(type, typeof(List<>)) is { } list)
        {
            if (!string.IsNullOrEmpty(section.Value))
            {
                problems.Add($"{section.Path} is '{section.Value}'; it must be a list, such as [ \"US\", \"GB\" ].");
                return;
            }

            foreach (var item in section.GetChildren())
            {
                CheckValue(item, list[0], problems);
            }
        }
        else
        {
            CheckObject(section, type, problems);
        }
    }

    private static void CheckObject(IConfigurationSection section, Type type, List<string> problems)
    {
        if (!IsObject(section, problems))
        {
            return;
        }

        var properties = Properties(type);
        foreach (var child in section.GetChildren())
        {
            if (properties.TryGetValue(child.Key, out var property))
            {
                CheckValue(child, property.PropertyType, problems);
            }
            else
            {
                problems.Add(Unknown(child, Suggestions.Closest(child.Key, properties.Keys), properties.Keys));
            }
        }
    }

    private static bool IsObject(IConfigurationSection section, List<string> problems)
    {
        if (string.IsNullOrEmpty(section.Value))
        {
            return true;
        }

        problems.Add($"{section.Path} is '{section.Value}'; it must be an object {{ … }}.");
        return false;
    }

    private static string Unknown(IConfigurationSection section, IReadOnlyList<string> suggestions, IEnumerable<string> known) =>
        Suggestions.DidYouMean(suggestions) is { } didYouMean
            ? $"{section.Path} is not an option. {didYouMean}"
            : $"{section.Path} is not an option; the options here are {string.Join(", ", known.Order(StringComparer.Ordinal))}.";

    private static Dictionary<string, PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0 && (p.SetMethod is { IsPublic: true } || !IsScalar(p.PropertyType)))
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    private static Type[]? Generic(Type type, Type definition) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == definition ? type.GetGenericArguments() : null;

    private static bool IsScalar(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(TimeSpan);
    }

    // ISO 8601 only: "3/1/2025" means March or January depending on who reads it.
    private static readonly string[] IsoDates = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK"];

    /// <summary>
    /// A name of the enum (any letter case), or for a [Flags] enum names separated by commas; never a number, and never a
    /// comma list for an enum that is not flags (the binder would OR "ToEven, AwayFromZero" into a third meaning).
    /// </summary>
    private static bool IsEnumText(string value, Type type)
    {
        var names = Enum.GetNames(type);
        var flags = type.IsDefined(typeof(FlagsAttribute), inherit: false);
        var parts = value.Split(',');
        if (parts.Length > 1 && !flags)
        {
            return false;
        }

        return parts.All(part => names.Any(name => string.Equals(name, part.Trim(), StringComparison.OrdinalIgnoreCase)));
    }

    private static bool Converts(string value, Type type)
    {
        var invariant = CultureInfo.InvariantCulture;
        return type switch
        {
            _ when type == typeof(string) => true,
            _ when type == typeof(bool) => bool.TryParse(value, out _),
            _ when type == typeof(decimal) => decimal.TryParse(value, NumberStyles.Float, invariant, out _),
            _ when type == typeof(double) || type == typeof(float) => double.TryParse(value, NumberStyles.Float, invariant, out _),
            _ when type == typeof(int) => int.TryParse(value, NumberStyles.Integer, invariant, out _),
            _ when type == typeof(long) => long.TryParse(value, NumberStyles.Integer, invariant, out _),
            _ when type == typeof(DateTime) => DateTime.TryParseExact(value, IsoDates, invariant, DateTimeStyles.None, out _),
            _ when type == typeof(TimeSpan) => TimeSpan.TryParse(value, invariant, out _),
            _ when type.IsEnum => IsEnumText(value, type),
            _ => true,
        };
    }
}
