using System.Globalization;
using TikTokMonetization.Internal;

namespace TikTokMonetization.Creators;

/// <summary>
/// Everything the revenue models need to know about one creator over one period (30 days by default):
/// profile, short videos, LIVE, and optional brand-deal, merchandise and affiliate facts.
/// </summary>
/// <remarks>
/// <para>
/// A snapshot is immutable once initialised and is thread-safe; many models and threads may read one snapshot at once.
/// It and its parts are records: copy with a change using <c>with</c> (<c>snapshot with { Live = snapshot.Live with { Likes = 0 } }</c>),
/// and compare by value.
/// </para>
/// <para>
/// Property setters do not validate, so that an object initialiser or a JSON document can be checked as a whole.
/// <see cref="Validate"/> lists every problem; <see cref="ThrowIfInvalid"/> throws one
/// <see cref="InvalidCreatorSnapshotException"/> listing them all. The engine calls it before any model sees the snapshot.
/// </para>
/// </remarks>
public sealed record CreatorSnapshot
{
    /// <summary>The default length of a snapshot's period, in days.</summary>
    public const int DefaultPeriodDays = 30;

    // Above TikTok's whole audience; keeps viewer-hour arithmetic far from decimal's limits.
    private const double MaxConcurrentViewers = 1e10;

    private const double MaxWatchSeconds = 86_400;

    // An engagement rate by followers above 1 is possible for a viral account; 100 keeps interactions per video
    // (rate × followers) within the documented input limits.
    private const double MaxEngagementRateByFollowers = 100;

    /// <summary>Gets an optional identifier for the creator (a handle or your own key), carried into reports.</summary>
    /// <value>Any text, or <see langword="null"/>.</value>
    public string? CreatorId { get; init; }

    /// <summary>Gets the length of the period the counts cover, in days.</summary>
    /// <value>1 to 366. The default value is 30.</value>
    public int PeriodDays { get; init; } = DefaultPeriodDays;

    /// <summary>Gets the creator's profile.</summary>
    /// <value>Never <see langword="null"/> in a valid snapshot. The default value is an empty profile.</value>
    public CreatorProfile Profile { get; init; } = new();

    /// <summary>Gets the short-video activity.</summary>
    /// <value>Never <see langword="null"/> in a valid snapshot. The default value is no activity.</value>
    public ShortVideoStats Videos { get; init; } = new();

    /// <summary>Gets the LIVE activity.</summary>
    /// <value>Never <see langword="null"/> in a valid snapshot. The default value is no activity.</value>
    public LiveStats Live { get; init; } = new();

    /// <summary>Gets optional facts about sponsored posts.</summary>
    /// <value>The default value is <see langword="null"/> (unknown).</value>
    public BrandDealInputs? BrandDeals { get; init; }

    /// <summary>Gets optional facts about the creator's own merchandise.</summary>
    /// <value>The default value is <see langword="null"/> (unknown).</value>
    public MerchandiseInputs? Merchandise { get; init; }

    /// <summary>Gets optional facts about TikTok Shop affiliate sales.</summary>
    /// <value>The default value is <see langword="null"/> (unknown).</value>
    public AffiliateInputs? Affiliate { get; init; }

    /// <summary>Gets optional facts about paid subscribers.</summary>
    /// <value>The default value is <see langword="null"/> (unknown).</value>
    public SubscriptionInputs? Subscriptions { get; init; }

    /// <summary>Derives the engagement ratios from the short-video counts.</summary>
    /// <param name="interactions">Which interactions count. The default is likes, comments and shares.</param>
    /// <returns>The ratios.</returns>
    public EngagementMetrics GetEngagement(EngagementInteractions interactions = EngagementInteractions.Default) =>
        new(Videos ?? new ShortVideoStats(), Profile?.Followers ?? 0, interactions);

    /// <summary>Checks every field and cross-field rule and returns every problem found.</summary>
    /// <returns>The problems; empty when the snapshot is valid. A valid snapshot is checked without allocating.</returns>
    public IReadOnlyList<SnapshotProblem> Validate()
    {
        var problems = Collect(limits: false);
        return problems is null ? Array.Empty<SnapshotProblem>() : problems;
    }

    /// <summary>Throws when <see cref="Validate"/> finds any problem.</summary>
    /// <returns>This snapshot, so the call can be chained.</returns>
    /// <exception cref="InvalidCreatorSnapshotException">At least one value is not allowed; the exception lists them all.</exception>
    public CreatorSnapshot ThrowIfInvalid()
    {
        var problems = Collect(limits: false);
        if (problems is not null)
        {
            throw new InvalidCreatorSnapshotException(problems);
        }

        return this;
    }

    /// <summary>
    /// Checks every field like <see cref="Validate"/> and, in addition, the documented input limits (counts, amounts and
    /// text lengths beyond any real creator; see docs/input-limits.md). The engine and the JSON reader refuse a snapshot
    /// beyond them: the limits are what makes a model overflow impossible, and an implausible value is never priced.
    /// </summary>
    internal IReadOnlyList<SnapshotProblem> ValidateWithLimits()
    {
        var problems = Collect(limits: true);
        if (problems is null)
        {
            _passed.By = this;
            return Array.Empty<SnapshotProblem>();
        }

        return problems;
    }

    /// <summary>
    /// The problems <see cref="ValidateWithLimits"/> would find, or <see langword="null"/> when there are none, without
    /// recording the instance as checked: for a snapshot that will change afterwards (the simulation's scratch snapshot).
    /// </summary>
    internal List<SnapshotProblem>? ProblemsWithLimits() => Collect(limits: true);

    /// <summary>
    /// Forgets that this instance passed the check with limits: for the simulation's scratch snapshot, whose parts the SDK
    /// overwrites in place (no other snapshot is ever written after it is initialised).
    /// </summary>
    internal void ForgetChecked() => _passed.By = null;

    // Which instance passed ValidateWithLimits: this one when it is `this`. A `with` expression copies every field of a
    // record, so the copy holds the instance it was copied from, never itself, and is checked afresh; the whole object
    // graph is init-only, so an instance that passed cannot change afterwards. Not part of the record's equality. A copy
    // not yet checked keeps the instance its mark names alive (one top-level object: the copy shares its parts anyway),
    // until it is checked itself and names itself.
    private PassedCheck _passed;

    /// <summary>
    /// Throws when <see cref="ValidateWithLimits"/> finds any problem, unless this very instance already passed it: a
    /// snapshot is checked once, on the path from a file to a report as on every later estimate of the same instance.
    /// </summary>
    internal void ThrowIfInvalidOrBeyondLimits()
    {
        if (ReferenceEquals(_passed.By, this))
        {
            return;
        }

        var problems = Collect(limits: true);
        if (problems is not null)
        {
            throw new InvalidCreatorSnapshotException(problems);
        }

        _passed.By = this;
    }

    private List<SnapshotProblem>? Collect(bool limits = false)
    {
        var c = new ProblemCollector(limits);
        c.Range(PeriodDays, 1, 366, nameof(PeriodDays));
        c.PrintableText(CreatorId, nameof(CreatorId));
        CollectProfile(ref c);
        CollectVideos(ref c);
        CollectLive(ref c);
        CollectOptional(ref c);
        return c.Problems;
    }

    private void CollectProfile(ref ProblemCollector c)
    {
        if (Profile is null)
        {
            c.Add(nameof(Profile), "null", "an object");
            return;
        }

        c.Count(Profile.Followers, InputLimits.MaxPeople, "Profile.Followers");
        if (Profile.Age is { } age)
        {
            c.Range(age, 0, 130, "Profile.Age");
        }

        if (Profile.AccountAgeDays is { } accountAge)
        {
            c.Range(accountAge, 0, 36_600, "Profile.AccountAgeDays");
        }

        if (Profile.Region is { } region && !RegionCodes.IsValid(region))
        {
            c.Add("Profile.Region", SafeText.Quote(region), RegionCodes.Allowed(region) + ", or null");
        }

        if (Profile.AudienceRegion is { } audience && !RegionCodes.IsValid(audience))
        {
            c.Add("Profile.AudienceRegion", SafeText.Quote(audience), RegionCodes.Allowed(audience) + ", or null");
        }

        c.PrintableText(Profile.Niche, "Profile.Niche");

        // A pattern, not Enum.IsDefined: that boxes, and validation runs on every estimate of the batch path.
        if (Profile.AccountKind is not (AccountKind.Personal or AccountKind.Business or AccountKind.GovernmentOrPolitical))
        {
            c.Add("Profile.AccountKind", ((int)Profile.AccountKind).ToString(CultureInfo.InvariantCulture), "Personal, Business or GovernmentOrPolitical");
        }
    }

    private void CollectVideos(ref ProblemCollector c)
    {
        var v = Videos;
        if (v is null)
        {
            c.Add(nameof(Videos), "null", "an object");
            return;
        }

        c.Count(v.VideosPosted, InputLimits.MaxItems, "Videos.VideosPosted");
        c.Count(v.LongVideosPosted, InputLimits.MaxItems, "Videos.LongVideosPosted");
        if (v.LongVideosPosted > v.VideosPosted && v.VideosPosted >= 0)
        {
            c.Add("Videos.LongVideosPosted", Text(v.LongVideosPosted), $"at most Videos.VideosPosted ({Text(v.VideosPosted)})");
        }

        c.Count(v.Views, InputLimits.MaxCount, "Videos.Views");
        c.Count(v.QualifiedViews, InputLimits.MaxCount, "Videos.QualifiedViews");
        if (v.QualifiedViews > v.Views && v.Views >= 0)
        {
            c.Add("Videos.QualifiedViews", Text(v.QualifiedViews), $"at most Videos.Views ({Text(v.Views)})");
        }

        if (v.BestVideoQualifiedViews is { } best)
        {
            c.Count(best, InputLimits.MaxCount, "Videos.BestVideoQualifiedViews");
            if (best > v.QualifiedViews && v.QualifiedViews >= 0)
            {
                c.Add("Videos.BestVideoQualifiedViews", Text(best), $"at most Videos.QualifiedViews ({Text(v.QualifiedViews)})");
            }
        }

        if (v.AverageWatchSeconds is { } watch)
        {
            if (c.FiniteNonNegative(watch, "Videos.AverageWatchSeconds") && c.Limits && watch > MaxWatchSeconds)
            {
                c.Add("Videos.AverageWatchSeconds", Text(watch), "at most 86,400 (a day; TikTok videos are at most an hour long)");
            }
        }

        if (v.FinishRate is { } finish)
        {
            c.Fraction(finish, "Videos.FinishRate");
        }

        if (v.OriginalShare is { } original)
        {
            c.Fraction(original, "Videos.OriginalShare");
        }

        if (v.SearchViewShare is { } search)
        {
            c.Fraction(search, "Videos.SearchViewShare");
        }

        c.Count(v.Likes, InputLimits.MaxLikes, "Videos.Likes");
        c.Count(v.Comments, InputLimits.MaxCount, "Videos.Comments");
        c.Count(v.Shares, InputLimits.MaxCount, "Videos.Shares");
        c.Count(v.Saves, InputLimits.MaxCount, "Videos.Saves");
    }

    private void CollectLive(ref ProblemCollector c)
    {
        var l = Live;
        if (l is null)
        {
            c.Add(nameof(Live), "null", "an object");
            return;
        }

        c.Count(l.Sessions, InputLimits.MaxItems, "Live.Sessions");
        if (c.FiniteNonNegative(l.Hours, "Live.Hours"))
        {
            var maxHours = 24d * PeriodDays;
            if (PeriodDays >= 1 && l.Hours > maxHours)
            {
                c.Add("Live.Hours", Text(l.Hours), $"at most 24 hours per day of the period ({Text(maxHours)})");
            }

            if (l.Hours > 0 && l.Sessions == 0)
            {
                c.Add("Live.Hours", Text(l.Hours), "0 when Live.Sessions is 0");
            }
        }

        if (c.FiniteNonNegative(l.AverageConcurrentViewers, "Live.AverageConcurrentViewers") && l.AverageConcurrentViewers > MaxConcurrentViewers)
        {
            c.Add("Live.AverageConcurrentViewers", Text(l.AverageConcurrentViewers), "at most 10,000,000,000");
        }
        c.Count(l.Likes, InputLimits.MaxLikes, "Live.Likes");
        if (l.CoinsGifted is { } coins && coins.Value < 0m)
        {
            c.Add("Live.CoinsGifted", Text(coins.Value), "zero or greater, or null when not observed");
        }
        else if (c.Limits && l.CoinsGifted is { } many && many.Value > InputLimits.MaxCoins)
        {
            c.Add("Live.CoinsGifted", Text(many.Value), AtMost(InputLimits.MaxCoins));
        }

        c.Count(l.NewFollowers, InputLimits.MaxPeople, "Live.NewFollowers");
    }

    private void CollectOptional(ref ProblemCollector c)
    {
        if (BrandDeals is { } b)
        {
            if (b.SponsoredPostsPerPeriod is { } posts)
            {
                c.Count(posts, InputLimits.MaxItems, "BrandDeals.SponsoredPostsPerPeriod");
            }

            if (b.MedianViewsPerVideo is { } median)
            {
                c.Count(median, InputLimits.MaxCount, "BrandDeals.MedianViewsPerVideo");
            }

            c.Money(b.ObservedPricePerPost, InputLimits.MaxPrice, "BrandDeals.ObservedPricePerPost");
            if (b.EngagementRateByFollowers is { } byFollowers && c.FiniteNonNegative(byFollowers, "BrandDeals.EngagementRateByFollowers") && byFollowers > MaxEngagementRateByFollowers)
            {
                c.Add("BrandDeals.EngagementRateByFollowers", Text(byFollowers), "a finite number from 0 to 100");
            }

            if (b.EngagementRateByViews is { } byViews)
            {
                c.Fraction(byViews, "BrandDeals.EngagementRateByViews");
            }

            if (b.EngagementRateByFollowers.HasValue && b.EngagementRateByViews.HasValue)
            {
                c.Add("BrandDeals.EngagementRateByViews", Text(b.EngagementRateByViews.Value), "null when BrandDeals.EngagementRateByFollowers is given (one engagement rate, as the source states it)");
            }
        }

        if (Merchandise is { } m)
        {
            if (m.ObservedOrders is { } orders)
            {
                c.Count(orders, InputLimits.MaxCount, "Merchandise.ObservedOrders");
            }

            c.Money(m.AverageOrderValue, InputLimits.MaxPrice, "Merchandise.AverageOrderValue");
            c.Money(m.FixedCosts, InputLimits.MaxAmount, "Merchandise.FixedCosts");
        }

        if (Subscriptions is { } sub)
        {
            c.Count(sub.Subscribers, InputLimits.MaxPeople, "Subscriptions.Subscribers");
            c.Money(sub.MonthlyPrice, InputLimits.MaxPrice, "Subscriptions.MonthlyPrice");
        }

        if (Affiliate is { } a)
        {
            c.Money(a.ObservedSales, InputLimits.MaxAmount, "Affiliate.ObservedSales");
            if (a.CommissionRate is { } rate)
            {
                c.Fraction(rate, "Affiliate.CommissionRate");
            }

            if (a.ShopAdsCommissionRate is { } adsRate)
            {
                c.Fraction(adsRate, "Affiliate.ShopAdsCommissionRate");
            }

            if (a.ShopAdsOrderShare is { } adsShare)
            {
                c.Fraction(adsShare, "Affiliate.ShopAdsOrderShare");
            }

            // One without the other cannot be priced: a rate with no share, or a share with no rate, would be ignored.
            if (a.ShopAdsCommissionRate.HasValue != a.ShopAdsOrderShare.HasValue)
            {
                var missing = a.ShopAdsCommissionRate.HasValue ? "Affiliate.ShopAdsOrderShare" : "Affiliate.ShopAdsCommissionRate";
                var given = a.ShopAdsCommissionRate.HasValue ? "Affiliate.ShopAdsCommissionRate" : "Affiliate.ShopAdsOrderShare";
                c.Add(missing, "null", $"a finite number from 0 to 1 when {given} is given (both or neither)");
            }
        }
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string AtMost(decimal limit) =>
        "at most " + limit.ToString("N0", CultureInfo.InvariantCulture) + " (a documented input limit, see docs/input-limits.md)";

    /// <summary>Collects problems, allocating only when the first one is found.</summary>
    private struct ProblemCollector
    {
        public readonly bool Limits;
        public List<SnapshotProblem>? Problems;

        public ProblemCollector(bool limits)
        {
            Limits = limits;
            Problems = null;
        }

        public void Add(string path, string value, string allowed) =>
            (Problems ??= new List<SnapshotProblem>()).Add(new SnapshotProblem(path, value, allowed));

        public void Count(long value, long max, string path)
        {
            if (value < 0)
            {
                Add(path, Text(value), "zero or greater");
            }
            else if (Limits && value > max)
            {
                Add(path, Text(value), AtMost(max));
            }
        }

        public void PrintableText(string? value, string path)
        {
            // Control characters are allowed here (an id is the user's own key); every output escapes them.
            if (Limits && value is { Length: > InputLimits.MaxTextLength })
            {
                Add(path, SafeText.Quote(value), $"at most {InputLimits.MaxTextLength} characters (a documented input limit, see docs/input-limits.md)");
            }
        }

        public void Range(long value, long min, long max, string path)
        {
            if (value < min || value > max)
            {
                Add(path, Text(value), $"between {Text(min)} and {Text(max)}");
            }
        }

        public bool FiniteNonNegative(double value, string path)
        {
            if (double.IsNaN(value) || double.IsInfinity(value) || value < 0d)
            {
                Add(path, Text(value), "a finite number, zero or greater");
                return false;
            }

            return true;
        }

        public void Fraction(double value, string path)
        {
            if (double.IsNaN(value) || double.IsInfinity(value) || value < 0d || value > 1d)
            {
                Add(path, Text(value), "a finite number from 0 to 1");
            }
        }

        public void Money(Money? value, decimal max, string path)
        {
            if (value is not { } money)
            {
                return;
            }

            if (money.Currency == Currency.None)
            {
                Add(path, money.ToString(), "an amount in a real currency; XXX is ISO 4217's 'no currency'");
            }
            else if (money.Amount < 0m)
            {
                Add(path, money.ToString(), "zero or greater");
            }
            else if (Limits && money.Amount > max)
            {
                Add(path, money.ToString(), AtMost(max) + " units of its currency");
            }
        }
    }

    /// <summary>
    /// The instance a snapshot was checked as; every two are equal, so the mark never makes two snapshots unequal or
    /// changes a hash code. A reference is written and read whole, so threads checking one instance at once only repeat
    /// the check.
    /// </summary>
    private struct PassedCheck : IEquatable<PassedCheck>
    {
        public CreatorSnapshot? By;

        public readonly bool Equals(PassedCheck other) => true;

        public override readonly bool Equals(object? obj) => obj is PassedCheck;

        public override readonly int GetHashCode() => 0;
    }
}
