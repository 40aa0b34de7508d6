using System.Collections;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Likes;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests.Docs;

/// <summary>One option value at its configuration path below the SDK's section, for example <c>LiveGifts:CoinsPerViewerHour:Low</c>.</summary>
/// <param name="Path">The configuration path, relative to the SDK's section.</param>
/// <param name="Type">The declared type: a scalar, a list, or an empty dictionary.</param>
/// <param name="Value">The value.</param>
internal sealed record OptionValue(string Path, Type Type, object? Value)
{
    /// <summary>Gets a value indicating whether the value is a list (bound lists add to the default list).</summary>
    public bool IsList => Value is IList;

    /// <summary>Returns whether two values are the same, decimals to the digit: 1.0 and 1 print differently in a breakdown.</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when the same.</returns>
    public bool SameAs(object? other) => (Value, other) switch
    {
        (IList a, IList b) => a.Cast<object?>().SequenceEqual(b.Cast<object?>()),
        (IDictionary a, IDictionary b) => a.Count == 0 && b.Count == 0,
        (decimal a, decimal b) => a.ToString(CultureInfo.InvariantCulture) == b.ToString(CultureInfo.InvariantCulture),
        _ => Equals(Value, other),
    };

    public override string ToString() => Path + " = " + Describe(Value);

    public static string Describe(object? value) => value switch
    {
        null => "null",
        string s => "'" + s + "'",
        IList list => "[" + string.Join(", ", list.Cast<object?>()) + "]",
        IDictionary => "{}",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}

/// <summary>
/// The shape of the SDK's configuration section, read from the options classes by reflection: the engine options at the
/// section itself, named rate cards under <c>RateCards</c>, the reach curve under <c>Reach</c>, and each built-in model
/// under its own key. It is what <c>AddTikTokMonetization(section)</c> and <c>AddBuiltInModels(section)</c> bind.
/// </summary>
internal static class SdkConfiguration
{
    /// <summary>The section's children that are not engine options, and the options type each binds.</summary>
    public static IReadOnlyDictionary<string, Type> Children { get; } = new[]
    {
        new KeyValuePair<string, Type>("RateCards", typeof(Dictionary<string, RateCardOptions>)),
        new KeyValuePair<string, Type>("Reach", typeof(ReachModelOptions)),
        new KeyValuePair<string, Type>("LiveLedger", typeof(Live.LiveLedgerOptions)),
        new KeyValuePair<string, Type>("Projections", typeof(Projections.ProjectionOptions)),
    }
    .Concat(BuiltInModels.All.Select(m => new KeyValuePair<string, Type>(m.SectionKey!, m.OptionsType)))
    .ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>Returns whether a key below the section names something the SDK binds (keys are case-insensitive).</summary>
    /// <param name="relativeKey">For example <c>LiveGifts:CoinsPerViewerHour:Low</c>; empty for the section itself.</param>
    /// <returns><see langword="true"/> when the SDK binds it.</returns>
    public static bool IsKnown(string relativeKey)
    {
        if (relativeKey.Length == 0)
        {
            return true;
        }

        var segments = relativeKey.Split(':');
        var type = Children.TryGetValue(segments[0], out var child) ? child : typeof(RevenueEngineOptions);
        foreach (var segment in child is null ? segments : segments.Skip(1))
        {
            if (IsScalar(type))
            {
                return false;
            }

            if (DictionaryValueType(type) is { } valueType)
            {
                type = valueType;
            }
            else if (ListItemType(type) is { } itemType)
            {
                if (!int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    return false;
                }

                type = itemType;
            }
            else if (Settable(type).FirstOrDefault(p => string.Equals(p.Name, segment, StringComparison.OrdinalIgnoreCase)) is { } property)
            {
                type = property.PropertyType;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Returns every option value a provider resolves, keyed by the path it binds from: the engine options, every
    /// built-in rate card (<c>RateCards:default</c> for the default card), the reach curve and each built-in model.
    /// </summary>
    /// <param name="provider">A provider built with <c>AddTikTokMonetization</c>, <c>AddBuiltInModels</c>, <c>AddLiveLedger</c> and <c>AddProjections</c>.</param>
    /// <returns>The values by path.</returns>
    public static IReadOnlyDictionary<string, OptionValue> Options(IServiceProvider provider)
    {
        var values = new List<OptionValue>();
        values.AddRange(Values(provider.GetRequiredService<IOptionsMonitor<RevenueEngineOptions>>().CurrentValue, typeof(RevenueEngineOptions), string.Empty));
        var cards = provider.GetRequiredService<IOptionsMonitor<RateCardOptions>>();
        foreach (var name in new[] { RateCardNames.Default, RateCardNames.UsScaledLiveRewards2025 })
        {
            values.AddRange(Values(cards.Get(name), typeof(RateCardOptions), "RateCards:" + (name.Length == 0 ? "default" : name)));
        }

        foreach (var (key, type) in Children.Where(c => c.Key != "RateCards"))
        {
            var monitor = provider.GetRequiredService(typeof(IOptionsMonitor<>).MakeGenericType(type));
            var current = monitor.GetType().GetProperty(nameof(IOptionsMonitor<object>.CurrentValue))!.GetValue(monitor);
            values.AddRange(Values(current, type, key));
        }

        return values.ToDictionary(v => v.Path, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Lists the differences between two sets of option values, one line each.</summary>
    /// <param name="expected">The expected values.</param>
    /// <param name="actual">The actual values.</param>
    /// <returns>The differences; empty when the two are the same.</returns>
    public static IReadOnlyList<string> Differences(IReadOnlyDictionary<string, OptionValue> expected, IReadOnlyDictionary<string, OptionValue> actual)
    {
        var differences = new List<string>();
        foreach (var (path, value) in expected)
        {
            if (!actual.TryGetValue(path, out var other))
            {
                differences.Add($"{path}: expected {OptionValue.Describe(value.Value)}, but it is missing");
            }
            else if (!value.SameAs(other.Value))
            {
                differences.Add($"{path}: expected {OptionValue.Describe(value.Value)}, got {OptionValue.Describe(other.Value)}");
            }
        }

        differences.AddRange(actual.Keys.Where(k => !expected.ContainsKey(k)).Select(k => $"{k}: unexpected {OptionValue.Describe(actual[k].Value)}"));
        return differences;
    }

    /// <summary>Returns whether values of a type are bound from a single configuration value.</summary>
    /// <param name="type">The type.</param>
    /// <returns><see langword="true"/> for strings, numbers, booleans, enums and dates, nullable or not.</returns>
    public static bool IsScalar(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(TimeSpan);
    }

    private static IEnumerable<OptionValue> Values(object? value, Type type, string path)
    {
        if (value is null || IsScalar(type) || value is IList || value is IDictionary { Count: 0 })
        {
            yield return new OptionValue(path, type, value);
            yield break;
        }

        if (value is IDictionary dictionary)
        {
            var valueType = DictionaryValueType(type)!;
            foreach (DictionaryEntry entry in dictionary)
            {
                foreach (var leaf in Values(entry.Value, valueType, Join(path, (string)entry.Key)))
                {
                    yield return leaf;
                }
            }

            yield break;
        }

        foreach (var property in Settable(type))
        {
            foreach (var leaf in Values(property.GetValue(value), property.PropertyType, Join(path, property.Name)))
            {
                yield return leaf;
            }
        }
    }

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0);

    private static Type? DictionaryValueType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>) ? type.GetGenericArguments()[1] : null;

    private static Type? ListItemType(Type type) =>
        type.IsArray ? type.GetElementType() : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : null;

    private static string Join(string path, string key) => path.Length == 0 ? key : path + ":" + key;
}
