using TikTokMonetization.Live;

namespace TikTokMonetization.Tests;

/// <summary>The gift catalog: the built-in snapshots, look-ups by id, and replacing prices.</summary>
public sealed class GiftCatalogTests
{
    [Fact]
    public void BuiltIn_HoldsEveryGiftOfTheFiveSnapshots_DatedByTheLastOne()
    {
        var catalog = GiftCatalog.BuiltIn;

        Assert.Equal(161, catalog.Count);
        Assert.Equal(new DateTime(2024, 1, 5), catalog.AsOf);
        Assert.Contains("TikTokLiveJava", catalog.Source, StringComparison.Ordinal);
        Assert.Contains("MIT", catalog.Source, StringComparison.Ordinal);
        Assert.Equal(5, GiftCatalog.BuiltInSnapshotDates.Count);
    }

    [Theory]
    [InlineData(5655, "Rose", 1, 1)]
    [InlineData(5487, "Finger Heart", 5, 1)]
    [InlineData(5660, "Hand Hearts", 100, 2)]
    [InlineData(6097, "Little Crown", 99, 4)]
    [InlineData(6369, "Lion", 29_999, 2)]
    [InlineData(6038, "TikTok Universe", 34_999, 2)]
    [InlineData(9072, "TikTok Universe", 44_999, 2)]
    public void BuiltIn_PricesGiftsById(long id, string name, int coins, int type)
    {
        Assert.True(GiftCatalog.BuiltIn.TryGet(id, out var entry));
        Assert.Equal(name, entry.Name);
        Assert.Equal(coins, entry.UnitPriceCoins);
        Assert.Equal(type, entry.GiftType);
        Assert.Equal(type == 1, entry.IsStreakable);
    }

    [Theory]
    [InlineData("2023-09-02", 133, true, false)]
    [InlineData("2023-10-11", 133, true, false)]
    [InlineData("2023-10-12", 97, false, true)]
    [InlineData("2023-11-10", 103, false, true)]
    [InlineData("2023-12-05", 110, false, true)]
    [InlineData("2030-01-01", 116, false, true)]
    public void BuiltInSnapshot_IsTheNewestOnOrBeforeTheDate(string date, int count, bool hasOldUniverse, bool hasNewUniverse)
    {
        var snapshot = GiftCatalog.BuiltInSnapshot(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(count, snapshot.Count);
        Assert.Equal(hasOldUniverse, snapshot.TryGet(6038, out _));
        Assert.Equal(hasNewUniverse, snapshot.TryGet(9072, out _));
    }

    [Fact]
    public void BuiltInSnapshot_BeforeTheFirstSnapshot_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => GiftCatalog.BuiltInSnapshot(new DateTime(2023, 1, 1)));

    [Fact]
    public void With_ReplacesPricesById_AndKeepsTheRest()
    {
        var fresher = GiftCatalog.BuiltIn.With([new GiftCatalogEntry(5655, "Rose", 2, 1), new GiftCatalogEntry(777_777, "New Gift", 10, 2)], new DateTime(2026, 1, 1), "my price list");

        Assert.True(fresher.TryGet(5655, out var rose));
        Assert.Equal(2, rose.UnitPriceCoins);
        Assert.True(fresher.TryGet(777_777, out _));
        Assert.True(fresher.TryGet(6369, out _));
        Assert.Equal(162, fresher.Count);
        Assert.EndsWith("then my price list", fresher.Source, StringComparison.Ordinal);
        Assert.True(GiftCatalog.BuiltIn.TryGet(5655, out var original));
        Assert.Equal(1, original.UnitPriceCoins);
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, -1, 1)]
    [InlineData(1, 1, -1)]
    public void Entry_RejectsImpossibleValues(long id, int coins, int type) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new GiftCatalogEntry(id, "x", coins, type));
}
