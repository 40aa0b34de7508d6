namespace TikTokMonetization.Creators;

/// <summary>Who the creator is at the end of the period: audience size, age, region and account standing.</summary>
/// <remarks>
/// Instances are immutable once initialised and are thread-safe. Values are checked by
/// <see cref="CreatorSnapshot.Validate"/>, not by the property setters, so every problem can be reported at once.
/// </remarks>
public sealed record CreatorProfile
{
    // The fields growth changes are written out, so that the simulation can overwrite them on a copy that only it holds
    // (OverwriteGrown); to everyone else the record is as immutable as its init-only properties say.
    private long _followers;

    /// <summary>Gets the follower count at the end of the period.</summary>
    /// <value>Zero or greater. The default value is 0.</value>
    public long Followers { get => _followers; init => _followers = value; }

    /// <summary>Gets the account holder's age in years, or <see langword="null"/> when unknown.</summary>
    /// <value>0 to 130, or <see langword="null"/>. An unknown age fails every age rule, with that reason.</value>
    public int? Age { get; init; }

    /// <summary>Gets the creator's country or region as an ISO 3166-1 alpha-2 code (for example <c>US</c>), or <see langword="null"/> when unknown.</summary>
    /// <value>One of the 249 assigned ISO 3166-1 alpha-2 codes (any letter case; <c>UK</c> is refused with <c>GB</c> suggested), or <see langword="null"/>. An unknown region fails every region rule, with that reason.</value>
    public string? Region { get; init; }

    /// <summary>Gets the country or region most of the audience is in (ISO 3166-1 alpha-2), when known; models that price by audience country use it, falling back to <see cref="Region"/>.</summary>
    /// <value>An assigned ISO 3166-1 alpha-2 code, or <see langword="null"/>.</value>
    public string? AudienceRegion { get; init; }

    /// <summary>Gets the creator's content niche, for example <c>finance</c>, <c>gaming</c> or <c>beauty</c>, when known; models with niche multipliers look it up case-insensitively.</summary>
    /// <value>Any text of at most 256 characters (docs/input-limits.md), or <see langword="null"/>.</value>
    public string? Niche { get; init; }

    /// <summary>Gets the age of the account in days at the end of the period, when known; programs with a minimum account age check it.</summary>
    /// <value>0 to 36,600 (a century), or <see langword="null"/>. An unknown account age fails an account-age rule, with that reason.</value>
    public int? AccountAgeDays { get; init; }

    /// <summary>Gets the kind of account.</summary>
    /// <value>The default value is <see cref="AccountKind.Personal"/>.</value>
    public AccountKind AccountKind { get; init; } = AccountKind.Personal;

    /// <summary>Gets a value indicating whether the account is in good standing (no Community Guidelines strikes that block monetization).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool InGoodStanding { get; init; } = true;

    /// <summary>
    /// Overwrites the values a projection grows. Only for a copy the caller made and holds alone (the simulation's
    /// per-thread scratch snapshot, see <c>SnapshotGrowth.ApplyInto</c>): never call it on an instance anyone else can see.
    /// </summary>
    internal void OverwriteGrown(long followers)
    {
        _followers = followers;
    }
}
