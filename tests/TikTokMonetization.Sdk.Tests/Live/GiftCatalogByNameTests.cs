using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>
/// A gift whose id the catalog does not know is found by its name when exactly one catalog gift has that name; a name
/// several gifts share is reported with them all, never guessed; a date before the first snapshot gets an answer, not an
/// exception.
/// </summary>
public sealed class GiftCatalogByNameTests
{
    private const long UnknownId = 990_001;

    [Fact]
    public void FindByName_ReturnsEveryGiftWithTheName_CheapestFirst_IgnoringCaseAndSpaces()
    {
        var hearts = GiftCatalog.BuiltIn.FindByName("  heart ");

        Assert.Equal([6247L, 5480L], hearts.Select(h => h.Id));
        Assert.Equal([1, 10], hearts.Select(h => h.UnitPriceCoins));
        Assert.Empty(GiftCatalog.BuiltIn.FindByName("No Such Gift"));
    }

    [Fact]
    public void Find_ByAKnownId_IgnoresTheName()
    {
        var match = GiftCatalog.BuiltIn.Find(5655, "Heart");

        Assert.Equal(GiftCatalogMatchKind.Id, match.Kind);
        Assert.Equal("Rose", match.Entry!.Name);
    }

    [Fact]
    public void Find_AnUnknownIdWithAUniqueName_FindsTheGiftByName()
    {
        var match = GiftCatalog.BuiltIn.Find(UnknownId, "rose");

        Assert.Equal(GiftCatalogMatchKind.Name, match.Kind);
        Assert.Equal(5655, match.Entry!.Id);
        Assert.StartsWith("found by name", match.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Find_AnUnknownIdWithASharedName_ReportsEveryCandidate_AndChoosesNone()
    {
        var match = GiftCatalog.BuiltIn.Find(UnknownId, "Heart");

        Assert.Equal(GiftCatalogMatchKind.AmbiguousName, match.Kind);
        Assert.Null(match.Entry);
        Assert.Equal(2, match.Candidates.Count);
        Assert.Equal("2 catalog gifts are named 'Heart' (6247 at 1 coin, 5480 at 10 coins): not priced by name", match.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("No Such Gift")]
    public void Find_AnUnknownIdWithoutAKnownName_FindsNothing(string? name)
    {
        var match = GiftCatalog.BuiltIn.Find(UnknownId, name);

        Assert.Equal(GiftCatalogMatchKind.None, match.Kind);
        Assert.Null(match.Entry);
        Assert.Empty(match.Candidates);
    }

    [Fact]
    public void TryGetBuiltInSnapshot_BeforeTheFirstSnapshot_SaysThereIsNone()
    {
        Assert.False(GiftCatalog.TryGetBuiltInSnapshot(new DateTime(2023, 1, 1), out var none));
        Assert.Null(none);
        Assert.False(GiftCatalog.TryGetBuiltInSnapshot(new DateTime(2023, 9, 1, 23, 59, 59), out _));
    }

    [Fact]
    public void TryGetBuiltInSnapshot_OnOrAfterTheFirstSnapshot_GivesTheNewestOnOrBeforeTheDate()
    {
        Assert.True(GiftCatalog.TryGetBuiltInSnapshot(new DateTime(2023, 9, 2), out var first));
        Assert.Equal(new DateTime(2023, 9, 2), first.AsOf);
        Assert.True(GiftCatalog.TryGetBuiltInSnapshot(new DateTime(2023, 10, 15), out var second));
        Assert.Equal(new DateTime(2023, 10, 12), second.AsOf);
    }

    [Fact]
    public void TheLedger_PricesAGiftWithAnUnknownIdByItsUniqueName_AndSaysSo()
    {
        var ledger = NewLedger();
        ledger.Record(Frame(UnknownId, "Rose", count: 3));

        var gift = ledger.GetSummary().Gifts.Single();

        Assert.Equal(GiftPriceSource.CatalogByName, gift.PriceSource);
        Assert.Equal(1, gift.UnitPriceCoins);
        Assert.Equal(3m, gift.Coins.Value);
        Assert.Equal(0, gift.UnpricedGifts);
        Assert.Empty(gift.SharedNameMatches);
    }

    [Fact]
    public void TheLedger_LeavesAGiftWithASharedNameUnpriced_AndListsTheCandidates()
    {
        var ledger = NewLedger();
        ledger.Record(Frame(UnknownId, "Heart", count: 4));

        var gift = ledger.GetSummary().Gifts.Single();

        Assert.Equal(GiftPriceSource.Unknown, gift.PriceSource);
        Assert.Null(gift.UnitPriceCoins);
        Assert.Equal(4, gift.UnpricedGifts);
        Assert.Equal(0m, gift.Coins.Value);
        Assert.Equal([6247L, 5480L], gift.SharedNameMatches.Select(m => m.Id));
    }

    [Fact]
    public void TheLedger_TakesAFramesOwnPriceOverTheNameMatch()
    {
        var ledger = NewLedger();
        ledger.Record(Frame(UnknownId, "Rose", count: 2) with { UnitPriceCoins = 7 });

        var gift = ledger.GetSummary().Gifts.Single();

        Assert.Equal(GiftPriceSource.Event, gift.PriceSource);
        Assert.Equal(14m, gift.Coins.Value);
    }

    /// <summary>Any catalog, any name: a name prices a gift exactly when one catalog gift has it, and then with that gift's price.</summary>
    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property Find_PricesByNameOnlyWhenTheNameIsUnique(PositiveInt[] prices, byte nameSeed, byte askSeed)
    {
        // A few names from a small pool, so names repeat often.
        var entries = prices.Take(12).Select((p, i) => new GiftCatalogEntry(i + 1, "gift " + ((nameSeed + (i * 7)) % 5), p.Get % 50_000, 1)).ToList();
        var catalog = new GiftCatalog(entries, new DateTime(2026, 1, 1), "generated");
        var name = "GIFT " + (askSeed % 5);

        var match = catalog.Find(UnknownId, name);
        var sharing = entries.Where(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();

        var expected = sharing.Count switch { 0 => GiftCatalogMatchKind.None, 1 => GiftCatalogMatchKind.Name, _ => GiftCatalogMatchKind.AmbiguousName };
        return (match.Kind == expected
                && (match.Entry is null) == (sharing.Count != 1)
                && (sharing.Count != 1 || match.Entry!.UnitPriceCoins == sharing[0].UnitPriceCoins)
                && match.Candidates.Count == sharing.Count)
            .Label($"{name}: {match} against {sharing.Count} sharing");
    }

    private static GiftEvent Frame(long id, string name, int count) => new()
    {
        GiftId = id,
        GiftName = name,
        GiftType = 1,
        SenderId = 1,
        GroupId = 1,
        RepeatCount = count,
        RepeatEnd = true,
        Timestamp = T0,
    };
}
