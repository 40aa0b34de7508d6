// The tool (and its test runner) is net10.0 only; the netstandard2.0 test build leaves these out, as it leaves out Cli/.
#if !SDK_NETSTANDARD
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace TikTokMonetization.Tests;

/// <summary>Raw bytes for one reader, shown as Base64 so that a failing case can be copied into <see cref="FoundCases"/>.</summary>
public sealed record FuzzInput(byte[] Bytes)
{
    public override string ToString() => Convert.ToBase64String(Bytes);
}

/// <summary>Creator-file fuzz input.</summary>
public sealed record CreatorFuzzInput(FuzzInput Input);

/// <summary>Settings-file fuzz input.</summary>
public sealed record SettingsFuzzInput(FuzzInput Input);

/// <summary>JSON Lines fuzz input.</summary>
public sealed record EventsFuzzInput(FuzzInput Input);

/// <summary>
/// Generators for the reader fuzz properties: structure-aware mutations of valid inputs (the corpus' mutations from a random
/// seed, applied one to three times) mixed with raw random bytes.
/// </summary>
public static class FuzzArbitraries
{
    private static readonly Lazy<string> CreatorBase = new(() => File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot(), "src", "TikTokMonetization.Cli", "Samples", "creator.json")));
    private static readonly Lazy<string> SettingsBase = new(() => File.ReadAllText(CliRunner.TestData("cli", "appsettings.json")));
    private static readonly Lazy<string> EventsBase = new(() => File.ReadAllText(CliRunner.TestData("live", "sample-session.jsonl")));

    public static Arbitrary<CreatorFuzzInput> Creator() => Bytes(CreatorBase).Select(b => new CreatorFuzzInput(b)).ToArbitrary();

    public static Arbitrary<SettingsFuzzInput> Settings() => Bytes(SettingsBase).Select(b => new SettingsFuzzInput(b)).ToArbitrary();

    public static Arbitrary<EventsFuzzInput> Events() => Bytes(EventsBase).Select(b => new EventsFuzzInput(b)).ToArbitrary();

    private static Gen<FuzzInput> Bytes(Lazy<string> valid) =>
        Gen.OneOf(
            from count in Gen.Choose(1, 3)
            from seeds in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), count)
            select new FuzzInput(seeds.Aggregate(HostileInputs.Utf8(valid.Value), (bytes, seed) => HostileInputs.Mutate(Encoding.UTF8.GetString(bytes), seed))),
            ArbMap.Default.GeneratorFor<byte[]>().Select(b => new FuzzInput(b)));
}
#endif
