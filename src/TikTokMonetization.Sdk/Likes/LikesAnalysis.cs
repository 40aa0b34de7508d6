namespace TikTokMonetization.Likes;

/// <summary>
/// The answer to "what are these likes worth?" for one creator: per stream, the direct revenue from likes (none, for
/// every built-in stream) and the indirect value through viewer retention, engagement-priced rates and reach.
/// Produced by <see cref="Revenue.IRevenueEngine.AnalyzeLikes"/>.
/// </summary>
/// <remarks>
/// Amounts are exact differences between estimates in the reporting currency, not rounded, so that an influence of a
/// fraction of a cent is still visible; round them for display. Instances are immutable and thread-safe.
/// </remarks>
public sealed class LikesAnalysis
{
    internal LikesAnalysis(long additionalLikes, long videoLikes, long liveLikes, Currency currency, ReachResponse reach, IReadOnlyList<LikesStreamValue> streams)
    {
        AdditionalLikes = additionalLikes;
        VideoLikesAdded = videoLikes;
        LiveLikesAdded = liveLikes;
        Currency = currency;
        Reach = reach;
        Streams = streams;
        // The engine converted every stream into the currency; the sums add the amounts in stream order from zero, as
        // MoneyRange and Money addition would, digit for digit.
        decimal low = 0m, expected = 0m, high = 0m, direct = 0m;
        foreach (var stream in streams)
        {
            // A stream in another currency would be added as if it were in this one: a silent wrong total. The engine
            // converts every stream first, so this never throws today; it refuses as Money and MoneyRange addition would.
            if (stream.Change.Currency != currency)
            {
                throw new CurrencyMismatchException("add", currency, stream.Change.Currency);
            }

            if (stream.DirectRevenue.Currency != currency)
            {
                throw new CurrencyMismatchException("add", currency, stream.DirectRevenue.Currency);
            }

            low += stream.Change.Low.Amount;
            expected += stream.Change.Expected.Amount;
            high += stream.Change.High.Amount;
            direct += stream.DirectRevenue.Amount;
        }

        TotalChange = new MoneyRange(new ValueRange(low, expected, high), currency);
        TotalDirectRevenue = new Money(direct, currency);
        MarginalValuePer1000Likes = new Money(LikesValuation.PerThousand(expected, additionalLikes), currency);
    }

    /// <summary>Gets the number of likes added.</summary>
    public long AdditionalLikes { get; }

    /// <summary>Gets how many of them were added to the short videos.</summary>
    public long VideoLikesAdded { get; }

    /// <summary>Gets how many of them were added to LIVE sessions.</summary>
    public long LiveLikesAdded { get; }

    /// <summary>Gets the currency of every amount.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the reach response the reach model estimated for the added likes.</summary>
    public ReachResponse Reach { get; }

    /// <summary>Gets one value per registered model, in registration order.</summary>
    public IReadOnlyList<LikesStreamValue> Streams { get; }

    /// <summary>Gets the total change over all streams (the sum of the streams' changes).</summary>
    public MoneyRange TotalChange { get; }

    /// <summary>Gets the total direct revenue from the likes alone (zero with the built-in streams).</summary>
    public Money TotalDirectRevenue { get; }

    /// <summary>Gets the total expected change per 1,000 additional likes.</summary>
    public Money MarginalValuePer1000Likes { get; }

    /// <summary>Gets the streams whose measured behaviour contradicts their declaration.</summary>
    public IEnumerable<LikesStreamValue> Disagreements => Streams.Where(s => !s.AgreesWithDeclaration);
}
