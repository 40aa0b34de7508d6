using System.Globalization;
using TikTokMonetization.Creators;
using TikTokMonetization.Internal;
using TikTokMonetization.Likes;

namespace TikTokMonetization.Revenue;

/// <summary>The engine behind <see cref="IRevenueEngine"/>: runs every model, converts, rounds and totals.</summary>
internal sealed class RevenueEngine : IRevenueEngine
{
    private readonly IRevenueModel[] _models;
    private readonly IExpectedRevenueModel?[] _fastModels;
    private readonly IEligibilityRevenueModel?[] _eligibilityModels;
    private readonly IRevenueModelContext _context;
    private readonly IReachModel _reach;
    private readonly LikesInputs[] _likesRead;

    public RevenueEngine(IEnumerable<IRevenueModel> models, IRevenueModelContext context, IReachModel reach)
        : this(models, context, reach, [])
    {
    }

    /// <param name="models">The registered models, in report order.</param>
    /// <param name="context">The engine's settings.</param>
    /// <param name="reach">The reach model of the likes analysis.</param>
    /// <param name="likesInputs">What the SDK states about its own models' reads of likes (registered with each built-in model).</param>
    public RevenueEngine(IEnumerable<IRevenueModel> models, IRevenueModelContext context, IReachModel reach, IEnumerable<LikesInputsStatement> likesInputs)
    {
        _models = Guard.NotNull(models, nameof(models)).ToArray();
        _context = Guard.NotNull(context, nameof(context));
        _reach = Guard.NotNull(reach, nameof(reach));
        var duplicates = _models.GroupBy(m => m.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        if (duplicates.Length > 0)
        {
            throw new InvalidOperationException(
                $"Two or more registered revenue models share the name(s) {string.Join(", ", duplicates.Select(d => "'" + d + "'"))}; every model needs a unique Name.");
        }

        _fastModels = _models.Select(m => m as IExpectedRevenueModel).ToArray();
        _eligibilityModels = _models.Select(m => m as IEligibilityRevenueModel).ToArray();
        var statements = Guard.NotNull(likesInputs, nameof(likesInputs)).ToArray();
        _likesRead = _models.Select(m => statements.FirstOrDefault(s => s.ModelType == m.GetType())?.Reads ?? LikesInputs.All).ToArray();
        KeepsNoSnapshot = _models.All(m => m is IExpectedRevenueModel and IEligibilityRevenueModel && m.GetType().Assembly == typeof(RevenueEngine).Assembly);
    }

    /// <summary>
    /// Gets whether every model is one of the SDK's own and has both fast paths, which read the snapshot and keep no
    /// reference to it (they return a <see cref="Money"/> or a <see cref="bool"/>, with no deferred details). Only then
    /// may a caller pass a snapshot it overwrites afterwards, as the simulation does with its scratch snapshot; a user
    /// model (or a decorator) might keep the instance, so it always gets a snapshot of its own.
    /// </summary>
    internal bool KeepsNoSnapshot { get; }

    /// <summary>Gets the like counts each model is taken to read in the likes analysis, in report order.</summary>
    internal IReadOnlyList<LikesInputs> LikesRead => _likesRead;

    public IReadOnlyList<IRevenueModel> Models => _models;

    public RevenueReport Estimate(CreatorSnapshot snapshot) => Estimate(snapshot, _context.Settings.ReportingCurrency);

    public RevenueReport Estimate(CreatorSnapshot snapshot, Currency reportingCurrency)
    {
        Guard.NotNull(snapshot, nameof(snapshot)).ThrowIfInvalidOrBeyondLimits();
        var options = _context.Settings;
        SnapshotCurrencies.ThrowIfUnconvertible(snapshot, options.ExchangeRates);
        var results = new StreamResult[_models.Length];
        var report = new RevenueReport(snapshot, reportingCurrency, results);
        var total = MoneyRange.Zero(reportingCurrency);
        var converted = false;
        for (var i = 0; i < _models.Length; i++)
        {
            var estimate = Run(_models[i], snapshot);
            converted |= estimate.Range.Currency != reportingCurrency;
            var range = options.Convert(estimate.Range, reportingCurrency).Round(options.Rounding);
            results[i] = new StreamResult(estimate, range, report);
            total += range;
        }

        // The shares follow from the total, which is known only now; it is recorded before the report is published.
        report.Complete(total, converted ? options.ExchangeRates : null);
        return report;
    }

    public void EstimateExpected(ReadOnlySpan<CreatorSnapshot> snapshots, Span<decimal> destination)
    {
        var width = _models.Length;
        if (destination.Length < snapshots.Length * width)
        {
            throw new ArgumentException(
                $"destination has {destination.Length} elements; it needs at least {snapshots.Length * width} ({snapshots.Length} creators × {width} streams).",
                nameof(destination));
        }

        var options = _context.Settings;
        var reporting = options.ReportingCurrency;
        var rounding = options.Rounding;

        // One-entry cache: every built-in model reports in its rate card's currency, which rarely varies within a batch.
        var cachedFrom = reporting;
        var cachedFactor = 1m;
        for (var i = 0; i < snapshots.Length; i++)
        {
            var snapshot = snapshots[i] ?? throw new ArgumentException($"snapshots[{i}] is null.", nameof(snapshots));
            snapshot.ThrowIfInvalidOrBeyondLimits();
            SnapshotCurrencies.ThrowIfUnconvertible(snapshot, options.ExchangeRates);
            var row = destination.Slice(i * width, width);
            for (var j = 0; j < width; j++)
            {
                var expected = _fastModels[j] is { } fast ? RunExpected(fast, snapshot) : Run(_models[j], snapshot).Range.Expected;
                if (expected.Currency != cachedFrom)
                {
                    cachedFactor = options.ConversionRate(expected.Currency, reporting);
                    cachedFrom = expected.Currency;
                }

                var amount = expected.Currency == reporting ? expected.Amount : expected.Amount * cachedFactor;
                row[j] = decimal.Round(amount, reporting.MinorUnits, rounding);
            }
        }
    }

    /// <summary>
    /// Each stream's expected amount and eligibility, and the expected total, exactly as <see cref="Estimate(CreatorSnapshot, Currency)"/>
    /// would report them (converted, then rounded once), without building the report: through a model's fast paths when
    /// it has both <see cref="IExpectedRevenueModel"/> and <see cref="IEligibilityRevenueModel"/>, else its estimate.
    /// The simulation runs this on every path-month.
    /// </summary>
    /// <returns>The expected total: the sum of the rounded stream amounts, as the report's total is.</returns>
    internal decimal EstimateExpected(CreatorSnapshot snapshot, Currency reportingCurrency, Span<decimal> values, Span<bool> eligible)
    {
        Guard.NotNull(snapshot, nameof(snapshot)).ThrowIfInvalidOrBeyondLimits();
        return EstimateExpectedOfChecked(snapshot, reportingCurrency, values, eligible);
    }

    /// <summary>
    /// <see cref="EstimateExpected(CreatorSnapshot, Currency, Span{decimal}, Span{bool})"/> for a snapshot the caller has
    /// already checked with its input limits (the simulation checks each path-month once, naming the month).
    /// </summary>
    /// <remarks>
    /// A stream with a non-zero expected amount is eligible without asking: a model's estimate is zero when the creator
    /// is ineligible (<see cref="RevenueEstimate"/> refuses anything else), and the model contract requires the fast paths
    /// to agree with the estimate. The eligibility fast path runs only for a zero amount, where it decides.
    /// </remarks>
    internal decimal EstimateExpectedOfChecked(CreatorSnapshot snapshot, Currency reportingCurrency, Span<decimal> values, Span<bool> eligible)
    {
        var options = _context.Settings;
        SnapshotCurrencies.ThrowIfUnconvertible(snapshot, options.ExchangeRates);
        var total = 0m;
        for (var i = 0; i < _models.Length; i++)
        {
            Money expected;
            if (_fastModels[i] is { } fast && _eligibilityModels[i] is { } probe)
            {
                expected = RunExpected(fast, snapshot);
                eligible[i] = expected.Amount != 0m || RunEligible(probe, snapshot);
            }
            else
            {
                var estimate = Run(_models[i], snapshot);
                expected = estimate.Range.Expected;
                eligible[i] = estimate.IsEligible;
            }

            var amount = options.Convert(expected, reportingCurrency).Round(options.Rounding).Amount;
            values[i] = amount;
            total += amount;
        }

        return total;
    }

    public LikesAnalysis AnalyzeLikes(CreatorSnapshot snapshot, long additionalLikes = 1_000)
    {
        Guard.NotNull(snapshot, nameof(snapshot)).ThrowIfInvalidOrBeyondLimits();
        if (additionalLikes is < 1 or > MaxAdditionalLikes)
        {
            throw new ArgumentOutOfRangeException(nameof(additionalLikes), additionalLikes, $"additionalLikes is {additionalLikes}; it must be between 1 and {MaxAdditionalLikes:N0}.");
        }

        var options = _context.Settings;
        SnapshotCurrencies.ThrowIfUnconvertible(snapshot, options.ExchangeRates);
        var currency = options.ReportingCurrency;
        var (videoLikes, liveLikes) = SplitLikes(snapshot, additionalLikes);

        // The chain of creators the models are re-run on: observed, + LIVE likes, + video likes, + reach response;
        // and, for the direct revenue from likes, the same profile with no activity, without and with the likes.
        var withLiveLikes = snapshot with { Live = snapshot.Live with { Likes = AddSaturating(snapshot.Live.Likes, liveLikes) } };
        var withAllLikes = withLiveLikes with { Videos = withLiveLikes.Videos with { Likes = AddSaturating(withLiveLikes.Videos.Likes, videoLikes) } };
        var reach = _reach.Respond(snapshot, withAllLikes) ?? throw new InvalidOperationException($"The reach model {_reach.GetType().Name} returned null.");
        var withReach = Reached(reach, withAllLikes);

        var inactive = new CreatorSnapshot { CreatorId = snapshot.CreatorId, PeriodDays = snapshot.PeriodDays, Profile = snapshot.Profile };
        var likesAlone = inactive with { Videos = new ShortVideoStats { Likes = videoLikes }, Live = new LiveStats { Likes = liveLikes } };

        var streams = new LikesStreamValue[_models.Length];
        for (var i = 0; i < _models.Length; i++)
        {
            var model = _models[i];
            var reads = _likesRead[i];
            var observed = Run(model, snapshot);
            var e0 = Converted(observed, currency, options);

            // The two steps in between are read for their expected amounts only (the channels' split), so they take
            // the fast path where the model has one; the ends give the change's range and need whole estimates.
            // A built-in model that never reads the likes a step adds gives the step before it to the last digit (its
            // fast path is its estimate's expected amount, digit for digit), so that amount is reused instead of run
            // again; laws check both statements for every built-in model (LikesInputsTests).
            var e1 = (reads & LikesInputs.LiveLikes) != 0 ? ConvertedExpected(i, withLiveLikes, currency, options) : e0.Expected;
            var e2 = (reads & LikesInputs.VideoLikes) != 0 ? ConvertedExpected(i, withAllLikes, currency, options) : e1;
            var e3 = Converted(Run(model, withReach), currency, options);
            var idle = ConvertedExpected(i, inactive, currency, options);
            var direct = (reads == LikesInputs.None ? idle : ConvertedExpected(i, likesAlone, currency, options)) - idle;
            streams[i] = LikesValuation.Value(model.Name, model.DisplayName, observed.Likes, e0, e1, e2, e3, direct, additionalLikes);
        }

        return new LikesAnalysis(additionalLikes, videoLikes, liveLikes, currency, reach, streams);
    }

    private const long MaxAdditionalLikes = 1_000_000_000_000;

    // A reach model may answer any multipliers a ReachResponse holds. A count it takes to what a long holds (where
    // ApplyTo saturates) or an amount past decimal's range would be priced wrong without a word, so either is refused,
    // naming the model and its answer; so is a creator the response leaves invalid.
    private CreatorSnapshot Reached(ReachResponse reach, CreatorSnapshot snapshot)
    {
        CreatorSnapshot reached;
        try
        {
            reached = reach.ApplyTo(snapshot);
        }
        catch (OverflowException overflow)
        {
            throw new InvalidOperationException($"The reach model {_reach.GetType().Name} answered {Answer(reach)}, which takes an amount of the creator (observed LIVE coins or affiliate sales) past what a decimal holds.", overflow);
        }

        if (SaturatedCount(reached) is { } field)
        {
            throw new InvalidOperationException($"The reach model {_reach.GetType().Name} answered {Answer(reach)}, which takes {field} to {long.MaxValue.ToString("N0", CultureInfo.InvariantCulture)} or more, past what a count holds.");
        }

        var problems = reached.Validate();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The reach model {_reach.GetType().Name} produced an invalid creator: {string.Join("; ", problems)}");
        }

        return reached;
    }

    // Built only for a refusal: AnalyzeLikes calls Reached for every additional-likes figure.
    private static string Answer(ReachResponse reach) =>
        FormattableString.Invariant($"views × {reach.ViewsMultiplier}, LIVE viewers × {reach.LiveViewersMultiplier}");

    // The counts ApplyTo scales; the snapshot it scaled was within the input limits, far below long.MaxValue. Qualified
    // views (the period's and the best video's) are at most the views and scaled the same way, so they reach it only
    // with the views.
    private static string? SaturatedCount(CreatorSnapshot reached)
    {
        var videos = reached.Videos;
        return videos.Views == long.MaxValue ? "Videos.Views"
            : videos.Likes == long.MaxValue ? "Videos.Likes"
            : videos.Comments == long.MaxValue ? "Videos.Comments"
            : videos.Shares == long.MaxValue ? "Videos.Shares"
            : videos.Saves == long.MaxValue ? "Videos.Saves"
            : reached.Live.Likes == long.MaxValue ? "Live.Likes"
            : reached.BrandDeals?.MedianViewsPerVideo == long.MaxValue ? "BrandDeals.MedianViewsPerVideo"
            : reached.Merchandise?.ObservedOrders == long.MaxValue ? "Merchandise.ObservedOrders"
            : null;
    }

    private static (long Video, long Live) SplitLikes(CreatorSnapshot snapshot, long additional)
    {
        var existing = (decimal)snapshot.Videos.Likes + snapshot.Live.Likes;
        if (existing == 0m)
        {
            return (additional, 0);
        }

        var live = (long)decimal.Round(additional * snapshot.Live.Likes / existing, MidpointRounding.AwayFromZero);
        return (additional - live, live);
    }

    private static long AddSaturating(long value, long add) => value > long.MaxValue - add ? long.MaxValue : value + add;

    private static MoneyRange Converted(RevenueEstimate estimate, Currency currency, RevenueModelSettings options) =>
        options.Convert(estimate.Range, currency);

    /// <summary>
    /// One model's expected amount in <paramref name="currency"/>, unrounded, as <see cref="Converted"/> gives it: through
    /// the model's fast path when it has one (which returns exactly the estimate's expected amount), else its estimate.
    /// </summary>
    private Money ConvertedExpected(int model, CreatorSnapshot snapshot, Currency currency, RevenueModelSettings options)
    {
        var expected = _fastModels[model] is { } fast ? RunExpected(fast, snapshot) : Run(_models[model], snapshot).Range.Expected;
        return options.Convert(expected, currency);
    }

    private static RevenueEstimate Run(IRevenueModel model, CreatorSnapshot snapshot)
    {
        RevenueEstimate? estimate;
        try
        {
            estimate = model.Estimate(snapshot);
        }
        catch (Exception ex) when (ex is not RevenueModelException)
        {
            throw new RevenueModelException(model.Name, ex.Message, ex);
        }

        if (estimate is null)
        {
            throw new RevenueModelException(model.Name, "Estimate returned null; a model must return an estimate (zero and ineligible when it cannot apply).");
        }

        if (!string.Equals(estimate.Stream, model.Name, StringComparison.Ordinal))
        {
            throw new RevenueModelException(model.Name, $"Estimate returned an estimate for stream '{estimate.Stream}'; it must use the model's own Name.");
        }

        return estimate;
    }

    private static bool RunEligible(IEligibilityRevenueModel model, CreatorSnapshot snapshot)
    {
        try
        {
            return model.IsEligible(snapshot);
        }
        catch (Exception ex) when (ex is not RevenueModelException)
        {
            throw new RevenueModelException(model.Name, ex.Message, ex);
        }
    }

    private static Money RunExpected(IExpectedRevenueModel model, CreatorSnapshot snapshot)
    {
        try
        {
            return model.EstimateExpected(snapshot);
        }
        catch (Exception ex) when (ex is not RevenueModelException)
        {
            throw new RevenueModelException(model.Name, ex.Message, ex);
        }
    }
}
