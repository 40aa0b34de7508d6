using System.Text.RegularExpressions;
using TikTokMonetization.Cli;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// The report's words and numbers read right: steps read as true arithmetic (small rates with significant digits,
/// estimated counts as estimates, money to the cent, units in the singular for one, independent-uncertainty steps
/// without a false "="), likes described in the same words everywhere, and a range chart per stream.
/// </summary>
public sealed class ReportWordingTests
{
    private static BreakdownLine Line(ValueRange quantity, string quantityUnit, ValueRange rate, string rateUnit, ValueRange amount, string amountUnit, BreakdownLineKind kind = BreakdownLineKind.Product, decimal? minimum = null, decimal? maximum = null) =>
        new("step", quantity, quantityUnit, rate, rateUnit, amount, amountUnit, "test", kind, minimum, maximum);

    [Fact]
    public void ASmallRate_KeepsFourSignificantDigits_SoTheProductChecks()
    {
        // The brand-deals engagement rate: 1,812.5 interactions × 1/85,000 per follower; "× 0 per follower" before.
        var text = StepText.Write(Line(ValueRange.Exactly(1_812.5m), "interactions per video", ValueRange.Exactly(1m / 85_000m), "per follower", ValueRange.Exactly(1_812.5m / 85_000m), "engagement rate"));

        Assert.Equal("1,812.5 interactions per video × 0.00001176 per follower = 0.02132 engagement rate", text);
    }

    [Fact]
    public void EstimatedCoins_AreShownRoundedAsEstimates_AndCashToTheCent()
    {
        var coins = new ValueRange(26_479.6875m, 132_398.4375m, 397_195.3125m);
        var text = StepText.Write(Line(coins, "coins", ValueRange.Exactly(1m), "diamonds per coin", coins, "diamonds"));
        var cash = StepText.Write(Line(coins, "diamonds", ValueRange.Exactly(0.005m), "USD per diamond", coins.Scale(0.005m), "USD"));

        Assert.Equal("~26,480..~397,195 (exp. ~132,398) coins × 1 diamond per coin = ~26,480..~397,195 (exp. ~132,398) diamonds", text);
        Assert.EndsWith("= 132.40..1,985.98 (exp. 661.99) USD", cash, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("months in the period", "month in the period")]
    [InlineData("sponsored posts (1 per 30 days × 30 days)", "sponsored post (1 per 30 days × 30 days)")]
    [InlineData("diamonds", "diamond")]
    [InlineData("subscribers", "subscriber")]
    public void AQuantityOfExactlyOne_TakesItsUnitInTheSingular(string plural, string shown)
    {
        var text = StepText.Write(Line(ValueRange.Exactly(1m), plural, ValueRange.Exactly(3m), "USD per month", ValueRange.Exactly(3m), "USD"));

        Assert.StartsWith("1 " + shown + " × ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AStepWhoseBoundsWereCombinedAsIndependent_ShowsItsExpectedProductAndItsRange_WithoutAFalseEquals()
    {
        // The funnel: 120,000 product views × 0.005..0.035 clicks per view; the bounds 491 and 6,270 are not 60,000 × 0.005 and 300,000 × 0.035.
        var line = Line(new ValueRange(60_000m, 120_000m, 300_000m), "product views", new ValueRange(0.005m, 0.015m, 0.035m), "clicks per view", new ValueRange(491.0478m, 1_800m, 6_270.0605m), "clicks", BreakdownLineKind.IndependentProduct);

        var text = StepText.Write(line);

        Assert.True(StepText.IsIndependentProduct(line));
        Assert.DoesNotContain(" = ", text, StringComparison.Ordinal);
        Assert.EndsWith("clicks per view: expected 1,800 clicks, range ~491..~6,270 clicks (uncertainties combined as independent: not low × low)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIndependentStepThatMultipliesAtEveryPoint_IsWrittenWithItsEquals_AndAProductIsNeverTakenForIndependent()
    {
        Assert.False(StepText.IsIndependentProduct(Line(new ValueRange(1m, 2m, 3m), "a", new ValueRange(2m, 3m, 4m), "b", new ValueRange(2m, 6m, 12m), "c", BreakdownLineKind.IndependentProduct)));
        Assert.False(StepText.IsIndependentProduct(Line(new ValueRange(60_000m, 120_000m, 300_000m), "a", new ValueRange(0.005m, 0.015m, 0.035m), "b", new ValueRange(491.0478m, 1_800m, 6_270.0605m), "c")));
    }

    [Fact]
    public void ALimitedStep_NamesItsBounds_AndAnInterpolation_ItsPlaceBetweenTheEnds()
    {
        Assert.Equal(
            "0.0936 engagement rate × 40 per reference rate 0.025 = 2.2 × multiplier (the product held within 0.6..2.2)",
            StepText.Write(Line(ValueRange.Exactly(0.0936m), "engagement rate", ValueRange.Exactly(40m), "per reference rate 0.025", ValueRange.Exactly(2.2m), "× multiplier", BreakdownLineKind.Limited, 0.6m, 2.2m)));
        Assert.Equal(
            "0.12 share × 5 score per share = 0.6 score (the product held at most 1)",
            StepText.Write(Line(ValueRange.Exactly(0.12m), "share", ValueRange.Exactly(5m), "score per share", ValueRange.Exactly(0.6m), "score", BreakdownLineKind.Limited, null, 1m)));
        Assert.Equal(
            "0.5 score of the way from 0.4 to 1 USD per 1,000 views = 0.4..1 (exp. 0.7) USD per 1,000 views",
            StepText.Write(Line(ValueRange.Exactly(0.5m), "score", new ValueRange(0.4m, 0.7m, 1m), "USD per 1,000 views", new ValueRange(0.4m, 0.7m, 1m), "USD per 1,000 views", BreakdownLineKind.Interpolation)));
    }

    [Fact]
    public void Estimate_StepsReadAsArithmetic_ForTheSampleCreator()
    {
        var output = CliRunner.Run("estimate").Output;

        Assert.DoesNotContain("26,479.6875", output, StringComparison.Ordinal);
        Assert.DoesNotContain("1 diamonds per coin", output, StringComparison.Ordinal);
        Assert.DoesNotContain("× 0 per follower", output, StringComparison.Ordinal);
        Assert.Contains("× 1 diamond per coin", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Likes_AreDescribedInTheSameWords_InTheReadme_TheDocs_AndTheTool()
    {
        const string Sentence = "No stream pays per like: a like is never money by itself. Likes move income only through LIVE retention (a direct influence: LIVE likes keep an audience watching longer, which raises expected gifting), engagement-priced rates and reach";
        var root = CliRunner.RepositoryRoot();

        Assert.Contains(Sentence, Unwrapped(File.ReadAllText(Path.Combine(root, "README.md"))), StringComparison.Ordinal);
        Assert.Contains(Sentence, Unwrapped(File.ReadAllText(Path.Combine(root, "docs", "likes.md"))), StringComparison.Ordinal);
        Assert.Contains(Sentence, Unwrapped(CliRunner.Run("likes").Output), StringComparison.Ordinal);
    }

    [Fact]
    public void TheStreamsLikesLine_AndTheLikesTable_UseTheSameInfluenceWords()
    {
        var estimate = Unwrapped(CliRunner.Run("estimate").Output);
        var likes = CliRunner.Run("likes").Output;

        Assert.Contains("Likes: no money per like; influence direct, through reach, LIVE retention.", estimate, StringComparison.Ordinal);
        Assert.Contains("Likes: no money per like; influence indirect, through reach, engagement pricing.", estimate, StringComparison.Ordinal);
        Assert.Matches(@"LIVE gifts\s+│ no\s+│ direct\s+│ reach, LIVE retention", likes);
        Assert.Matches(@"Brand deals\s+│ no\s+│ indirect\s+│ reach, engagement pricing", likes);
    }

    [Fact]
    public void Estimate_DrawsARangePerStream_OnOneScale()
    {
        var output = CliRunner.Run("estimate").Output;

        Assert.Contains("Range by stream, low to high with the expected value marked (USD)", output, StringComparison.Ordinal);
        Assert.Matches(@"Brand deals\s+├─+●─+┤\s+181\.25 / 1,250\.00 / 6,000\.00", output);
        // Brand deals has the highest high: its bar ends at the chart's right edge, and no other bar reaches as far.
        var ends = output.Split('\n').Where(l => l.Contains(" / ", StringComparison.Ordinal) && l.Contains('┤', StringComparison.Ordinal)).Select(l => l.IndexOf('┤', StringComparison.Ordinal)).ToList();
        Assert.Equal(6, ends.Count);
        Assert.Equal(ends.Max(), ends[2]);
        Assert.Single(ends, e => e == ends.Max());
    }

    private static string Unwrapped(string text) => Regex.Replace(text, @"\r?\n *", " ");
}
