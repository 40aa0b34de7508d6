using TikTokMonetization.Cli;
using static TikTokMonetization.Tests.CliRunner;

namespace TikTokMonetization.Tests;

/// <summary>A creator file with money the exchange-rate table cannot convert: the error names the file it came from, like every other problem in the file.</summary>
public sealed class UnconvertibleCurrencyTests
{
    public static TheoryData<string> CreatorCommands => ["estimate", "eligibility", "likes"];

    [Theory]
    [MemberData(nameof(CreatorCommands))]
    public void UnconvertibleCurrency_InACreatorFile_IsAnInputError_NamingTheFile(string command)
    {
        using var temp = new TempDirectory();
        var file = temp.Write("creator.json", """{ "merchandise": { "averageOrderValue": "10 NGN" } }""");

        var (exit, output, error) = Run(command, "--input", file);

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"error: {file}: $.merchandise.averageOrderValue is 10.00 NGN; it must be in a currency the exchange-rate table can convert", error, StringComparison.Ordinal);
        Assert.Contains("ExchangeRates:Rates:NGN", error, StringComparison.Ordinal);
    }
}
