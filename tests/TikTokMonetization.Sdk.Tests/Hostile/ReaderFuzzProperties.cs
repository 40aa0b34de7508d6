// The tool (and its test runner) is net10.0 only; the netstandard2.0 test build leaves these out, as it leaves out Cli/.
#if !SDK_NETSTANDARD
using FsCheck.Xunit;
using TikTokMonetization.Cli;
using TikTokMonetization.Creators;
using TikTokMonetization.Live;
using TikTokMonetization.Serialization;

namespace TikTokMonetization.Tests;

/// <summary>
/// Fuzz targets for the three readers of untrusted input. Each run draws fresh inputs; CI runs them again and again for a
/// bounded time (.ci/run). A failure prints the input as Base64 and the replay seed: keep it as a case in <see cref="FoundCases"/>.
/// </summary>
public sealed class ReaderFuzzProperties
{
    [Property(Arbitrary = [typeof(FuzzArbitraries)], MaxTest = 300)]
    public bool CreatorReader_ReturnsOrThrowsOnlyItsOwnErrors(CreatorFuzzInput input)
    {
        try
        {
            CreatorSnapshotJson.Deserialize(new MemoryStream(input.Input.Bytes), "fuzz.json");
            return true;
        }
        catch (CreatorSnapshotFormatException ex)
        {
            return ex.Message.Length < 2_000;
        }
        catch (InvalidCreatorSnapshotException ex)
        {
            return ex.Problems.Count > 0;
        }
    }

    [Property(Arbitrary = [typeof(FuzzArbitraries)], MaxTest = 100)]
    public bool SettingsReader_ReturnsOrThrowsAnInputError(SettingsFuzzInput input)
    {
        var path = Path.Combine(Path.GetTempPath(), "tiktok-fuzz-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllBytes(path, input.Input.Bytes);
        try
        {
            using var provider = CliApp.BuildServices(new FileInfo(path), currency: null);
            return true;
        }
        catch (Exception ex) when (InputErrors.Describe(ex) is { Count: > 0 })
        {
            return true;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Property(Arbitrary = [typeof(FuzzArbitraries)], MaxTest = 300)]
    public bool EventReader_ReadsOrReportsEveryLine_AndNeverThrows(EventsFuzzInput input)
    {
        using var reader = new LiveEventJsonLinesReader(new StreamReader(new MemoryStream(input.Input.Bytes)));
        var events = reader.ReadAll().Count();
        return events + reader.Errors.Count <= reader.LinesRead
            && reader.Errors.All(e => e.Reason.Length is > 0 and < 2_000 && !e.Reason.Any(TerminalText.IsUnsafe));
    }
}
#endif
