namespace TikTokMonetization.Revenue;

/// <summary>
/// The breakdown lines and the eligibility rules of one estimate, built on first read instead of with the estimate
/// (see <see cref="RevenueEstimate.FromDetails"/>). A report that only ranks or totals never reads them, and they are
/// most of an estimate's allocations (about 40 lines and 25 rules with their text for the six built-in models).
/// </summary>
/// <remarks>
/// <para>Usually a model does not subclass this type: it keeps what the estimate was computed from in a small struct
/// that implements <see cref="IEstimateBasis"/> and wraps it in <see cref="EstimateDetails{TBasis}"/>, as every
/// built-in model does.</para>
/// <para>What is kept must be what the estimate was computed from: the snapshot and the options instances it read
/// (not the options monitors: a reload after the estimate must not change its breakdown). The snapshot is immutable and
/// options instances are not changed once built, so the lines and rules built later are exactly those the estimate
/// would have built at once.</para>
/// <para>Thread-safe: each list is built at most once, under a lock on this instance that is taken only until it is
/// built (do not lock on an instance yourself), and every reader gets the same list. A build that throws leaves nothing
/// behind, and the next read tries again.</para>
/// </remarks>
public abstract class EstimateDetails
{
    private BreakdownLine[]? _lines;
    private EligibilityRule[]? _rules;

    /// <summary>Gets the breakdown lines, building them on the first read.</summary>
    public IReadOnlyList<BreakdownLine> Lines => Volatile.Read(ref _lines) ?? BuildOnce(ref _lines, static d => d.BuildLines());

    /// <summary>Gets the evaluated eligibility rules, building them on the first read.</summary>
    public IReadOnlyList<EligibilityRule> Rules => Volatile.Read(ref _rules) ?? BuildOnce(ref _rules, static d => d.BuildRules());

    /// <summary>Builds the breakdown; called at most once per instance.</summary>
    /// <returns>A new array of the lines, which this instance then owns (it is never changed afterwards).</returns>
    protected abstract BreakdownLine[] BuildLines();

    /// <summary>Evaluates every rule; called at most once per instance.</summary>
    /// <returns>A new array of the rules, which this instance then owns (it is never changed afterwards).</returns>
    protected abstract EligibilityRule[] BuildRules();

    private T[] BuildOnce<T>(ref T[]? field, Func<EstimateDetails, T[]> build)
        where T : class
    {
        // Estimates keep their details private, so only the model that made an instance could take this lock.
#pragma warning disable CA2002 // The instance is not a weakly identified object; the remark above asks callers not to lock on it.
        lock (this)
#pragma warning restore CA2002
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
/// What a model keeps of one estimate to build its breakdown and rules later: the snapshot and the options instances
/// the estimate read. Implement it with a small readonly struct, which <see cref="EstimateDetails{TBasis}"/> holds inline.
/// </summary>
/// <remarks>Both methods may run on any thread, once each; they must only read what the struct holds.</remarks>
public interface IEstimateBasis
{
    /// <summary>Builds the breakdown lines.</summary>
    /// <returns>A new array.</returns>
    BreakdownLine[] BuildLines();

    /// <summary>Evaluates every eligibility rule.</summary>
    /// <returns>A new array.</returns>
    EligibilityRule[] BuildRules();
}

/// <summary>The deferred details of an estimate, built from the basis the model kept.</summary>
/// <typeparam name="TBasis">The model's basis type.</typeparam>
/// <remarks>Thread-safe, as <see cref="EstimateDetails"/> describes.</remarks>
public sealed class EstimateDetails<TBasis> : EstimateDetails
    where TBasis : struct, IEstimateBasis
{
    private readonly TBasis _basis;

    /// <summary>Initializes a new instance of the <see cref="EstimateDetails{TBasis}"/> class.</summary>
    /// <param name="basis">What the estimate was computed from.</param>
    public EstimateDetails(TBasis basis) => _basis = basis;

    /// <inheritdoc />
    protected override BreakdownLine[] BuildLines() => _basis.BuildLines();

    /// <inheritdoc />
    protected override EligibilityRule[] BuildRules() => _basis.BuildRules();
}
