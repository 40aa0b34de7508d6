using TikTokMonetization.Internal;
using TikTokMonetization.Likes;

namespace TikTokMonetization.Revenue;

/// <summary>
/// What one revenue model estimates for one creator: a range, the eligibility with every rule, a breakdown of how the
/// range was reached, and how likes bear on the stream.
/// </summary>
/// <remarks>
/// <para>The range is never negative, and an ineligible stream's range is zero; the constructor enforces both.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class RevenueEstimate
{
    private static readonly BreakdownLine[] NoLines = [];

    // Exactly one of the two is set: the lines given to the public constructor, or the built-in model's deferred details.
    private readonly IReadOnlyList<BreakdownLine>? _breakdown;
    private readonly EstimateDetails? _details;
    private Eligibility? _eligibility;

    /// <summary>Initializes a new instance of the <see cref="RevenueEstimate"/> class.</summary>
    /// <param name="stream">The stable name of the model that made the estimate (<see cref="IRevenueModel.Name"/>).</param>
    /// <param name="displayName">The model's display name.</param>
    /// <param name="range">The estimated range: zero or greater, and exactly zero when <paramref name="eligibility"/> is not eligible.</param>
    /// <param name="eligibility">The eligibility, with every rule evaluated.</param>
    /// <param name="breakdown">How the range was reached, step by step.</param>
    /// <param name="likes">How likes bear on this stream.</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The range is negative, or not zero although the creator is ineligible.</exception>
    public RevenueEstimate(string stream, string displayName, MoneyRange range, Eligibility eligibility, IEnumerable<BreakdownLine>? breakdown, LikesImpact likes)
        : this(stream, displayName, range, eligibility, likes)
    {
        _breakdown = breakdown switch
        {
            null => NoLines,
            BreakdownLine[] array => array,
            _ => breakdown.ToArray(),
        };
    }

    private RevenueEstimate(EstimateDetails details, string stream, string displayName, MoneyRange range, bool isEligible, LikesImpact likes)
        : this(stream, displayName, range, null, isEligible, likes)
    {
        _details = details;
    }

    private RevenueEstimate(string stream, string displayName, MoneyRange range, Eligibility eligibility, LikesImpact likes)
        : this(stream, displayName, range, eligibility ?? throw new ArgumentNullException(nameof(eligibility)), eligibility.IsEligible, likes)
    {
    }

    // The eligibility object is given, or (from details) made when first read: the engine reads IsEligible alone.
    private RevenueEstimate(string stream, string displayName, MoneyRange range, Eligibility? eligibility, bool isEligible, LikesImpact likes)
    {
        Stream = stream ?? throw new ArgumentNullException(nameof(stream));
        DisplayName = displayName ?? throw new ArgumentNullException(nameof(displayName));
        Likes = likes ?? throw new ArgumentNullException(nameof(likes));
        if (range.Low.Amount < 0m)
        {
            throw new ArgumentException($"Revenue model '{stream}' returned a negative range ({range}); estimates are never negative.", nameof(range));
        }

        if (!isEligible && range.High.Amount != 0m)
        {
            throw new ArgumentException($"Revenue model '{stream}' returned {range} for an ineligible creator; an ineligible stream pays zero.", nameof(range));
        }

        _eligibility = eligibility;
        IsEligible = isEligible;
        Range = range;
    }

    /// <summary>
    /// Makes an estimate whose breakdown and eligibility rules are built on first read, from <paramref name="details"/>,
    /// as every built-in model's are: a report that only totals or ranks never builds them.
    /// </summary>
    /// <remarks>
    /// <paramref name="isEligible"/> must be what the rules say (every rule met); compute it with the same checks, for
    /// example those of <see cref="EligibilityChecks"/> called without a rules array. The reusable contract tests
    /// (<c>RevenueModelContract</c>) check that the two agree.
    /// </remarks>
    /// <param name="stream">The stable name of the model making the estimate (<see cref="IRevenueModel.Name"/>).</param>
    /// <param name="displayName">The model's display name for this estimate.</param>
    /// <param name="range">The estimated range: zero or greater, and exactly zero when not eligible.</param>
    /// <param name="isEligible">Whether every rule <paramref name="details"/> builds is met.</param>
    /// <param name="details">What builds the breakdown and the rules when first read.</param>
    /// <param name="likes">How likes bear on this stream.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The range is negative, or not zero although the creator is not eligible.</exception>
    public static RevenueEstimate FromDetails(string stream, string displayName, MoneyRange range, bool isEligible, EstimateDetails details, LikesImpact likes) =>
        new(Guard.NotNull(details, nameof(details)), stream, displayName, range, isEligible, likes);

    /// <summary>Gets the stable name of the model that made the estimate.</summary>
    public string Stream { get; }

    /// <summary>Gets the model's display name.</summary>
    public string DisplayName { get; }

    /// <summary>Gets the estimated range in the model's currency.</summary>
    public MoneyRange Range { get; }

    /// <summary>Gets the eligibility, with every rule evaluated.</summary>
    /// <remarks>
    /// For an estimate made with <see cref="FromDetails"/>, the object is made when first read (its rules are built
    /// when they are first read); every read returns the same instance.
    /// </remarks>
    public Eligibility Eligibility =>
        Volatile.Read(ref _eligibility)
        ?? Interlocked.CompareExchange(ref _eligibility, new Eligibility(IsEligible, _details!), null)
        ?? _eligibility!;

    /// <summary>Gets whether the creator is eligible: <see cref="Eligibility"/>'s <see cref="Eligibility.IsEligible"/>, without making the object.</summary>
    internal bool IsEligible { get; }

    /// <summary>Gets how the range was reached, step by step.</summary>
    public IReadOnlyList<BreakdownLine> Breakdown => _breakdown ?? _details!.Lines;

    /// <summary>Gets how likes bear on this stream.</summary>
    public LikesImpact Likes { get; }

    /// <summary>Formats as <c>display name: range</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{DisplayName}: {Range}";
}
