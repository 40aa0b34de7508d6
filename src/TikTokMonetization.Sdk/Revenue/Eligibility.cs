namespace TikTokMonetization.Revenue;

/// <summary>Whether a creator is eligible for a revenue stream, with every rule evaluated.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class Eligibility
{
    private static readonly EligibilityRule[] NoRules = [];

    /// <summary>Initializes a new instance of the <see cref="Eligibility"/> class.</summary>
    /// <param name="rules">The evaluated rules; the creator is eligible when all are met.</param>
    public Eligibility(IEnumerable<EligibilityRule> rules)
    {
        Rules = rules?.ToArray() ?? throw new ArgumentNullException(nameof(rules));
        IsEligible = Rules.All(r => r.IsMet);
    }

    private Eligibility(EligibilityRule[] rules, bool isEligible)
    {
        Rules = rules;
        IsEligible = isEligible;
    }

    /// <summary>Gets an eligibility with no rules: always eligible.</summary>
    public static Eligibility Unconditional { get; } = new(NoRules, true);

    /// <summary>Gets a value indicating whether every rule is met.</summary>
    public bool IsEligible { get; }

    /// <summary>Gets every evaluated rule, met or not, in the model's order.</summary>
    public IReadOnlyList<EligibilityRule> Rules { get; }

    /// <summary>Gets the rules that are not met.</summary>
    public IEnumerable<EligibilityRule> UnmetRules => Rules.Where(r => !r.IsMet);
}
