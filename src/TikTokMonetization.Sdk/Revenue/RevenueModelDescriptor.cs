namespace TikTokMonetization.Revenue;

/// <summary>
/// What the SDK knows about one registered, configurable revenue model: its stream name, display name, options type,
/// the name of its options instance and the configuration section they were bound from. Registration adds one per model
/// (resolve them with <c>IEnumerable&lt;RevenueModelDescriptor&gt;</c>); validation errors name the section, and tools
/// use the descriptors to show what can be configured.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RevenueModelDescriptor
{
    /// <summary>Initializes a new instance of the <see cref="RevenueModelDescriptor"/> class.</summary>
    /// <param name="name">The model's stable stream name, for example <c>live-gifts</c>.</param>
    /// <param name="displayName">The name to show people, for example <c>LIVE gifts</c>.</param>
    /// <param name="modelType">The model's type.</param>
    /// <param name="optionsType">The model's options type.</param>
    /// <param name="optionsName">The name of the model's options instance (<c>IOptionsMonitor&lt;T&gt;.Get(name)</c>); empty for the unnamed instance.</param>
    /// <param name="configurationPath">The configuration section the options are bound from, or <see langword="null"/> when they are configured in code only.</param>
    /// <exception cref="ArgumentNullException">A required argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid stream name (see <see cref="IsValidName"/>).</exception>
    public RevenueModelDescriptor(string name, string displayName, Type modelType, Type optionsType, string optionsName, string? configurationPath)
    {
        if (!IsValidName(name))
        {
            throw new ArgumentException(
                $"A revenue model's name is '{name}'; it must be 1 to 64 characters of lower-case letters a-z, digits and '-', starting with a letter (for example 'sponsored-live').",
                nameof(name));
        }

        Name = name;
        DisplayName = string.IsNullOrWhiteSpace(displayName)
            ? throw new ArgumentException($"The display name of revenue model '{name}' is empty; give the name to show people, for example 'Sponsored LIVE'.", nameof(displayName))
            : displayName;
        ModelType = modelType ?? throw new ArgumentNullException(nameof(modelType));
        OptionsType = optionsType ?? throw new ArgumentNullException(nameof(optionsType));
        OptionsName = optionsName ?? throw new ArgumentNullException(nameof(optionsName));
        ConfigurationPath = configurationPath;
    }

    /// <summary>Gets the model's stable stream name.</summary>
    public string Name { get; }

    /// <summary>Gets the name to show people.</summary>
    public string DisplayName { get; }

    /// <summary>Gets the model's type.</summary>
    public Type ModelType { get; }

    /// <summary>Gets the model's options type.</summary>
    public Type OptionsType { get; }

    /// <summary>Gets the name of the model's options instance; empty for the unnamed instance.</summary>
    public string OptionsName { get; }

    /// <summary>Gets the configuration section the options are bound from, or <see langword="null"/> when configured in code only.</summary>
    public string? ConfigurationPath { get; }

    /// <summary>Gets the last key of <see cref="ConfigurationPath"/> (for example <c>LiveGifts</c>), or <see langword="null"/> when configured in code only.</summary>
    public string? SectionKey => ConfigurationPath is { } path ? path.Substring(path.LastIndexOf(':') + 1) : null;

    /// <summary>Returns a copy bound from another configuration section.</summary>
    /// <param name="configurationPath">The section's path.</param>
    /// <returns>The copy.</returns>
    internal RevenueModelDescriptor BoundFrom(string configurationPath) =>
        new(Name, DisplayName, ModelType, OptionsType, OptionsName, configurationPath);

    /// <summary>
    /// Gets where validation errors say a setting lives: the configuration section, or the model when configured in code
    /// or bound from a configuration root (which has no path to name).
    /// </summary>
    public string SettingsPath => string.IsNullOrEmpty(ConfigurationPath) ? $"revenue model '{Name}'" : ConfigurationPath!;

    /// <summary>
    /// Returns whether a stream name is valid: 1 to 64 characters of lower-case ASCII letters, digits and <c>-</c>,
    /// starting with a letter. Reports, configuration keys and batch columns use the name, so it is kept plain.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool IsValidName(string? name)
    {
        if (name is null || name.Length is 0 or > 64 || name[0] is < 'a' or > 'z')
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Formats as <c>name (display name)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({DisplayName})";
}
