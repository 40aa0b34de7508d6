using TikTokMonetization.Internal;

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

    /// <summary>
    /// Initializes a new instance for a built-in model whose breakdown is built on first read, from the same
    /// <paramref name="details"/> that <paramref name="eligibility"/> builds its rules from. The details come first so
    /// that a <see langword="null"/> breakdown passed to the public constructor is never ambiguous.
    /// </summary>
    internal RevenueEstimate(EstimateDetails details, string stream, string displayName, MoneyRange range, Eligibility eligibility, LikesImpact likes)
        : this(stream, displayName, range, eligibility, likes)
    {
        _details = Guard.NotNull(details, nameof(details));
    }

    private RevenueEstimate(string stream, string displayName, MoneyRange range, Eligibility eligibility, LikesImpact likes)
    {
        Stream = stream ?? throw new ArgumentNullException(nameof(stream));
        DisplayName = displayName ?? throw new ArgumentNullException(nameof(displayName));
        Eligibility = eligibility ?? throw new ArgumentNullException(nameof(eligibility));
        Likes = likes ?? throw new ArgumentNullException(nameof(likes));
        if (range.Low.Amount < 0m)
        {
            throw new ArgumentException($"Revenue model '{stream}' returned a negative range ({range}); estimates are never negative.", nameof(range));
        }

        if (!eligibility.IsEligible && range.High.Amount != 0m)
        {
            throw new ArgumentException($"Revenue model '{stream}' returned {range} for an ineligible creator; an ineligible stream pays zero.", nameof(range));
        }

        Range = range;
    }

    /// <summary>Gets the stable name of the model that made the estimate.</summary>
    public string Stream { get; }

    /// <summary>Gets the model's display name.</summary>
    public string DisplayName { get; }

    /// <summary>Gets the estimated range in the model's currency.</summary>
    public MoneyRange Range { get; }

    /// <summary>Gets the eligibility, with every rule evaluated.</summary>
    public Eligibility Eligibility { get; }

    /// <summary>Gets how the range was reached, step by step.</summary>
    public IReadOnlyList<BreakdownLine> Breakdown => _breakdown ?? _details!.Lines;

    /// <summary>Gets how likes bear on this stream.</summary>
    public LikesImpact Likes { get; }

    /// <summary>Formats as <c>display name: range</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{DisplayName}: {Range}";
}
