using FsCheck;
using FsCheck.Fluent;
using TikTokMonetization.Creators;

namespace TikTokMonetization.Tests;

/// <summary>Registers TikTok Shop affiliates as <see cref="CreatorSnapshot"/>: every snapshot has an <see cref="AffiliateInputs"/>.</summary>
public static class AffiliateArbitraries
{
    private static readonly string?[] Niches = ["beauty", "Fashion", "health", "home", "electronics", "toys", "gaming", null];

    /// <summary>Affiliate facts with observed sales and a commission rate each present or absent.</summary>
    public static Gen<AffiliateInputs> Inputs() =>
        from cents in Gen.OneOf(Gen.Constant((int?)null), Gen.Choose(0, 50_000_000).Select(c => (int?)c))
        from permille in Gen.OneOf(Gen.Constant((int?)null), Gen.Choose(0, 800).Select(p => (int?)p))
        select new AffiliateInputs { ObservedSales = cents is { } c ? Money.Usd(c / 100m) : null, CommissionRate = permille / 1000d };

    /// <summary>Valid snapshots of every kind (eligible or not), with affiliate facts always present and a niche from the table or outside it.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CreatorSnapshot> Affiliates() => AffiliatesGen().ToArbitrary();

    /// <summary>Generates affiliates of every kind.</summary>
    /// <returns>The generator.</returns>
    public static Gen<CreatorSnapshot> AffiliatesGen() =>
        from snapshot in CreatorArbitraries.SnapshotGen()
        from inputs in Inputs()
        from niche in Gen.Elements(Niches)
        select snapshot with { Affiliate = inputs, Profile = snapshot.Profile with { Niche = niche } };
}

/// <summary>Registers affiliates who meet every rule at the default options as <see cref="CreatorSnapshot"/>.</summary>
public static class EligibleAffiliateArbitraries
{
    /// <summary>Affiliates 18 or older with 1,000+ followers and a personal US account in good standing.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CreatorSnapshot> EligibleAffiliates() =>
        (from snapshot in AffiliateArbitraries.AffiliatesGen()
         from followers in Gen.Choose(1_000, 5_000_000)
         from age in Gen.Choose(18, 70)
         select snapshot with { Profile = snapshot.Profile with { Followers = followers, Age = age, Region = "US", InGoodStanding = true, AccountKind = AccountKind.Personal } }).ToArbitrary();
}
