using System.Globalization;

namespace TikTokMonetization.Revenue;

/// <summary>
/// One eligibility rule of a revenue stream, evaluated for one creator: what is required, what the creator has, and,
/// for numeric thresholds, how far short they are ("needs 2,300 more followers").
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class EligibilityRule
{
    // Numeric rules format their description and actual text only when read, so evaluating rules in a hot path stays cheap.
    private readonly string? _description;
    private readonly string? _actualText;
    private readonly string? _unitSingular;

    private EligibilityRule(string id, string? description, bool isMet, decimal? threshold, decimal? actual, string unit, string? actualText, string? unitSingular = null)
    {
        _unitSingular = unitSingular;
        Id = id;
        _description = description;
        IsMet = isMet;
        Threshold = threshold;
        Actual = actual;
        Unit = unit;
        _actualText = actualText;
    }

    /// <summary>Gets a stable identifier for the rule, for example <c>min-followers</c>.</summary>
    public string Id { get; }

    /// <summary>Gets what the rule requires, in words, for example <c>at least 1,000 followers</c>.</summary>
    public string Description => _description ?? string.Format(CultureInfo.InvariantCulture, "at least {0:#,0.##} {1}", Threshold, Threshold == 1m ? SingularUnit : Unit);

    /// <summary>Gets a value indicating whether the creator meets the rule.</summary>
    public bool IsMet { get; }

    /// <summary>Gets the numeric threshold, for a rule of the form "at least N"; otherwise <see langword="null"/>.</summary>
    public decimal? Threshold { get; }

    /// <summary>Gets the creator's numeric value, for a numeric rule whose value is known; otherwise <see langword="null"/>.</summary>
    public decimal? Actual { get; }

    /// <summary>Gets how far short of the threshold the creator is (0 when met); <see langword="null"/> for non-numeric rules or unknown values.</summary>
    public decimal? Shortfall => Threshold is { } t && Actual is { } a ? Math.Max(0m, t - a) : null;

    /// <summary>Gets the unit of <see cref="Threshold"/> and <see cref="Actual"/>, for example <c>followers</c>; empty for non-numeric rules.</summary>
    public string Unit { get; }

    /// <summary>Gets the creator's value as text, for example <c>700</c>, <c>business account</c> or <c>not given</c>.</summary>
    public string ActualText => _actualText ?? (Actual is { } value ? value.ToString("#,0.##", CultureInfo.InvariantCulture) : "not given");

    /// <summary>Gets the reason in words: what is missing when unmet ("needs 300 more followers"), or what satisfied the rule.</summary>
    public string Reason
    {
        get
        {
            if (IsMet)
            {
                return $"meets '{Description}' (has {ActualText})";
            }

            if (Shortfall is { } shortfall)
            {
                var unit = shortfall != 1m ? Unit : SingularUnit;
                return string.Format(CultureInfo.InvariantCulture, "needs {0:#,0.##} more {1} (has {2}; requires {3})", shortfall, unit, ActualText, Description);
            }

            return Threshold is not null && Actual is null
                ? $"requires {Description}; the value is not given"
                : $"requires {Description}; has {ActualText}";
        }
    }

    /// <summary>Creates a rule of the form "at least <paramref name="threshold"/> <paramref name="unit"/>".</summary>
    /// <param name="id">The stable rule identifier.</param>
    /// <param name="threshold">The minimum.</param>
    /// <param name="actual">The creator's value, or <see langword="null"/> when unknown (the rule is then not met).</param>
    /// <param name="unit">The unit, plural, for example <c>followers</c>.</param>
    /// <param name="unitSingular">The unit for a shortfall of exactly one, for example <c>year of age</c>; by default <paramref name="unit"/> without its final "s".</param>
    /// <returns>The evaluated rule.</returns>
    public static EligibilityRule AtLeast(string id, decimal threshold, decimal? actual, string unit, string? unitSingular = null) =>
        new(id, null, actual is { } a && a >= threshold, threshold, actual, unit, null, unitSingular);

    /// <summary>Creates a rule that is met or not for a reason that is not a number (an account kind, a region list).</summary>
    /// <param name="id">The stable rule identifier.</param>
    /// <param name="description">What the rule requires, for example <c>a personal account</c>.</param>
    /// <param name="isMet">Whether the creator meets it.</param>
    /// <param name="actualText">What the creator has, for example <c>business account</c>.</param>
    /// <returns>The evaluated rule.</returns>
    public static EligibilityRule Requirement(string id, string description, bool isMet, string actualText) =>
        new(id, description, isMet, null, null, string.Empty, actualText);

    private string SingularUnit => _unitSingular ?? (Unit.EndsWith("s", StringComparison.Ordinal) ? Unit.Substring(0, Unit.Length - 1) : Unit);

    /// <summary>Returns <see cref="Reason"/>.</summary>
    /// <returns>The reason.</returns>
    public override string ToString() => Reason;
}
