using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace TikTokMonetization.Cli;

/// <summary>
/// The <c>--config</c> file: JSON (comments allowed) whose <c>TikTokMonetization</c> section configures the SDK exactly as an
/// application's appsettings.json does. Loading it checks the section's shape first, so that a misspelt option or a value of
/// the wrong type is reported with its path instead of being ignored or failing later without the file's name.
/// </summary>
internal sealed partial class SettingsFile
{
    /// <summary>The section that holds the SDK's options, as in an application's appsettings.json.</summary>
    public const string SectionName = "TikTokMonetization";

    private const long MaxBytes = 1024 * 1024;

    private SettingsFile(string displayPath, IConfigurationSection section)
    {
        DisplayPath = displayPath;
        Section = section;
    }

    /// <summary>Gets the path as the user gave it, for messages.</summary>
    public string DisplayPath { get; }

    /// <summary>Gets the <c>TikTokMonetization</c> section.</summary>
    public IConfigurationSection Section { get; }

    /// <summary>Reads and checks the file.</summary>
    /// <exception cref="CliException">The file is missing, is not JSON, has no <c>TikTokMonetization</c> section, or has unknown options or values of the wrong type.</exception>
    public static SettingsFile Load(FileInfo file)
    {
        var display = file.ToString();
        CliFiles.RequireInput(file, "--config");

        // The same bound as a creator file: the commented sample is about 12 KB (see docs/input-limits.md).
        if (file.Length > MaxBytes)
        {
            throw new CliException(FormattableString.Invariant($"{display}: the file is {file.Length:N0} bytes; a settings file may be at most {MaxBytes:N0} bytes (see docs/input-limits.md)."));
        }

        IConfigurationRoot root;
        try
        {
            root = new ConfigurationBuilder().AddJsonFile(file.FullName, optional: false, reloadOnChange: false).Build();
        }
        catch (InvalidDataException ex)
        {
            throw new CliException(Describe(display, ex));
        }

        var section = root.GetSection(SectionName);
        if (!section.Exists())
        {
            throw new CliException(
                $"{display}: there is no \"{SectionName}\" section; the SDK's options go under it, as in an app's appsettings.json: "
                + $"{{ \"{SectionName}\": {{ \"ReportingCurrency\": \"EUR\" }} }}. Run '{CliApp.CommandName} sample' for a complete file.");
        }

        var problems = SettingsShape.Check(section);
        if (problems.Count > 0)
        {
            throw new CliException(problems.Select(p => $"{display}: {p}").ToList());
        }

        return new SettingsFile(display, section);
    }

    // The JSON parser counts lines and positions from 0 and repeats them at the end of its message; say them once, from 1.
    private static string Describe(string display, InvalidDataException ex)
    {
        if (ex.InnerException?.InnerException is JsonException json)
        {
            var message = PositionSuffix().Replace(json.Message, string.Empty);
            return $"{display} (line {(json.LineNumber ?? 0) + 1}, position {(json.BytePositionInLine ?? 0) + 1}): {message}";
        }

        return $"{display}: {ex.InnerException?.Message ?? ex.Message}";
    }

    [GeneratedRegex(@"\s*LineNumber: \d+ \| BytePositionInLine: \d+\.\s*$")]
    private static partial Regex PositionSuffix();
}
