using System.Collections;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Cli;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Tests;

/// <summary>
/// The sample settings file holds every SDK option at its default, in the shape the SDK binds; and the tool's shape check
/// knows every options type the SDK validates. Both fail when the SDK gains or changes an option, which is when they must change.
/// </summary>
public sealed class SampleSettingsTests
{
    private static readonly string[] CardNames = [RateCardNames.Default, RateCardNames.UsScaledLiveRewards2025];

    [Fact]
    public void SampleSettings_BindToExactlyTheDefaults()
    {
        using var defaults = Provider(section: null);
        using var sample = Provider(SampleSection());

        var differences = Instances(defaults).Zip(Instances(sample))
            .SelectMany(pair => Differences(pair.First.Value, pair.Second.Value, pair.First.Path))
            .ToList();

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public void SampleSettings_NameEveryOptionExceptLists()
    {
        using var defaults = Provider(section: null);
        var keys = new HashSet<string>(SampleSection().AsEnumerable(makePathsRelative: true).Select(p => p.Key), StringComparer.OrdinalIgnoreCase);

        var missing = Instances(defaults)
            .SelectMany(i => LeafPaths(i.Value, i.Path))
            .Where(path => !keys.Contains(path))
            .ToList();

        Assert.True(missing.Count == 0, "Not in Samples/settings.json: " + string.Join(", ", missing));
    }

    [Fact]
    public void SampleSettings_PassTheShapeCheck() =>
        Assert.Empty(SettingsShape.Check(SampleSection()));

    [Fact]
    public void ShapeCheck_KnowsEveryOptionsTypeTheSdkValidates()
    {
        var services = new ServiceCollection();
        services.AddTikTokMonetization().AddBuiltInModels();

        var validated = services
            .Select(d => d.ServiceType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IValidateOptions<>))
            .Select(t => t.GetGenericArguments()[0])
            .ToHashSet();

        Assert.Subset(SettingsShape.OptionsTypes.ToHashSet(), validated);
    }

    private static IConfigurationSection SampleSection() =>
        new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SampleCommand.Read(SampleCommand.SettingsFile))))
            .Build()
            .GetSection(SettingsFile.SectionName);

    private static ServiceProvider Provider(IConfigurationSection? section)
    {
        var services = new ServiceCollection();
        if (section is null)
        {
            services.AddTikTokMonetization().AddBuiltInModels();
        }
        else
        {
            services.AddTikTokMonetization(section).AddBuiltInModels(section);
        }

        return services.BuildServiceProvider();
    }

    // Every options instance the section configures, with the configuration path (relative to the section) it binds from.
    private static IEnumerable<(string Path, object Value)> Instances(IServiceProvider provider)
    {
        foreach (var type in SettingsShape.OptionsTypes)
        {
            var monitor = provider.GetRequiredService(typeof(IOptionsMonitor<>).MakeGenericType(type));
            var get = monitor.GetType().GetMethod(nameof(IOptionsMonitor<object>.Get))!;
            foreach (var name in type == typeof(RateCardOptions) ? CardNames : [Options.DefaultName])
            {
                var path = SettingsShape.PathOf(type, name);
                var relative = path == SettingsFile.SectionName ? string.Empty : path[(SettingsFile.SectionName.Length + 1)..];
                yield return (relative, get.Invoke(monitor, [name])!);
            }
        }
    }

    private static IEnumerable<string> Differences(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null || IsScalar(expected.GetType()))
        {
            if (!Equals(expected, actual))
            {
                yield return $"{path}: default {expected}, sample {actual}";
            }

            yield break;
        }

        if (expected is IDictionary expectedTable && actual is IDictionary actualTable)
        {
            if (expectedTable.Count != actualTable.Count)
            {
                yield return $"{path}: default has {expectedTable.Count} entries, sample {actualTable.Count}";
            }

            foreach (DictionaryEntry entry in expectedTable)
            {
                foreach (var difference in Differences(entry.Value, actualTable.Contains(entry.Key) ? actualTable[entry.Key] : null, $"{path}:{entry.Key}"))
                {
                    yield return difference;
                }
            }

            yield break;
        }

        if (expected is IList expectedList && actual is IList actualList)
        {
            if (!expectedList.Cast<object>().SequenceEqual(actualList.Cast<object>()))
            {
                yield return $"{path}: default [{string.Join(", ", expectedList.Cast<object>())}], sample [{string.Join(", ", actualList.Cast<object>())}]";
            }

            yield break;
        }

        foreach (var property in Properties(expected.GetType()))
        {
            foreach (var difference in Differences(property.GetValue(expected), property.GetValue(actual), Join(path, property.Name)))
            {
                yield return difference;
            }
        }
    }

    // The configuration keys that set every non-list option: "LiveGifts:CoinsPerViewerHour:Low", "LiveGifts:MinimumAgeByRegion:KR".
    private static IEnumerable<string> LeafPaths(object value, string path)
    {
        if (IsScalar(value.GetType()))
        {
            yield return path;
            yield break;
        }

        if (value is IDictionary table)
        {
            foreach (DictionaryEntry entry in table)
            {
                foreach (var leaf in LeafPaths(entry.Value!, $"{path}:{entry.Key}"))
                {
                    yield return leaf;
                }
            }

            yield break;
        }

        if (value is IList)
        {
            yield break;
        }

        foreach (var property in Properties(value.GetType()))
        {
            if (property.GetValue(value) is { } child)
            {
                foreach (var leaf in LeafPaths(child, Join(path, property.Name)))
                {
                    yield return leaf;
                }
            }
        }
    }

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.SetMethod is { IsPublic: true });

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime);

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}:{name}";
}
