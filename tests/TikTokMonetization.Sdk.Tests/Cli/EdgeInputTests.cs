using TikTokMonetization.Cli;
using static TikTokMonetization.Tests.CliRunner;

namespace TikTokMonetization.Tests;

/// <summary>Inputs that crashed the tool or passed out-of-domain values now give a one-line error and a non-zero exit; untrusted text never reaches the terminal raw.</summary>
public sealed class EdgeInputTests
{
    [Fact]
    public void Likes_AboveItsLimit_IsAUsageError_NotACrash()
    {
        var (exit, output, error) = Run("likes", "--likes", "9223372036854775807");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--likes is 9223372036854775807; it must be at most 1,000,000,000,000", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Currency_NoCurrency_IsAUsageError()
    {
        var (exit, _, error) = Run("estimate", "--currency", "XXX");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("'no currency'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "merchandise": { "averageOrderValue": "79228162514264337593543950335 USD", "observedOrders": 10 } }""", "$.merchandise.averageOrderValue")]
    [InlineData("""{ "merchandise": { "averageOrderValue": "10 XXX" } }""", "no currency")]
    [InlineData("""{ "merchandise": { "averageOrderValue": "10 NGN" } }""", "ExchangeRates:Rates:NGN")]
    [InlineData("""{ "profile": { "region": "UK" } }""", "did you mean 'GB'?")]
    [InlineData("""{ "profile": { "age": 27, "age": 15 } }""", "'age' appears twice in 'profile'; each field may appear once.")]
    [InlineData("""{ "profile": { "accountKind": "Personal, Business" } }""", "accountKind is 'Personal, Business'")]
    public void OutOfDomainCreator_IsAnInputError_NamingTheProblem(string json, string expected)
    {
        using var temp = new TempDirectory();
        var file = temp.Write("creator.json", json);

        var (exit, output, error) = Run("estimate", "--input", file);

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void InputThatIsADirectory_IsAnInputError()
    {
        using var temp = new TempDirectory();

        var (exit, _, error) = Run("estimate", "--input", temp.Path);

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("is a directory", error, StringComparison.Ordinal);
    }

    [Fact]
    public void SettingsFile_DuplicateKey_IsAnInputError_NamingTheKey()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("settings.json", """{ "TikTokMonetization": { "ReportingCurrency": "EUR", "ReportingCurrency": "USD" } }""");

        var (exit, _, error) = Run("estimate", "--config", file);

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("duplicate key 'TikTokMonetization:ReportingCurrency'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Rounding\": \"ToEven, AwayFromZero\"", "TikTokMonetization:Rounding")]
    [InlineData("\"Rounding\": \"1\"", "TikTokMonetization:Rounding")]
    [InlineData("\"ExchangeRates\": { \"AsOf\": \"3/1/2025\" }", "TikTokMonetization:ExchangeRates:AsOf")]
    [InlineData("\"LiveGifts\": { \"AvailableRegions\": [ \"UK\" ] }", "did you mean 'GB'?")]
    public void SettingsFile_LenientEnumsDatesAndCodes_AreInputErrors(string setting, string expected)
    {
        using var temp = new TempDirectory();
        var file = temp.Write("settings.json", "{ \"TikTokMonetization\": { " + setting + " } }");

        var (exit, _, error) = Run("estimate", "--config", file);

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void LiveReplay_ViewerChosenNames_NeverReachTheTerminalRaw()
    {
        using var temp = new TempDirectory();
        var hostile = "\\u001b[31mEVIL\\u001b]0;title\\u0007\\u202Eevil\\u009b2J";
        var file = temp.Write("session.jsonl", string.Join('\n',
            $$$"""{"type":"gift","time":"2025-03-01T20:00:01Z","giftId":5655,"giftName":"{{{hostile}}}","coins":1,"senderId":"1001","senderName":"{{{hostile}}}","repeatCount":1,"repeatEnd":true}""",
            $$$"""{"type":"{{{hostile}}}","time":"2025-03-01T20:00:02Z"}""",
            """{"type":"follow","time":"2025-03-01T20:00:03Z","sen\u001bderId":"1"}"""));

        var (exit, output, error) = Run("live", "replay", file);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("EVIL", output, StringComparison.Ordinal);
        AssertTerminalSafe(output);
        AssertTerminalSafe(error);
    }

    [Fact]
    public void Arguments_WithControlCharacters_AreEscapedInTheError()
    {
        var (exit, _, error) = Run("estimate", "--currency", "\u001b[2J\u0007");

        Assert.Equal(ExitCodes.UsageError, exit);
        AssertTerminalSafe(error);
    }

    /// <summary>No C0 control other than tab and line breaks, no DEL, no C1 control and no bidirectional override.</summary>
    internal static void AssertTerminalSafe(string text)
    {
        var bad = text.Select((c, i) => (c, i)).FirstOrDefault(x => TerminalText.IsUnsafe(x.c));
        Assert.True(bad == default, $"unsafe U+{(int)bad.c:X4} at {bad.i}: {text}");
    }
}
