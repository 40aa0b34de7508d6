using TikTokMonetization.Creators;
using TikTokMonetization.Internal;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.Common;

/// <summary>
/// The eligibility rules several programs share (age with regional exceptions, followers, region lists, standing,
/// account kind). Each check returns whether it is met and, when <c>rules</c> is given, records the evaluated rule at
/// <c>index</c>: the allocation-free fast path and the explained full path run the same code.
/// </summary>
internal static class EligibilityRules
{
    public static bool MinimumAge(CreatorProfile profile, int minimumAge, IReadOnlyDictionary<string, int>? byRegion, EligibilityRule[]? rules, int index)
    {
        var threshold = profile.Region is { } region && byRegion is not null && byRegion.TryGetValue(region, out var regional) ? regional : minimumAge;
        // A minimum of 0 means no age rule, so an unknown age passes it; the explained rule must say so too, not "not met".
        var met = threshold <= 0 || (profile.Age is { } age && age >= threshold);
        if (rules is not null)
        {
            rules[index] = met && profile.Age is null
                ? EligibilityRule.Requirement("min-age", "no minimum age (0 configured)", true, "not given")
                : EligibilityRule.AtLeast("min-age", threshold, profile.Age, "years of age", "year of age");
        }

        return met;
    }

    public static bool AtLeast(string id, decimal threshold, decimal actual, string unit, EligibilityRule[]? rules, int index, string? unitSingular = null)
    {
        if (rules is not null)
        {
            rules[index] = EligibilityRule.AtLeast(id, threshold, actual, unit, unitSingular);
        }

        return actual >= threshold;
    }

    /// <summary>A region rule; an empty list means no restriction. An unknown region fails a non-empty list.</summary>
    public static bool Region(string id, RegionRule rule, CreatorProfile profile, EligibilityRule[]? rules, int index)
    {
        var regions = rule.Regions;
        var region = profile.Region;
        var met = regions.Count == 0 || (region is not null && RegionCodes.Contains(regions, region));
        if (rules is not null)
        {
            rules[index] = EligibilityRule.Requirement(id, rule.Description, met, region ?? "region not given");
        }

        return met;
    }

    public static bool GoodStanding(CreatorProfile profile, EligibilityRule[]? rules, int index)
    {
        var met = profile.InGoodStanding;
        if (rules is not null)
        {
            rules[index] = EligibilityRule.Requirement("good-standing", "an account in good standing", met, met ? "in good standing" : "not in good standing");
        }

        return met;
    }

    public static bool NotGovernmentOrPolitical(CreatorProfile profile, EligibilityRule[]? rules, int index)
    {
        var met = profile.AccountKind != AccountKind.GovernmentOrPolitical;
        if (rules is not null)
        {
            rules[index] = EligibilityRule.Requirement("not-government-or-political", "not a government, politician or political-party account", met, Describe(profile.AccountKind));
        }

        return met;
    }

    public static bool PersonalAccount(CreatorProfile profile, EligibilityRule[]? rules, int index)
    {
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
