using TikTokMonetization.Internal;

namespace TikTokMonetization.Tests;

/// <summary>
/// A region code is valid exactly when it is one of the 249 assigned ISO 3166-1 alpha-2 codes, in any letter case: the
/// table of bits the snapshot check reads for two ASCII letters gives the case-insensitive set's answer for every pair of
/// characters, and non-ASCII letters that fold to ASCII ones are still decided by the set.
/// </summary>
public sealed class RegionCodesTests
{
    [Fact]
    public void EveryTwoCharacterCode_IsValidExactlyWhenTheSetHoldsIt()
    {
        var characters = Enumerable.Range(0, 0x250).Select(c => (char)c).Concat(['\u0131', '\u017F', '\u212A', '\uFF21']).ToArray();
        var disagreements = new List<string>();
        foreach (var first in characters)
        {
            foreach (var second in characters)
            {
                var code = new string([first, second]);
                if (RegionCodes.IsValid(code) != RegionCodes.IsInTable(code))
                {
                    disagreements.Add($"U+{(int)first:X4} U+{(int)second:X4}");
                }
            }
        }

        Assert.Empty(disagreements);
    }

    [Theory]
    [InlineData("US", true)]
    [InlineData("us", true)]
    [InlineData("gB", true)]
    [InlineData("ZW", true)]
    [InlineData("AD", true)]
    [InlineData("UK", false)] // reserved, not a country
    [InlineData("XK", false)]
    [InlineData("ZZ", false)]
    [InlineData("U", false)]
    [InlineData("USA", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("U1", false)]
    [InlineData("[S", false)]
    public void Codes_AreValid_AsTheIsoTableSays(string? code, bool valid) => Assert.Equal(valid, RegionCodes.IsValid(code));

    [Fact]
    public void TheTable_HasTheTwoHundredFortyNineAssignedCodes()
    {
        var valid = 0;
        for (var first = 'A'; first <= 'Z'; first++)
        {
            for (var second = 'A'; second <= 'Z'; second++)
            {
                valid += RegionCodes.IsValid(new string([first, second])) ? 1 : 0;
            }
        }

        Assert.Equal(249, valid);
        Assert.Equal(249, RegionCodes.Count);
    }
}
