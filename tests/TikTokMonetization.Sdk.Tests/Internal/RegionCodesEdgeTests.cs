using TikTokMonetization.Creators;
using TikTokMonetization.Internal;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// What a user is told about a region code that is not assigned (the ISO code meant by each usual mistake, in any letter
/// case), and which regions a program's list holds: every code in it, in any letter case, and nothing else.
/// </summary>
public sealed class RegionCodesEdgeTests
{
    private const string Suggestion = "an ISO 3166-1 alpha-2 code of two letters assigned to a country (did you mean '{0}'?)";

    private const string Plain = "an ISO 3166-1 alpha-2 code of two letters assigned to a country, such as 'US' or 'GB'";

    [Theory]
    [InlineData("UK", "GB")]
    [InlineData("EL", "GR")]
    [InlineData("EN", "GB")]
    [InlineData("JA", "JP")]
    [InlineData("KO", "KR")]
    [InlineData("ZH", "CN")]
    [InlineData("DA", "DK")]
    [InlineData("SV", "SE")]
    [InlineData("CS", "CZ")]
    [InlineData("UR", "PK")]
    [InlineData("HE", "IL")]
    [InlineData("FA", "IR")]
    public void Allowed_AUsualMistake_SuggestsTheIsoCode_InAnyLetterCase(string mistake, string meant)
    {
        var expected = string.Format(System.Globalization.CultureInfo.InvariantCulture, Suggestion, meant);

        Assert.Equal(expected, RegionCodes.Allowed(mistake));
        Assert.Equal(expected, RegionCodes.Allowed(mistake.ToLowerInvariant()));
        Assert.Equal(expected, RegionCodes.Allowed(mistake.Substring(0, 1) + mistake.Substring(1).ToLowerInvariant()));
    }

    [Theory]
    [InlineData("XK")]
    [InlineData("USA")]
    [InlineData("")]
    [InlineData(null)]
    public void Allowed_AnyOtherCode_GivesExamples(string? code) => Assert.Equal(Plain, RegionCodes.Allowed(code));

    [Fact]
    public void ASnapshotWithTheRegionUk_IsToldToWriteGb()
    {
        var problem = Assert.Single(new CreatorSnapshot { CreatorId = "c", Profile = new CreatorProfile { Region = "uk" } }.Validate());

        Assert.Equal("Profile.Region", problem.Path);
        Assert.Equal("'uk'", problem.Value);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, Suggestion, "GB") + ", or null", problem.Allowed);
    }

    [Theory]
    [InlineData("US", true)]
    [InlineData("us", true)]
    [InlineData("gb", true)]
    [InlineData("Gb", true)]
    [InlineData("BR", true)]
    [InlineData("FR", false)]
    [InlineData("USA", false)]
    [InlineData("", false)]
    public void AProgramsRegionList_HoldsEachOfItsCodes_InAnyLetterCase_AndNothingElse(string region, bool held)
    {
        string[] regions = ["US", "gb", "Br"];

        Assert.Equal(held, new RegionList("LIVE gifts", regions).Contains(region));
        Assert.Equal(held, RegionList.Contains(regions, region));
        Assert.Equal(held, RegionCodes.Contains(regions, region));
    }

    [Fact]
    public void AnEmptyRegionList_HoldsNothing_AndANullRegionIsInNoList()
    {
        Assert.False(new RegionList("LIVE gifts", []).Contains("US"));
        Assert.False(RegionCodes.Contains([], "US"));
        Assert.False(RegionList.Contains(["US"], null!));
    }
}
