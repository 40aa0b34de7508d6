using TikTokMonetization.Internal;

namespace TikTokMonetization.Revenue;

/// <summary>Whether a creator is eligible for a revenue stream, with every rule evaluated.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class Eligibility
{
    private static readonly EligibilityRule[] NoRules = [];

    // Exactly one of the two is set: the rules given to the public constructor, or the built-in model's deferred details.
    private readonly EligibilityRule[]? _rules;
    private readonly EstimateDetails? _details;

    /// <summary>Initializes a new instance of the <see cref="Eligibility"/> class.</summary>
    /// <param name="rules">The evaluated rules; the creator is eligible when all are met.</param>
    public Eligibility(IEnumerable<EligibilityRule> rules)
    {
        _rules = rules?.ToArray() ?? throw new ArgumentNullException(nameof(rules));
        IsEligible = _rules.All(r => r.IsMet);
    }

    /// <summary>
    /// Initializes a new instance for a built-in model that knows whether every rule is met without building them (its
    /// fast check runs the same rule code), and builds the rules from <paramref name="details"/> on first read.
    /// </summary>
    internal Eligibility(bool isEligible, EstimateDetails details)
    {
        IsEligible = isEligible;
        _details = Guard.NotNull(details, nameof(details));
    }

    private Eligibility(EligibilityRule[] rules, bool isEligible)
    {
        _rules = rules;
        IsEligible = isEligible;
    }

    /// <summary>Gets an eligibility with no rules: always eligible.</summary>
    public static Eligibility Unconditional { get; } = new(NoRules, true);

    /// <summary>Gets a value indicating whether every rule is met.</summary>
    public bool IsEligible { get; }

    /// <summary>Gets every evaluated rule, met or not, in the model's order.</summary>
    public IReadOnlyList<EligibilityRule> Rules => _rules ?? _details!.Rules;

    /// <summary>Gets the rules that are not met.</summary>
    public IEnumerable<EligibilityRule> UnmetRules => Rules.Where(r => !r.IsMet);
}
