namespace TikTokMonetization.Internal;

/// <summary>
/// ISO 3166-1 alpha-2 region codes: the table of officially assigned codes, with suggestions for the usual mistakes,
/// and the comparison shared by snapshots and options.
/// </summary>
internal static class RegionCodes
{
    // The 249 officially assigned ISO 3166-1 alpha-2 codes (ISO 3166 Maintenance Agency). Reserved and user-assigned
    // codes (UK, EL, EU, XK, ZZ …) are not countries: a rule keyed by one would never match a real creator.
    private const string Assigned =
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ "
        + "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR "
        + "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP "
        + "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS "
        + "MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS "
        + "RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW "
        + "TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

    private static readonly HashSet<string> Table = new(Assigned.Split(' '), StringComparer.OrdinalIgnoreCase);

    // Codes people write for a country that ISO spells otherwise: EU and UK usage, and language codes taken for countries.
    private static readonly Dictionary<string, string> Mistakes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UK"] = "GB",
        ["EL"] = "GR",
        ["EN"] = "GB",
        ["JA"] = "JP",
        ["KO"] = "KR",
        ["ZH"] = "CN",
        ["DA"] = "DK",
        ["SV"] = "SE",
        ["CS"] = "CZ",
        ["UR"] = "PK",
        ["HE"] = "IL",
        ["FA"] = "IR",
    };

    /// <summary>Gets the number of codes in the table (249).</summary>
    public static int Count => Table.Count;

    /// <summary>Returns whether <paramref name="code"/> is an assigned ISO 3166-1 alpha-2 code (any letter case).</summary>
    public static bool IsValid(string? code)
    {
        if (code is not { Length: 2 })
        {
            return false;
        }

        // Two ASCII letters (every code a creator gives in practice): one look-up in a 26 × 26 table of bits, the same
        // answer the case-insensitive set gives. Anything else asks the set, which also folds non-ASCII letters.
        var first = (code[0] | 0x20) - 'a';
        var second = (code[1] | 0x20) - 'a';
        if ((uint)first < 26u && (uint)second < 26u && code[0] < 0x80 && code[1] < 0x80)
        {
            var index = (first * 26) + second;
            return (AssignedBits[index >> 6] & (1UL << (index & 63))) != 0;
        }

        return Table.Contains(code);
    }

    /// <summary>The case-insensitive set's answer alone, for the test that compares the two ways.</summary>
    internal static bool IsInTable(string code) => Table.Contains(code);

    // Bit (first letter × 26 + second letter) is set for each assigned code: 676 bits in eleven words.
    private static readonly ulong[] AssignedBits = BitsOf(Assigned);

    private static ulong[] BitsOf(string codes)
    {
        var bits = new ulong[((26 * 26) + 63) / 64];
        foreach (var code in codes.Split(' '))
        {
            var index = ((code[0] - 'A') * 26) + (code[1] - 'A');
            bits[index >> 6] |= 1UL << (index & 63);
        }

        return bits;
    }

    /// <summary>Describes what is allowed instead of <paramref name="code"/>, with the likely intended code when there is one.</summary>
    public static string Allowed(string? code) =>
        code is not null && Mistakes.TryGetValue(code, out var meant)
            ? $"an ISO 3166-1 alpha-2 code of two letters assigned to a country (did you mean '{meant}'?)"
            : "an ISO 3166-1 alpha-2 code of two letters assigned to a country, such as 'US' or 'GB'";

    public static bool Equal(string? left, string? right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

    public static bool Contains(IReadOnlyList<string> list, string region)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (Equal(list[i], region))
            {
                return true;
            }
        }

        return false;
    }
}
