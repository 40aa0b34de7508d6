// The tool (and its test runner) is net10.0 only; the netstandard2.0 test build leaves these out, as it leaves out Cli/.
#if !SDK_NETSTANDARD
using System.Text;
using TikTokMonetization.Cli;
using TikTokMonetization.Live;
using TikTokMonetization.Serialization;

namespace TikTokMonetization.Tests;

/// <summary>
/// The hostile corpus: generated variants of every kind of input the tool takes (creator files, settings files, JSON Lines
/// events, command-line arguments), each run through the real tool in-process. Every one must end cleanly: a one-line error
/// naming the problem with a non-zero exit, a reported skip, or a result the SDK's own reader agrees is valid input.
/// </summary>
/// <remarks>Cases the fuzz properties find are added to <see cref="FoundCases"/>, so they stay in the corpus.</remarks>
public sealed class HostileCreatorCorpusTests
{
    public const int Count = 640;

    [Fact]
    public void HostileCreatorFiles_EndCleanly()
    {
        using var temp = new TempDirectory();
        var bases = new[]
        {
            File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot(), "src", "TikTokMonetization.Cli", "Samples", "creator.json")),
            File.ReadAllText(CliRunner.TestData("creators", "valid-full.json")),
        };
        var failures = new List<string>();
        for (var seed = 0; seed < Count; seed++)
        {
            var bytes = HostileInputs.Mutate(bases[seed % 2], seed);
            var path = temp.Combine($"creator-{seed}.json");
            File.WriteAllBytes(path, bytes);
            var command = (seed / 16 % 3) switch { 0 => "estimate", 1 => "eligibility", _ => "likes" };
            var problem = CorpusOutcome.Check([command, "--input", path, "--format", seed % 5 == 0 ? "json" : "table"], result =>
                result.Exit == ExitCodes.Success && !ReadsAsValid(bytes) ? "the tool priced a creator the SDK's reader refuses" : null);
            if (problem is not null)
            {
                failures.Add($"creator seed {seed}: {problem}");
            }

            File.Delete(path);
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }

    private static bool ReadsAsValid(byte[] bytes)
    {
        try
        {
            CreatorSnapshotJson.Deserialize(new MemoryStream(bytes));
            return true;
        }
        catch (Exception ex) when (ex is CreatorSnapshotFormatException or Creators.InvalidCreatorSnapshotException)
        {
            return false;
        }
    }
}

/// <summary>Hostile settings files through <c>--config</c>.</summary>
public sealed class HostileSettingsCorpusTests
{
    public const int Count = 400;

    [Fact]
    public void HostileSettingsFiles_EndCleanly()
    {
        using var temp = new TempDirectory();
        var bases = new[]
        {
            File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot(), "src", "TikTokMonetization.Cli", "Samples", "settings.json")),
            File.ReadAllText(CliRunner.TestData("cli", "appsettings.json")),
        };
        var failures = new List<string>();
        for (var seed = 0; seed < Count; seed++)
        {
            var path = temp.Combine($"settings-{seed}.json");
            File.WriteAllBytes(path, HostileInputs.Mutate(bases[seed % 2], seed));
            if (CorpusOutcome.Check(["estimate", "--config", path]) is { } problem)
            {
                failures.Add($"settings seed {seed}: {problem}");
            }

            File.Delete(path);
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }
}

/// <summary>Hostile JSON Lines events: through the reader line by line, and whole files through <c>live replay</c>.</summary>
public sealed class HostileEventCorpusTests
{
    public const int LineCount = 1_200;
    public const int ReplayCount = 40;

    private static readonly string[] Lines = File.ReadAllLines(CliRunner.TestData("live", "sample-session.jsonl"));

    [Fact]
    public void HostileEventLines_AreEachReadOrReportedAndSkipped()
    {
        var failures = new List<string>();
        var all = new StringBuilder();
        for (var seed = 0; seed < LineCount; seed++)
        {
            var line = Encoding.UTF8.GetString(HostileInputs.Mutate(Lines[seed % Lines.Length], seed)).Replace("\n", " ", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal);
            try
            {
                if (!LiveEventJson.TryParse(line, out _, out var error) && (string.IsNullOrEmpty(error) || error.Length > 2_000 || error.Any(TerminalText.IsUnsafe)))
                {
                    failures.Add($"event seed {seed}: unclear reason '{error?[..Math.Min(error.Length, 200)]}'");
                }
            }
            catch (Exception ex)
            {
                failures.Add($"event seed {seed}: TryParse threw {ex.GetType().Name}: {ex.Message}");
            }

            all.Append(line).Append('\n');
        }

        using var reader = new LiveEventJsonLinesReader(new StringReader(all.ToString()));
        var events = reader.ReadAll().Count();
        var blank = all.ToString().Split('\n')[..^1].Count(l => l.Trim().Length == 0);
        Assert.Equal(LineCount, reader.LinesRead);
        Assert.Equal(LineCount, events + reader.Errors.Count + blank);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }

    [Fact]
    public void HostileSessions_ThroughLiveReplay_EndCleanly()
    {
        using var temp = new TempDirectory();
        var failures = new List<string>();
        for (var file = 0; file < ReplayCount; file++)
        {
            var lines = Enumerable.Range(0, 30).Select(i => file * 30 + i)
                .Select(seed => seed % 3 == 0 ? HostileInputs.Utf8(Lines[seed % Lines.Length]) : HostileInputs.Mutate(Lines[seed % Lines.Length], seed));
            var path = temp.Combine($"session-{file}.jsonl");
            File.WriteAllBytes(path, lines.SelectMany(l => l.Append((byte)'\n')).ToArray());
            if (CorpusOutcome.Check(["live", "replay", path, "--top", "5"]) is { } problem)
            {
                failures.Add($"session {file}: {problem}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }
}

/// <summary>Hostile command lines: values out of range, of the wrong type, huge, or with control characters.</summary>
public sealed class HostileArgumentCorpusTests
{
    public const int Count = 300;

    private static readonly string[][] Shapes =
    [
        ["likes", "--likes", "{0}"],
        ["estimate", "--currency", "{0}"],
        ["estimate", "--sample", "{0}"],
        ["estimate", "--format", "{0}"],
        ["estimate", "--input", "{0}"],
        ["eligibility", "--config", "{0}"],
        ["live", "replay", "{0}"],
        ["live", "replay", "missing.jsonl", "--top", "{0}"],
        ["live", "replay", "missing.jsonl", "--goal-diamonds", "{0}"],
        ["{0}"],
        ["estimate", "{0}"],
        ["likes", "-n", "{0}", "--currency", "{0}"],
    ];

    private static readonly string[] Values =
    [
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "1000000000001", "0", "-1", "1e400", "NaN", "",
        " ", "XXX", "xxx", "NGN", "ZZZ", "\u001b[2J\u001b[H", "\u202Eevil", "a\u0000b", "\ud800", "UK", new string('9', 400),
        new string('a', 100_000), "--help", "-", "--", "/dev/null", "/", "../../../../etc/passwd", "%s%n", "{0}",
    ];

    [Fact]
    public void HostileArguments_EndCleanly()
    {
        var failures = new List<string>();
        for (var seed = 0; seed < Count; seed++)
        {
            var shape = Shapes[seed % Shapes.Length];
            var value = Values[seed / Shapes.Length % Values.Length];
            var args = shape.Select(a => a.Replace("{0}", value, StringComparison.Ordinal)).ToArray();
            if (CorpusOutcome.Check(args) is { } problem)
            {
                failures.Add($"args seed {seed} ({string.Join(' ', args.Select(a => a.Length > 40 ? a[..40] + "…" : a))}): {problem}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }
}
#endif
