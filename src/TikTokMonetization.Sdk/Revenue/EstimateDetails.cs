namespace TikTokMonetization.Revenue;

/// <summary>
/// The breakdown lines and the eligibility rules of one built-in model's estimate, built on first read instead of with
/// the estimate. A report that only ranks or totals never reads them, and they were most of its allocations (about 40
/// lines and 25 rules with their text for the six built-in models).
/// </summary>
/// <remarks>
/// <para>A model's subclass keeps what the estimate was computed from: the snapshot and the options instances it read
/// (not the options monitors: a reload after the estimate must not change its breakdown). The snapshot is immutable and
/// options instances are not changed once built, so the lines and rules built later are exactly those the estimate
/// would have built at once.</para>
/// <para>Thread-safe: each list is built at most once, under a lock that is taken only until it is built, and every
/// reader gets the same instance. A build that throws leaves nothing behind, and the next read tries again.</para>
/// </remarks>
internal abstract class EstimateDetails
{
    private BreakdownLine[]? _lines;
    private EligibilityRule[]? _rules;

    /// <summary>Gets the breakdown lines, building them on the first read.</summary>
    public IReadOnlyList<BreakdownLine> Lines => Volatile.Read(ref _lines) ?? BuildOnce(ref _lines, static d => d.BuildLines());

    /// <summary>Gets the evaluated eligibility rules, building them on the first read.</summary>
    public IReadOnlyList<EligibilityRule> Rules => Volatile.Read(ref _rules) ?? BuildOnce(ref _rules, static d => d.BuildRules());

    /// <summary>Builds the breakdown; called at most once per instance.</summary>
    /// <returns>The lines, which this instance then owns.</returns>
    protected abstract BreakdownLine[] BuildLines();

    /// <summary>Evaluates every rule; called at most once per instance.</summary>
    /// <returns>The rules, which this instance then owns.</returns>
    protected abstract EligibilityRule[] BuildRules();

    private T[] BuildOnce<T>(ref T[]? field, Func<EstimateDetails, T[]> build)
        where T : class
    {
        // This object never leaves the SDK (estimates keep it private), so no other code can take its lock.
        lock (this)
        {
            var value = field;
            if (value is null)
            {
                value = build(this);
                Volatile.Write(ref field, value);
            }

            return value;
        }
    }
}

/// <summary>
/// What a built-in model keeps of one estimate to build its breakdown and rules later: the snapshot and the options
/// instances the estimate read. Models implement it with a small readonly struct, which
/// <see cref="EstimateDetails{TBasis}"/> holds inline.
/// </summary>
internal interface IEstimateBasis
{
    /// <summary>Builds the breakdown lines.</summary>
    /// <returns>A new array.</returns>
    BreakdownLine[] BuildLines();

    /// <summary>Evaluates every eligibility rule.</summary>
    /// <returns>A new array.</returns>
    EligibilityRule[] BuildRules();
}

/// <summary>The deferred details of a built-in model's estimate, built from the basis the model kept.</summary>
/// <typeparam name="TBasis">The model's basis type.</typeparam>
internal sealed class EstimateDetails<TBasis> : EstimateDetails
    where TBasis : struct, IEstimateBasis
{
    private readonly TBasis _basis;

    public EstimateDetails(TBasis basis) => _basis = basis;

    protected override BreakdownLine[] BuildLines() => _basis.BuildLines();

    protected override EligibilityRule[] BuildRules() => _basis.BuildRules();
}
