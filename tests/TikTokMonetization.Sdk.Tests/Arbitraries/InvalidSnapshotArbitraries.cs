using System.Globalization;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using TikTokMonetization.Creators;

namespace TikTokMonetization.Tests;

/// <summary>
/// Registers snapshots that break one validation rule as <see cref="BrokenSnapshot"/>: a valid snapshot with one field set
/// to a value that is not allowed, paired with the path <see cref="CreatorSnapshot.Validate"/> must report.
/// Also generates valid snapshots that carry every optional part (registered by <see cref="FullSnapshotArbitraries"/>),
/// since the broken money fields live there; <see cref="SeveralBrokenFieldsArbitraries"/> breaks several rules at once.
/// </summary>
public static class InvalidSnapshotArbitraries
{
    private static readonly string?[] CreatorIds = [null, "", "creator-1", "@dança_ção", "quote\"and\\slash", "line\nbreak", "🎵 music"];

    private static readonly Currency[] Currencies = [Currency.Usd, Currency.Eur, Currency.Gbp, Currency.Jpy];

    /// <summary>Every rule the validator knows, as a way to break a snapshot so that exactly that rule reports.</summary>
    private static readonly Func<CreatorSnapshot, Gen<BrokenSnapshot>>[] Breakers =
    [
        s => OutsideRange(1, 366).Select(d => Break(s, "PeriodDays", d)),
        s => Gen.Constant(Break(s, "Profile", null)),
        s => Gen.Constant(Break(s, "Videos", null)),
        s => Gen.Constant(Break(s, "Live", null)),

        s => NegativeLong().Select(n => Break(s, "Profile.Followers", n)),
        s => OutsideRange(0, 130).Select(a => Break(s, "Profile.Age", (int?)a)),
        s => BadRegion().Select(r => Break(s, "Profile.Region", r)),
        s => Gen.Elements((AccountKind)3, (AccountKind)(-1), (AccountKind)int.MaxValue).Select(k => Break(s, "Profile.AccountKind", k)),

        s => NegativeInt().Select(n => Break(s, "Videos.VideosPosted", n)),
        s => NegativeInt().Select(n => Break(s, "Videos.LongVideosPosted", n)),
        s => NegativeLong().Select(n => Break(s, "Videos.Views", n)),
        s => NegativeLong().Select(n => Break(s, "Videos.QualifiedViews", n)),
        s => NegativeLong().Select(n => Break(s, "Videos.Likes", n)),
        s => NegativeLong().Select(n => Break(s, "Videos.Comments", n)),
        s => NegativeLong().Select(n => Break(s, "Videos.Shares", n)),
        s => NegativeLong().Select(n => Break(s, "Videos.Saves", n)),
        s => BadNonNegative().Select(x => Break(s, "Videos.AverageWatchSeconds", (double?)x)),
        s => BadFraction().Select(x => Break(s, "Videos.FinishRate", (double?)x)),
        s => Gen.Choose(1, 1_000_000).Select(k => Break(s, "Videos.QualifiedViews", Math.Max(0, s.Videos?.Views ?? 0) + k)),
        s => Gen.Choose(1, 1_000).Select(k => Break(s, "Videos.LongVideosPosted", Math.Max(0, s.Videos?.VideosPosted ?? 0) + k)),

        s => NegativeInt().Select(n => Break(s, "Live.Sessions", n)),
        s => NegativeLong().Select(n => Break(s, "Live.Likes", n)),
        s => NegativeLong().Select(n => Break(s, "Live.NewFollowers", n)),
        s => BadNonNegative().Select(x => Break(s, "Live.Hours", x)),
        s => BadNonNegative().Select(x => Break(s, "Live.AverageConcurrentViewers", x)),
        s => Gen.Elements(1e10 + 1, 1e12, double.MaxValue).Select(x => Break(s, "Live.AverageConcurrentViewers", x)),
        s => Gen.Choose(1, 10_000).Select(tenths => Break(s, "Live.Hours", (24d * Math.Max(1, s.PeriodDays)) + (tenths / 10d))),
        s => Gen.Choose(1, 240).Select(tenths => Break(Set(s, "Live.Sessions", 0), "Live.Hours", tenths / 10d)),
        s => NegativeDecimal().Select(c => Break(s, "Live.CoinsGifted", (Coins?)new Coins(c))),

        s => NegativeInt().Select(n => Break(s, "BrandDeals.SponsoredPostsPerPeriod", (int?)n)),
        s => NegativeLong().Select(n => Break(s, "BrandDeals.MedianViewsPerVideo", (long?)n)),
        s => NegativeMoney().Select(m => Break(s, "BrandDeals.ObservedPricePerPost", m)),
        s => NegativeLong().Select(n => Break(s, "Merchandise.ObservedOrders", (long?)n)),
        s => NegativeMoney().Select(m => Break(s, "Merchandise.AverageOrderValue", m)),
        s => NegativeMoney().Select(m => Break(s, "Affiliate.ObservedSales", m)),
        s => BadFraction().Select(x => Break(s, "Affiliate.CommissionRate", (double?)x)),
    ];

    /// <summary>Gets the number of distinct ways <see cref="OneBrokenField"/> breaks a snapshot.</summary>
    public static int RuleCount => Breakers.Length;

    /// <summary>Generates valid snapshots with every part filled in: period length, identifier and the optional brand-deal, merchandise and affiliate facts.</summary>
    public static Gen<CreatorSnapshot> FullSnapshotGen() =>
        from core in CreatorArbitraries.SnapshotGen()
        from period in Gen.OneOf(Gen.Constant(CreatorSnapshot.DefaultPeriodDays), Gen.Choose(Math.Max(1, (int)Math.Ceiling(core.Live.Hours / 24d)), 366))
        from id in Gen.Elements(CreatorIds)
        from brandDeals in OrNull(BrandDeals())
        from merchandise in OrNull(Merchandise())
        from affiliate in OrNull(Affiliate())
        select new CreatorSnapshot
        {
            CreatorId = id,
            PeriodDays = period,
            Profile = core.Profile,
            Videos = core.Videos,
            Live = core.Live,
            BrandDeals = brandDeals,
            Merchandise = merchandise,
            Affiliate = affiliate,
        };

    /// <summary>A valid full snapshot with exactly one rule broken; every problem it has is at <see cref="BrokenSnapshot.Paths"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<BrokenSnapshot> OneBrokenField() =>
        (from valid in FullSnapshotGen()
         from breaker in Gen.Elements(Breakers)
         from broken in breaker(valid)
         select broken).ToArbitrary();

    /// <summary>Generates valid full snapshots with two to six rules broken one after the other (later breaks may build on earlier ones).</summary>
    /// <returns>The generator.</returns>
    public static Gen<BrokenSnapshot> SeveralBrokenFieldsGen() =>
        from valid in FullSnapshotGen()
        from count in Gen.Choose(2, 6)
        from broken in BreakRepeatedly(new BrokenSnapshot(valid, [], []), count)
        select broken;

    /// <summary>
    /// Returns a copy of <paramref name="snapshot"/> with the field at <paramref name="path"/> (C# property names, for
    /// example <c>Videos.Views</c>) set to <paramref name="value"/>; missing parts on the way are created empty.
    /// The value is converted to the property's type, so <c>-1</c> serves for int and long fields alike.
    /// </summary>
    public static CreatorSnapshot Set(CreatorSnapshot snapshot, string path, object? value) =>
        (CreatorSnapshot)CopyWith(snapshot, typeof(CreatorSnapshot), path.Split('.'), 0, value);

    private static Gen<BrokenSnapshot> BreakRepeatedly(BrokenSnapshot current, int remaining) =>
        remaining == 0
            ? Gen.Constant(current)
            : from breaker in Gen.Elements(Breakers)
              from next in breaker(current.Snapshot)
              from rest in BreakRepeatedly(new BrokenSnapshot(next.Snapshot, [.. current.Paths, .. next.Paths], [.. current.Changes, .. next.Changes]), remaining - 1)
              select rest;

    private static BrokenSnapshot Break(CreatorSnapshot snapshot, string path, object? value) =>
        new(Set(snapshot, path, value), [path], [path + " = " + Describe(value)]);

    private static string Describe(object? value) => value switch
    {
        null => "null",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        string s => "\"" + s + "\"",
        _ => value.ToString() ?? "?",
    };

    private static object CopyWith(object? source, Type type, string[] names, int index, object? value)
    {
        var copy = Activator.CreateInstance(type)!;
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToArray();
        if (source is not null)
        {
            foreach (var p in properties)
            {
                p.SetValue(copy, p.GetValue(source));
            }
        }

        var target = properties.SingleOrDefault(p => p.Name == names[index])
            ?? throw new ArgumentException($"{type.Name} has no settable property '{names[index]}'.", nameof(names));
        var newValue = index == names.Length - 1
            ? ConvertTo(value, target.PropertyType)
            : CopyWith(target.GetValue(source ?? copy), target.PropertyType, names, index + 1, value);
        target.SetValue(copy, newValue);
        return copy;
    }

    private static object? ConvertTo(object? value, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return value is IConvertible && underlying.IsPrimitive && value.GetType() != underlying
            ? Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture)
            : value;
    }

    private static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(x => (T?)x)));

    private static Gen<Money> AnyMoney() =>
        from cents in Gen.Choose(0, 100_000_000)
        from currency in Gen.Elements(Currencies)
        select new Money(cents / 100m, currency);

    private static Gen<BrandDealInputs> BrandDeals() =>
        from posts in Gen.OneOf(Gen.Constant((int?)null), Gen.Choose(0, 30).Select(p => (int?)p))
        from median in Gen.OneOf(Gen.Constant((long?)null), Gen.Choose(0, 10_000_000).Select(m => (long?)m))
        from price in Gen.OneOf(Gen.Constant((Money?)null), AnyMoney().Select(m => (Money?)m))
        select new BrandDealInputs { SponsoredPostsPerPeriod = posts, MedianViewsPerVideo = median, ObservedPricePerPost = price };

    private static Gen<MerchandiseInputs> Merchandise() =>
        from orders in Gen.OneOf(Gen.Constant((long?)null), Gen.Choose(0, 1_000_000).Select(o => (long?)o))
        from value in Gen.OneOf(Gen.Constant((Money?)null), AnyMoney().Select(m => (Money?)m))
        from shop in Gen.Elements(true, false)
        select new MerchandiseInputs { ObservedOrders = orders, AverageOrderValue = value, SellsThroughTikTokShop = shop };

    private static Gen<AffiliateInputs> Affiliate() =>
        from sales in Gen.OneOf(Gen.Constant((Money?)null), AnyMoney().Select(m => (Money?)m))
        from rate in Gen.OneOf(Gen.Constant((double?)null), Gen.Choose(0, 100).Select(p => (double?)(p / 100d)))
        select new AffiliateInputs { ObservedSales = sales, CommissionRate = rate };

    private static Gen<int> NegativeInt() =>
        Gen.OneOf(Gen.Choose(1, int.MaxValue).Select(n => -n), Gen.Elements(-1, int.MinValue));

    private static Gen<long> NegativeLong() =>
        Gen.OneOf(Gen.Choose(1, int.MaxValue).Select(n => -(long)n * 3), Gen.Elements(-1L, long.MinValue, -(long)int.MaxValue - 2));

    private static Gen<decimal> NegativeDecimal() =>
        Gen.OneOf(Gen.Choose(1, int.MaxValue).Select(n => -n / 100m), Gen.Elements(-1m, -0.0001m, decimal.MinValue));

    private static Gen<Money?> NegativeMoney() =>
        from amount in NegativeDecimal()
        from currency in Gen.Elements(Currencies)
        select (Money?)new Money(amount, currency);

    private static Gen<int> OutsideRange(int min, int max) =>
        Gen.OneOf(
            Gen.Choose(min - 1_000, min - 1),
            Gen.Choose(max + 1, max + 1_000),
            Gen.Elements(int.MinValue, int.MaxValue, min - 1, max + 1));

    private static Gen<double> BadNonNegative() =>
        Gen.OneOf(
            Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity, -double.Epsilon, double.MinValue),
            Gen.Choose(1, 1_000_000).Select(n => -n / 10d));

    private static Gen<double> BadFraction() =>
        Gen.OneOf(
            Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity, -double.Epsilon, 1.0000000001, double.MaxValue),
            Gen.Choose(1, 1_000_000).Select(n => -n / 1000d),
            Gen.Choose(1, 1_000_000).Select(n => 1 + (n / 1000d)));

    private static Gen<string> BadRegion() =>
        Gen.Elements("", "U", "USA", "U1", "1U", "12", "ÜS", "ＵＳ", "\u0130S", "U ", " U", "U-", "us ", "\0\0");
}

/// <summary>Registers valid snapshots with every part filled in (period length, identifier, brand deals, merchandise, affiliate) as <see cref="CreatorSnapshot"/>.</summary>
public static class FullSnapshotArbitraries
{
    /// <summary>Valid snapshots with every part filled in, as an arbitrary (no shrinking).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CreatorSnapshot> FullSnapshot() => InvalidSnapshotArbitraries.FullSnapshotGen().ToArbitrary();
}

/// <summary>Registers valid full snapshots with two to six rules broken as <see cref="BrokenSnapshot"/>.</summary>
public static class SeveralBrokenFieldsArbitraries
{
    /// <summary>A valid full snapshot with two to six rules broken one after the other (later breaks may build on earlier ones).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<BrokenSnapshot> SeveralBrokenFields() => InvalidSnapshotArbitraries.SeveralBrokenFieldsGen().ToArbitrary();
}

/// <summary>A snapshot broken on purpose, with the C# paths of the fields that were broken and a readable list of the changes.</summary>
/// <param name="Snapshot">The broken snapshot.</param>
/// <param name="Paths">The C# paths of the broken fields.</param>
/// <param name="Changes">What was changed, for FsCheck's failure report.</param>
public sealed record BrokenSnapshot(CreatorSnapshot Snapshot, IReadOnlyList<string> Paths, IReadOnlyList<string> Changes)
{
    /// <inheritdoc />
    public override string ToString() => string.Join("; ", Changes);
}
