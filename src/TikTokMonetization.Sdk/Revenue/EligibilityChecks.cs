using TikTokMonetization.Creators;
using TikTokMonetization.Internal;

namespace TikTokMonetization.Revenue;

/// <summary>
/// The eligibility rules several programs share (age with regional exceptions, followers or any other minimum, a region
/// list, standing, account kind), as the built-in models check them; a user's model gets the same rule ids and texts.
/// </summary>
/// <remarks>
/// <para><b>One code path for the fast check and the explained rules.</b> Each check returns whether it is met. When
/// <c>rules</c> is <see langword="null"/>, nothing is allocated (the batch path, which needs only the verdict); when it
/// is an array, the evaluated <see cref="EligibilityRule"/> is also stored at <c>index</c> (the full path, which lists
/// every rule with its reason). So the verdict and the listed rules cannot disagree. Combine checks with <c>&amp;=</c>,
/// not <c>&amp;&amp;</c>, so that every rule is evaluated and listed.</para>
/// <para>Thread-safe: the methods keep no state.</para>
/// </remarks>
public static class EligibilityChecks
{
    /// <summary>
    /// A minimum age (<c>min-age</c>), with regional exceptions. A minimum of 0 means no age rule, so an unknown age
    /// passes it; otherwise an unknown age does not.
    /// </summary>
    /// <param name="profile">The creator's profile.</param>
    /// <param name="minimumAge">The minimum age, or 0 for none.</param>
    /// <param name="byRegion">Minimums that replace <paramref name="minimumAge"/> in some regions (ISO 3166-1 alpha-2 keys), or <see langword="null"/>.</param>
    /// <param name="rules">Where to record the evaluated rule, or <see langword="null"/> for the verdict alone.</param>
    /// <param name="index">The position in <paramref name="rules"/>.</param>
    /// <returns>Whether the rule is met.</returns>
    public static bool MinimumAge(CreatorProfile profile, int minimumAge, IReadOnlyDictionary<string, int>? byRegion, EligibilityRule[]? rules, int index)
    {
        Guard.NotNull(profile, nameof(profile));
        var threshold = profile.Region is { } region && byRegion is not null && byRegion.TryGetValue(region, out var regional) ? regional : minimumAge;
        // The explained rule must agree with the verdict: with no minimum, an unknown age passes, and the rule says so.
        var met = threshold <= 0 || (profile.Age is { } age && age >= threshold);
        if (rules is not null)
        {
            rules[index] = met && profile.Age is null
                ? EligibilityRule.Requirement("min-age", "no minimum age (0 configured)", true, "not given")
                : EligibilityRule.AtLeast("min-age", threshold, profile.Age, "years of age", "year of age");
        }

        return met;
    }

    /// <summary>A minimum of any measure, for example followers (<c>AtLeast("min-followers", 10_000, followers, "followers")</c>).</summary>
    /// <param name="id">The rule's stable id, for example <c>min-followers</c>.</param>
    /// <param name="threshold">The minimum.</param>
    /// <param name="actual">The creator's value.</param>
    /// <param name="unit">The unit, plural, for example <c>followers</c>.</param>
    /// <param name="rules">Where to record the evaluated rule, or <see langword="null"/> for the verdict alone.</param>
    /// <param name="index">The position in <paramref name="rules"/>.</param>
    /// <param name="unitSingular">The unit when the threshold is 1, or <see langword="null"/> to use <paramref name="unit"/>.</param>
    /// <returns>Whether <paramref name="actual"/> is at least <paramref name="threshold"/>.</returns>
    public static bool AtLeast(string id, decimal threshold, decimal actual, string unit, EligibilityRule[]? rules, int index, string? unitSingular = null)
    {
        if (rules is not null)
        {
            rules[index] = EligibilityRule.AtLeast(id, threshold, actual, unit, unitSingular);
        }

        return actual >= threshold;
    }

    /// <summary>
    /// <see cref="AtLeast(string, decimal, decimal, string, EligibilityRule[], int, string)"/> for whole counts (followers,
    /// views), compared as 64-bit integers: the same verdict and the same rule, without two conversions to decimal and a
    /// decimal comparison on every estimate.
    /// </summary>
    internal static bool AtLeast(string id, long threshold, long actual, string unit, EligibilityRule[]? rules, int index, string? unitSingular = null)
    {
        if (rules is not null)
        {
            rules[index] = EligibilityRule.AtLeast(id, threshold, actual, unit, unitSingular);
        }

        return actual >= threshold;
    }

    /// <summary>A region list: met when the list is empty (no restriction) or holds the creator's region; an unknown region fails a non-empty list.</summary>
    /// <param name="id">The rule's stable id, for example <c>available-region</c>.</param>
    /// <param name="regions">The program's region list with its rule text (make it once per options instance).</param>
    /// <param name="profile">The creator's profile.</param>
    /// <param name="rules">Where to record the evaluated rule, or <see langword="null"/> for the verdict alone.</param>
    /// <param name="index">The position in <paramref name="rules"/>.</param>
    /// <returns>Whether the rule is met.</returns>
    public static bool Region(string id, RegionList regions, CreatorProfile profile, EligibilityRule[]? rules, int index)
    {
        Guard.NotNull(regions, nameof(regions));
        Guard.NotNull(profile, nameof(profile));
        var region = profile.Region;
        var met = regions.Regions.Count == 0 || (region is not null && regions.Contains(region));
        if (rules is not null)
        {
            rules[index] = EligibilityRule.Requirement(id, regions.Description, met, region ?? "region not given");
        }

        return met;
    }

    /// <summary>An account in good standing (<c>good-standing</c>).</summary>
    /// <param name="profile">The creator's profile.</param>
    /// <param name="rules">Where to record the evaluated rule, or <see langword="null"/> for the verdict alone.</param>
    /// <param name="index">The position in <paramref name="rules"/>.</param>
    /// <returns>Whether the rule is met.</returns>
    public static bool GoodStanding(CreatorProfile profile, EligibilityRule[]? rules, int index)
    {
        Guard.NotNull(profile, nameof(profile));
        var met = profile.InGoodStanding;
        if (rules is not null)
        {
            rules[index] = EligibilityRule.Requirement("good-standing", "an account in good standing", met, met ? "in good standing" : "not in good standing");
        }

        return met;
    }

    /// <summary>Not a government, politician or political-party account (<c>not-government-or-political</c>).</summary>
    /// <param name="profile">The creator's profile.</param>
    /// <param name="rules">Where to record the evaluated rule, or <see langword="null"/> for the verdict alone.</param>
    /// <param name="index">The position in <paramref name="rules"/>.</param>
    /// <returns>Whether the rule is met.</returns>
    public static bool NotGovernmentOrPolitical(CreatorProfile profile, EligibilityRule[]? rules, int index)
    {
        Guard.NotNull(profile, nameof(profile));
        var met = profile.AccountKind != AccountKind.GovernmentOrPolitical;
        if (rules is not null)
        {
            rules[index] = EligibilityRule.Requirement("not-government-or-political", "not a government, politician or political-party account", met, Describe(profile.AccountKind));
        }

        return met;
    }

    /// <summary>A personal account: not business, government or political (<c>personal-account</c>).</summary>
    /// <param name="profile">The creator's profile.</param>
    /// <param name="rules">Where to record the evaluated rule, or <see langword="null"/> for the verdict alone.</param>
    /// <param name="index">The position in <paramref name="rules"/>.</param>
    /// <returns>Whether the rule is met.</returns>
    public static bool PersonalAccount(CreatorProfile profile, EligibilityRule[]? rules, int index)
    {
        Guard.NotNull(profile, nameof(profile));
        var met = profile.AccountKind == AccountKind.Personal;
        if (rules is not null)
        {
            rules[index] = EligibilityRule.Requirement("personal-account", "a personal account (not business, government or political)", met, Describe(profile.AccountKind));
        }

        return met;
    }

    private static string Describe(AccountKind kind) => kind switch
    {
        AccountKind.Business => "business account",
        AccountKind.GovernmentOrPolitical => "government or political account",
        _ => "personal account",
    };
}
