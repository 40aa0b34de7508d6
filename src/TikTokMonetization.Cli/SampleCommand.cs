using System.CommandLine;
using System.Text;

namespace TikTokMonetization.Cli;

/// <summary>The <c>sample</c> command: writes a commented sample creator file and a settings file to start from.</summary>
internal static class SampleCommand
{
    /// <summary>The sample creator's file name.</summary>
    public const string CreatorFile = "creator.json";

    /// <summary>The sample settings' file name.</summary>
    public const string SettingsFile = "settings.json";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var directory = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "The directory to write the two files to; created if missing.",
            DefaultValueFactory = _ => new DirectoryInfo("."),
            HelpName = "directory",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Overwrite creator.json and settings.json if they are already there.",
        };
        var command = new Command("sample", $"Write {CreatorFile} (the sample creator, every field explained) and {SettingsFile} (every SDK option at its default, under \"TikTokMonetization\") to start from.")
        {
            directory,
            force,
        };
        command.WithExamples(
            $"{CliApp.CommandName} sample",
            $"{CliApp.CommandName} sample --output my-creator",
            $"{CliApp.CommandName} sample --output my-creator --force");
        command.SetAction(result => CliApp.Execute(error, () =>
        {
            var target = result.GetValue(directory)!;
            CliFiles.RequireOutputDirectory(target, "--output");
            var files = new[] { CreatorFile, SettingsFile }.Select(name => (Name: name, Shown: Path.Join(target.ToString(), name), Full: Path.Join(target.FullName, name))).ToList();
            var existing = files.Where(f => File.Exists(f.Full)).ToList();
            if (existing.Count > 0 && !result.GetValue(force))
            {
                throw new CliException(existing.Select(f => $"{TerminalText.Clean(f.Shown)}: already exists; nothing was written (--output). Use --force to overwrite, or another directory.").ToList());
            }

            CliFiles.Writing(target.ToString(), "--output", () =>
            {
                Directory.CreateDirectory(target.FullName);
                foreach (var file in files)
                {
                    File.WriteAllText(file.Full, Read(file.Name), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                }
            });

            output.WriteLine($"Wrote {files[0].Shown}: the sample creator, every field explained. Put your own numbers in it.");
            output.WriteLine($"Wrote {files[1].Shown}: every SDK option at its documented default, under \"TikTokMonetization\".");
            output.WriteLine();
            output.WriteLine($"Next: {CliApp.CommandName} estimate --input {files[0].Shown} --config {files[1].Shown}");
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Returns the text of a sample file as it ships in the tool.</summary>
    public static string Read(string name)
    {
        using var stream = typeof(SampleCommand).Assembly.GetManifestResourceStream($"TikTokMonetization.Cli.Samples.{name}")
            ?? throw new InvalidOperationException($"The tool was built without its sample file '{name}'.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
