using FsCheck;
using FsCheck.Fluent;
using TikTokMonetization.Creators;

namespace TikTokMonetization.Tests;

/// <summary>Registers creators who sell merchandise as <see cref="CreatorSnapshot"/>: every snapshot has a <see cref="MerchandiseInputs"/>.</summary>
public static class MerchandiseArbitraries
{
    /// <summary>Merchandise facts with observed orders and an average order value each present or absent.</summary>
    public static Gen<MerchandiseInputs> Inputs() =>
        from orders in Gen.OneOf(Gen.Constant((long?)null), Gen.Choose(0, 50_000).Select(o => (long?)o))
        from cents in Gen.OneOf(Gen.Constant((int?)null), Gen.Choose(0, 30_000).Select(c => (int?)c))
        from shop in Gen.Elements(true, false)
        select new MerchandiseInputs { ObservedOrders = orders, AverageOrderValue = cents is { } c ? Money.Usd(c / 100m) : null, SellsThroughTikTokShop = shop };

    /// <summary>Valid snapshots of every kind, with merchandise facts always present.</summary>
    public static Arbitrary<CreatorSnapshot> Sellers() =>
        (from snapshot in CreatorArbitraries.SnapshotGen()
         from inputs in Inputs()
         select snapshot with { Merchandise = inputs }).ToArbitrary();
}
