using TikTokMonetization.Live;

namespace TikTokMonetization.Tests;

/// <summary>
/// The gift catalog's edges that the built-in catalog does not show: a catalog built here (the built-in one is built
/// once per process), the order of gifts sharing a name and a price, prices and types of zero, the sources a catalog
/// reports, its texts, and the errors for missing arguments.
/// </summary>
public sealed class GiftCatalogEdgeTests
{
    private static readonly DateTime AsOf = new(2026, 1, 5);

    [Fact]
    public void FindByName_OrdersGiftsBySharedPriceThenById_WhateverOrderTheyWereGivenIn()
    {
        var catalog = new GiftCatalog(
            [new GiftCatalogEntry(30, "Heart", 10, 2), new GiftCatalogEntry(20, "heart", 1, 1), new GiftCatalogEntry(10, " HEART ", 1, 1), new GiftCatalogEntry(5, "Rose", 1, 1)],
            AsOf,
            "test");

        Assert.Equal([10L, 20L, 30L], catalog.FindByName("Heart").Select(e => e.Id));
        Assert.Equal(GiftCatalogMatchKind.AmbiguousName, catalog.Find(99, "heart").Kind);
        Assert.Equal("3 catalog gifts are named ' HEART ' (10 at 1 coin, 20 at 1 coin, 30 at 10 coins): not priced by name", catalog.Find(99, "heart").ToString());
    }

    [Fact]
    public void Entry_AcceptsAPriceOfZero_AndAnUnknownTypeOfZero()
    {
        var free = new GiftCatalogEntry(1, "Free", 0, 0);

        Assert.Equal(0, free.UnitPriceCoins);
        Assert.Equal(0, free.GiftType);
        Assert.False(free.IsStreakable);
    }

    [Theory]
    [InlineData(0L, 1, 1, "id", "id is 0; a gift id must be greater than zero.")]
    [InlineData(1L, -1, 1, "unitPriceCoins", "unitPriceCoins is -1; it must be zero or greater.")]
    [InlineData(1L, 1, -1, "giftType", "giftType is -1; it must be zero (unknown) or greater.")]
    public void Entry_RefusesAnImpossibleValue_NamingTheFieldTheValueAndWhatIsAllowed(long id, int coins, int type, string field, string message)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new GiftCatalogEntry(id, "x", coins, type));

        Assert.Equal(field, error.ParamName);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_NameTheGiftTheCatalogAndHowAGiftWasFound()
    {
        var rose = new GiftCatalogEntry(5655, "Rose", 1, 1);
        var catalog = new GiftCatalog([rose, new GiftCatalogEntry(7934, "Heart Me", 1, 1)], AsOf, "my price list");

        Assert.Equal("5655 Rose (1 coins, type 1)", rose.ToString());
        Assert.Equal("2 gifts as of 2026-01-05: my price list", catalog.ToString());
        Assert.Equal("found by id: 5655 Rose (1 coins, type 1)", catalog.Find(5655, null).ToString());
        Assert.Equal("found by name (the id is not in the catalog): 5655 Rose (1 coins, type 1)", catalog.Find(1, "rose").ToString());
        Assert.Equal("not in the catalog", catalog.Find(1, "tulip").ToString());
    }

    [Fact]
    public void Sources_AreKeptJoinedOrEmpty()
    {
        Assert.Equal("empty catalog", GiftCatalog.Empty.Source);
        Assert.Equal(string.Empty, new GiftCatalog([], AsOf, null!).Source);

        var unnamed = new GiftCatalog([], AsOf, string.Empty);
        Assert.Equal("fresh list", unnamed.With([], AsOf, "fresh list").Source);
        Assert.Equal("old list; then fresh list", new GiftCatalog([], AsOf, "old list").With([], AsOf, "fresh list").Source);
    }

    [Fact]
    public void BuiltInSnapshot_NamesItsDateAndSource_AndSaysWhichIsTheFirstWhenTooEarly()
    {
        var snapshot = GiftCatalog.BuiltInSnapshot(new DateTime(2023, 11, 20));
        Assert.Equal("TikTokLiveJava gift snapshot of 10 Nov 2023 (jwdeveloper/TikTokLiveJava, MIT licence); price = diamond_count in coins", snapshot.Source);
        Assert.Equal(new DateTime(2023, 11, 10), snapshot.AsOf);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => GiftCatalog.BuiltInSnapshot(new DateTime(2023, 1, 1)));
        Assert.Equal("date", error.ParamName);
        Assert.StartsWith("The first built-in gift snapshot is from 2023-09-02; use GiftCatalog.BuiltIn or your own catalog for earlier dates.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingArguments_AreNamed()
    {
        Assert.Equal("entries", Assert.Throws<ArgumentNullException>(() => new GiftCatalog(null!, AsOf, "x")).ParamName);
        Assert.Equal("entries", Assert.Throws<ArgumentNullException>(() => new GiftCatalog([null!], AsOf, "x")).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => GiftCatalog.Empty.FindByName(null!)).ParamName);
        Assert.Equal("entries", Assert.Throws<ArgumentNullException>(() => GiftCatalog.Empty.With(null!, AsOf, "x")).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new GiftCatalogEntry(1, null!, 1, 1)).ParamName);
    }
}
