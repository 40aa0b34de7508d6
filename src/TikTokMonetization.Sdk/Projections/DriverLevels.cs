using System.Globalization;

namespace TikTokMonetization.Projections;

/// <summary>
/// Where each <see cref="GrowthDriver"/> stands in one projected month, as a multiple of its level in the snapshot:
/// 1 is unchanged, 1.5 is half as much again, 0.8 is a fifth less.
/// </summary>
/// <remarks>An immutable value type; thread-safe.</remarks>
public readonly struct DriverLevels : IEquatable<DriverLevels>
{
    private readonly decimal _followers;
    private readonly decimal _views;
    private readonly decimal _liveHours;
    private readonly decimal _averageViewers;
    private readonly decimal _posts;
    private readonly decimal _engagement;

    // Stored as the difference from 1 so that default(DriverLevels) means "unchanged", like Unchanged.
    private DriverLevels(decimal followers, decimal views, decimal liveHours, decimal averageViewers, decimal posts, decimal engagement, bool _)
    {
        _followers = followers;
        _views = views;
        _liveHours = liveHours;
        _averageViewers = averageViewers;
        _posts = posts;
        _engagement = engagement;
    }

    /// <summary>Initializes a new instance of the <see cref="DriverLevels"/> struct.</summary>
    /// <param name="followers">The multiple of followers.</param>
    /// <param name="views">The multiple of views per period.</param>
    /// <param name="liveHours">The multiple of LIVE hours per period.</param>
    /// <param name="averageViewers">The multiple of average concurrent LIVE viewers.</param>
    /// <param name="posts">The multiple of videos posted per period.</param>
    /// <param name="engagement">The multiple of the engagement rate.</param>
    /// <exception cref="ArgumentOutOfRangeException">A multiple is negative.</exception>
    public DriverLevels(decimal followers, decimal views, decimal liveHours, decimal averageViewers, decimal posts, decimal engagement)
        : this(
            NotNegative(followers, nameof(followers)) - 1m,
            NotNegative(views, nameof(views)) - 1m,
            NotNegative(liveHours, nameof(liveHours)) - 1m,
            NotNegative(averageViewers, nameof(averageViewers)) - 1m,
            NotNegative(posts, nameof(posts)) - 1m,
            NotNegative(engagement, nameof(engagement)) - 1m,
            true)
    {
    }

    /// <summary>Gets the levels of a month in which nothing has changed: every multiple is 1.</summary>
    public static DriverLevels Unchanged => default;

    /// <summary>Gets the multiple of followers.</summary>
    public decimal Followers => _followers + 1m;

    /// <summary>Gets the multiple of views per period.</summary>
    public decimal Views => _views + 1m;

    /// <summary>Gets the multiple of LIVE hours per period.</summary>
    public decimal LiveHours => _liveHours + 1m;

    /// <summary>Gets the multiple of average concurrent LIVE viewers.</summary>
    public decimal AverageViewers => _averageViewers + 1m;

    /// <summary>Gets the multiple of videos posted per period.</summary>
    public decimal Posts => _posts + 1m;

    /// <summary>Gets the multiple of the engagement rate.</summary>
    public decimal Engagement => _engagement + 1m;

    /// <summary>Gets whether every multiple is exactly 1.</summary>
    public bool IsUnchanged => _followers == 0m && _views == 0m && _liveHours == 0m && _averageViewers == 0m && _posts == 0m && _engagement == 0m;

    /// <summary>Gets the multiple of one driver.</summary>
    /// <param name="driver">The driver.</param>
    /// <returns>Its multiple.</returns>
    public decimal this[GrowthDriver driver] => driver switch
    {
        GrowthDriver.Followers => Followers,
        GrowthDriver.Views => Views,
        GrowthDriver.LiveHours => LiveHours,
        GrowthDriver.AverageViewers => AverageViewers,
        GrowthDriver.Posts => Posts,
        GrowthDriver.Engagement => Engagement,
        _ => throw new ArgumentOutOfRangeException(nameof(driver), driver, "Not a growth driver."),
    };

    /// <summary>Returns whether any driver's multiple is above <paramref name="multiple"/>: six comparisons of the stored differences.</summary>
    /// <param name="multiple">The multiple to compare with.</param>
    internal bool AnyAbove(decimal multiple)
    {
        var above = multiple - 1m;
        return _followers > above || _views > above || _liveHours > above || _averageViewers > above || _posts > above || _engagement > above;
    }

    /// <summary>Compares two levels for equality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether every multiple is equal.</returns>
    public static bool operator ==(DriverLevels left, DriverLevels right) => left.Equals(right);

    /// <summary>Compares two levels for inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether some multiple differs.</returns>
    public static bool operator !=(DriverLevels left, DriverLevels right) => !left.Equals(right);

    /// <summary>Returns these levels with one driver's multiple replaced.</summary>
    /// <param name="driver">The driver.</param>
    /// <param name="multiple">Its new multiple; zero or greater.</param>
    /// <returns>The new levels.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="multiple"/> is negative.</exception>
    public DriverLevels With(GrowthDriver driver, decimal multiple)
    {
        var m = NotNegative(multiple, nameof(multiple));
        return driver switch
        {
            GrowthDriver.Followers => new DriverLevels(m, Views, LiveHours, AverageViewers, Posts, Engagement),
            GrowthDriver.Views => new DriverLevels(Followers, m, LiveHours, AverageViewers, Posts, Engagement),
            GrowthDriver.LiveHours => new DriverLevels(Followers, Views, m, AverageViewers, Posts, Engagement),
            GrowthDriver.AverageViewers => new DriverLevels(Followers, Views, LiveHours, m, Posts, Engagement),
            GrowthDriver.Posts => new DriverLevels(Followers, Views, LiveHours, AverageViewers, m, Engagement),
            GrowthDriver.Engagement => new DriverLevels(Followers, Views, LiveHours, AverageViewers, Posts, m),
            _ => throw new ArgumentOutOfRangeException(nameof(driver), driver, "Not a growth driver."),
        };
    }

    /// <inheritdoc/>
    public bool Equals(DriverLevels other) =>
        _followers == other._followers && _views == other._views && _liveHours == other._liveHours &&
        _averageViewers == other._averageViewers && _posts == other._posts && _engagement == other._engagement;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DriverLevels other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        (_followers, _views, _liveHours, _averageViewers, _posts, _engagement).GetHashCode();

    /// <summary>Formats the multiples, in the invariant culture.</summary>
    /// <returns>For example <c>followers ×1.05, views ×1.1, LIVE hours ×1, viewers ×1, posts ×1, engagement ×1</c>.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "followers ×{0}, views ×{1}, LIVE hours ×{2}, viewers ×{3}, posts ×{4}, engagement ×{5}",
        Followers,
        Views,
        LiveHours,
        AverageViewers,
        Posts,
        Engagement);

    private static decimal NotNegative(decimal value, string name) =>
        value >= 0m ? value : throw new ArgumentOutOfRangeException(name, value, "A driver's multiple must be zero or greater.");
}
