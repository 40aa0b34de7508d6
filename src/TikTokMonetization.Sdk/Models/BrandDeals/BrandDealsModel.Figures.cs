using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.BrandDeals;

internal sealed partial class BrandDealsModel
{
    /// <summary>
    /// The numbers of one brand-deals estimate, computed once and shared by the fast path and the breakdown. Every step
    /// is non-decreasing in followers, views, counted interactions and sponsored posts, so the estimate is too.
    /// </summary>
    private readonly struct BrandDealsFigures
    {
        public BrandDealPricingMethods Methods { get; private init; }

        public bool Observed { get; private init; }

        /// <summary>Gets the observed price as given, when there is one (also when it could not be converted).</summary>
        public Money? ObservedPrice { get; private init; }

        /// <summary>Gets the factor from the observed price's currency to the model's; 0 when no rate exists.</summary>
        public decimal ObservedFactor { get; private init; }

        public decimal InteractionsPerVideo { get; private init; }

        public decimal EngagementRateByFollowers { get; private init; }

        public decimal EngagementMultiplier { get; private init; }

        /// <summary>Gets followers ÷ 1,000 × the engagement multiplier: the quantity method 1 prices.</summary>
        public decimal WeightedThousandFollowers { get; private init; }

        public ValueRange PerThousandFollowers { get; private init; }

        public decimal ViewsPerVideo { get; private init; }

        public bool ViewsAreMedian { get; private init; }

        public ValueRange ViewsCpm { get; private init; }

        public ValueRange PerEngagement { get; private init; }

        public string? TierName { get; private init; }

        public long TierMinimumFollowers { get; private init; }

        public ValueRange Tier { get; private init; }

        /// <summary>Gets the tier's price before the engagement band's multiplier.</summary>
        public ValueRange TierBase { get; private init; }

        /// <summary>Gets the engagement band the creator is in, when bands are configured.</summary>
        public BrandDealEngagementBandOptions? Band { get; private init; }

        /// <summary>Gets the snapshot's engagement rate, when given.</summary>
        public decimal? GivenRate { get; private init; }

        public bool GivenRateByViews { get; private init; }

        /// <summary>Gets the niche premium applied to the methods' price, when the creator's niche has one.</summary>
        public decimal? NichePremium { get; private init; }

        /// <summary>Gets the price per post before the niche premium.</summary>
        public ValueRange PerPostBeforeNiche { get; private init; }

        public ValueRange PerPost { get; private init; }

        public decimal ContentMultiplier { get; private init; }

        public ValueRange AfterContentType { get; private init; }

        public ValueRange PerPostAdjusted { get; private init; }

        public decimal Posts { get; private init; }

        public bool PostsFromSnapshot { get; private init; }

        public ValueRange Total { get; private init; }

        public static BrandDealsFigures Compute(CreatorSnapshot snapshot, BrandDealsOptions options, RevenueModelSettings engine, BrandDealsResolved resolved)
        {
            var currency = resolved.Currency;
            var contentMultiplier = resolved.ContentMultiplier;
            var deals = snapshot.BrandDeals;
            var observed = deals?.ObservedPricePerPost;
            var factor = FactorOf(observed, currency, engine);
            var figures = factor > 0m
                ? new BrandDealsFigures { Observed = true, PerPost = ValueRange.Exactly(observed!.Value.Amount * factor) }
                : PriceByMethods(snapshot, options, engine.EngagementInteractions, resolved.Tiers);

            var niche = factor > 0m ? null : NichePremiumOf(snapshot, options);
            var perPost = niche is { } premium ? WithNicheRange(figures.PerPost, premium) : figures.PerPost;
            var posts = PostsIn(snapshot, options);
            var low = PostPoint.Of(perPost.Low, resolved.ContentFactor, resolved.PostFactorLow, posts);
            var expected = PostPoint.Of(perPost.Expected, resolved.ContentFactor, resolved.PostFactorExpected, posts);
            var high = PostPoint.Of(perPost.High, resolved.ContentFactor, resolved.PostFactorHigh, posts);
            return figures with
            {
                NichePremium = niche,
                PerPostBeforeNiche = figures.PerPost,
                PerPost = perPost,
                ObservedPrice = observed,
                ObservedFactor = factor,
                ContentMultiplier = contentMultiplier,
                AfterContentType = new ValueRange(low.AfterContentType, expected.AfterContentType, high.AfterContentType),
                PerPostAdjusted = new ValueRange(low.Adjusted, expected.Adjusted, high.Adjusted),
                Posts = posts,
                PostsFromSnapshot = deals?.SponsoredPostsPerPeriod is not null,
                Total = new ValueRange(low.Total, expected.Total, high.Total),
            };
        }

        /// <summary>
        /// The expected total alone, for the fast path: the same steps as <see cref="Compute"/> at the expected point, with
        /// the median of the methods' expected prices and none of their lows and highs.
        /// </summary>
        public static decimal ExpectedTotal(CreatorSnapshot snapshot, BrandDealsOptions options, RevenueModelSettings engine, BrandDealsResolved resolved)
        {
            var observed = snapshot.BrandDeals?.ObservedPricePerPost;
            var factor = FactorOf(observed, resolved.Currency, engine);
            decimal perPost;
            if (factor > 0m)
            {
                perPost = observed!.Value.Amount * factor;
            }
            else
            {
                var inputs = MethodInputs.Of(snapshot, options, engine.EngagementInteractions, resolved.Tiers);
                perPost = MedianOfExpected(
                    options.Methods,
                    PerThousandFollowersAt(inputs.WeightedThousands, options.RatePerThousandFollowers.Expected),
                    ViewsCpmAt(inputs.ViewsPerVideo, options.CpmPerThousandViews.Expected),
                    PerEngagementAt(inputs.PerVideo, options.CostPerEngagement.Expected),
                    inputs.Tier is { } tier ? inputs.TierPriceAt(tier.Price.Expected) : 0m);
                perPost = WithNiche(perPost, NichePremiumOf(snapshot, options));
            }

            return PostPoint.Of(perPost, resolved.ContentFactor, resolved.PostFactorExpected, PostsIn(snapshot, options)).Total;
        }

        /// <summary>
        /// The total range alone, for the estimate: the steps of <see cref="Compute"/> that its <see cref="Total"/> depends
        /// on, with the same operations in the same order, so the two agree to the last digit (a law checks it). What only
        /// the breakdown shows (the engagement rate and multiplier, the tier's price before a band, each point before the
        /// posts) is left to <see cref="Compute"/>, which the breakdown runs when it is first read.
        /// </summary>
        public static ValueRange TotalRange(CreatorSnapshot snapshot, BrandDealsOptions options, RevenueModelSettings engine, BrandDealsResolved resolved)
        {
            var observed = snapshot.BrandDeals?.ObservedPricePerPost;
            var factor = FactorOf(observed, resolved.Currency, engine);
            ValueRange perPost;
            if (factor > 0m)
            {
                perPost = ValueRange.Exactly(observed!.Value.Amount * factor);
            }
            else
            {
                var inputs = MethodInputs.Of(snapshot, options, engine.EngagementInteractions, resolved.Tiers);
                perPost = Combine(options.Methods, PerThousandRange(inputs, options), ViewsCpmRange(inputs, options), PerEngagementRange(inputs, options), TierRange(inputs));
                if (NichePremiumOf(snapshot, options) is { } premium)
                {
                    perPost = WithNicheRange(perPost, premium);
                }
            }

            var posts = PostsIn(snapshot, options);
            var content = resolved.ContentFactor;
            return new ValueRange(
                PostPoint.Of(perPost.Low, content, resolved.PostFactorLow, posts).Total,
                PostPoint.Of(perPost.Expected, content, resolved.PostFactorExpected, posts).Total,
                PostPoint.Of(perPost.High, content, resolved.PostFactorHigh, posts).Total);
        }

        /// <summary>The factor from the observed price's currency to the model's, or 0 when there is no observed price or no rate for it.</summary>
        /// <summary>The rate that turns the observed price into <paramref name="currency"/>, or 0 when there is none or the table cannot convert it.</summary>
        private static decimal FactorOf(Money? observed, Currency currency, RevenueModelSettings settings) =>
            observed is { } price && settings.TryGetConversionRate(price.Currency, currency, out var rate) ? rate : 0m;

        /// <summary>The usage-rights premium at one point, plus the exclusivity and whitelisting premiums when either is set.</summary>
        public static decimal Premium(BrandDealsOptions options, RangePoint point)
        {
            var usage = options.UsageRightsPremium.ToValueRange().At(point);
            return HasAddOns(options)
                ? usage + options.ExclusivityPremium.ToValueRange().At(point) + options.WhitelistingPremium.ToValueRange().At(point)
                : usage;
        }

        /// <summary>Whether exclusivity or whitelisting is sold (a premium above 0 at some point).</summary>
        public static bool HasAddOns(BrandDealsOptions options) =>
            options.ExclusivityPremium.High > 0m || options.WhitelistingPremium.High > 0m;

        /// <summary>The premium of the creator's niche, or <see langword="null"/> when the table has none for it.</summary>
        public static decimal? NichePremiumOf(CreatorSnapshot snapshot, BrandDealsOptions options)
        {
            if (snapshot.Profile.Niche is not { } niche || options.NichePremiums is not { Count: > 0 } table)
            {
                return null;
            }

            if (table.TryGetValue(niche, out var premium))
            {
                return premium;
            }

            // A dictionary set in code may have been created without a case-insensitive comparer.
            foreach (var pair in table)
            {
                if (string.Equals(pair.Key, niche, StringComparison.OrdinalIgnoreCase))
                {
                    return pair.Value;
                }
            }

            return null;
        }

        private static decimal WithNiche(decimal perPost, decimal? premium) => premium is { } p ? perPost * (1m + p) : perPost;

        private static ValueRange WithNicheRange(ValueRange perPost, decimal premium) => perPost.Scale(1m + premium);

        /// <summary>The sponsored posts in the period: the snapshot's, else the default per 30 days prorated to the period.</summary>
        private static decimal PostsIn(CreatorSnapshot snapshot, BrandDealsOptions options) =>
            snapshot.BrandDeals?.SponsoredPostsPerPeriod is { } given
                ? given
                : options.DefaultSponsoredPostsPer30Days * snapshot.PeriodDays / CreatorSnapshot.DefaultPeriodDays;

        private static BrandDealsFigures PriceByMethods(CreatorSnapshot snapshot, BrandDealsOptions options, EngagementInteractions counted, KeyValuePair<string, BrandDealTierOptions>[] tiers)
        {
            var inputs = MethodInputs.Of(snapshot, options, counted, tiers);
            var perVideo = inputs.PerVideo;
            var followers = snapshot.Profile.Followers;
            var weightedThousands = inputs.WeightedThousands;
            var perThousand = PerThousandRange(inputs, options);
            var engagementRate = followers > 0 ? perVideo / followers : 0m;
            var multiplier = inputs.Band is { } band ? band.Multiplier : Clamp(engagementRate / options.ReferenceEngagementRate, options.MinimumEngagementMultiplier, options.MaximumEngagementMultiplier);

            var viewsPerVideo = inputs.ViewsPerVideo;
            var viewsCpm = ViewsCpmRange(inputs, options);
            var perEngagement = PerEngagementRange(inputs, options);
            var tier = inputs.Tier;
            var tierBase = TierBaseOf(inputs);
            var tierPrice = TierRange(inputs);
            var methods = options.Methods;
            return new BrandDealsFigures
            {
                Methods = methods,
                InteractionsPerVideo = perVideo,
                EngagementRateByFollowers = engagementRate,
                EngagementMultiplier = multiplier,
                WeightedThousandFollowers = weightedThousands,
                PerThousandFollowers = perThousand,
                ViewsPerVideo = viewsPerVideo,
                ViewsAreMedian = inputs.ViewsAreMedian,
                ViewsCpm = viewsCpm,
                PerEngagement = perEngagement,
                TierName = inputs.TierName,
                TierMinimumFollowers = tier?.MinimumFollowers ?? 0,
                TierBase = tierBase,
                Tier = tierPrice,
                Band = inputs.Band,
                GivenRate = inputs.GivenRate,
                GivenRateByViews = inputs.GivenRateByViews,
                PerPost = Combine(methods, perThousand, viewsCpm, perEngagement, tierPrice),
            };
        }

        // Each method's price range; Compute and TotalRange use these, so they agree to the last digit.
        private static ValueRange PerThousandRange(in MethodInputs inputs, BrandDealsOptions options)
        {
            var rate = options.RatePerThousandFollowers;
            var weighted = inputs.WeightedThousands;
            return new ValueRange(PerThousandFollowersAt(weighted, rate.Low), PerThousandFollowersAt(weighted, rate.Expected), PerThousandFollowersAt(weighted, rate.High));
        }

        private static ValueRange ViewsCpmRange(in MethodInputs inputs, BrandDealsOptions options)
        {
            var cpm = options.CpmPerThousandViews;
            var views = inputs.ViewsPerVideo;
            return new ValueRange(ViewsCpmAt(views, cpm.Low), ViewsCpmAt(views, cpm.Expected), ViewsCpmAt(views, cpm.High));
        }

        private static ValueRange PerEngagementRange(in MethodInputs inputs, BrandDealsOptions options)
        {
            var cpe = options.CostPerEngagement;
            var perVideo = inputs.PerVideo;
            return new ValueRange(PerEngagementAt(perVideo, cpe.Low), PerEngagementAt(perVideo, cpe.Expected), PerEngagementAt(perVideo, cpe.High));
        }

        /// <summary>The tier's price before the engagement band's multiplier (zero below the smallest tier).</summary>
        private static ValueRange TierBaseOf(in MethodInputs inputs) => inputs.Tier is { } tier ? tier.Price.ToValueRange() : ValueRange.Exactly(0m);

        /// <summary>The tier's price, times the band's multiplier when bands are configured.</summary>
        private static ValueRange TierRange(in MethodInputs inputs)
        {
            var tierBase = TierBaseOf(inputs);
            return inputs.Band is null ? tierBase : new ValueRange(inputs.TierPriceAt(tierBase.Low), inputs.TierPriceAt(tierBase.Expected), inputs.TierPriceAt(tierBase.High));
        }

        // One price per method at one point of the range; both paths use these, so they agree to the last digit.
        private static decimal PerThousandFollowersAt(decimal weightedThousands, decimal rate) => weightedThousands * rate;

        private static decimal ViewsCpmAt(decimal viewsPerVideo, decimal cpm) => viewsPerVideo * cpm / 1000m;

        private static decimal PerEngagementAt(decimal interactionsPerVideo, decimal costPerEngagement) => interactionsPerVideo * costPerEngagement;

        /// <summary>Low = the lowest method low, high = the highest method high, expected = the median of the methods' expected prices.</summary>
        private static ValueRange Combine(BrandDealPricingMethods methods, in ValueRange a, in ValueRange b, in ValueRange c, in ValueRange d)
        {
            if (methods == BrandDealPricingMethods.All)
            {
                // Every method (the default): the same comparisons, in the same order, as the general loop below.
                var lowest = Math.Min(Math.Min(Math.Min(Math.Min(decimal.MaxValue, a.Low), b.Low), c.Low), d.Low);
                var highest = Math.Max(Math.Max(Math.Max(Math.Max(0m, a.High), b.High), c.High), d.High);
                return new ValueRange(lowest, MedianOfExpected(methods, a.Expected, b.Expected, c.Expected, d.Expected), highest);
            }

            var count = 0;
            decimal low = decimal.MaxValue, high = 0m;
            Bounds(methods, BrandDealPricingMethods.PerThousandFollowers, a, ref count, ref low, ref high);
            Bounds(methods, BrandDealPricingMethods.ViewsCpm, b, ref count, ref low, ref high);
            Bounds(methods, BrandDealPricingMethods.PerEngagement, c, ref count, ref low, ref high);
            Bounds(methods, BrandDealPricingMethods.FollowerTiers, d, ref count, ref low, ref high);
            return count == 0 ? ValueRange.Exactly(0m) : new ValueRange(low, MedianOfExpected(methods, a.Expected, b.Expected, c.Expected, d.Expected), high);
        }

        private static void Bounds(BrandDealPricingMethods methods, BrandDealPricingMethods method, in ValueRange price, ref int count, ref decimal low, ref decimal high)
        {
            if ((methods & method) != 0)
            {
                count++;
                low = Math.Min(low, price.Low);
                high = Math.Max(high, price.High);
            }
        }

        /// <summary>The median of the enabled methods' expected prices (0 when none is enabled).</summary>
        private static decimal MedianOfExpected(BrandDealPricingMethods methods, decimal a, decimal b, decimal c, decimal d)
        {
            if (methods == BrandDealPricingMethods.All)
            {
                // Every method (the default): the four values in the order the general path collects them.
                return Median(4, a, b, c, d);
            }

            var count = 0;
            decimal e0 = 0m, e1 = 0m, e2 = 0m, e3 = 0m;
            Add(methods, BrandDealPricingMethods.PerThousandFollowers, a, ref count, ref e0, ref e1, ref e2, ref e3);
            Add(methods, BrandDealPricingMethods.ViewsCpm, b, ref count, ref e0, ref e1, ref e2, ref e3);
            Add(methods, BrandDealPricingMethods.PerEngagement, c, ref count, ref e0, ref e1, ref e2, ref e3);
            Add(methods, BrandDealPricingMethods.FollowerTiers, d, ref count, ref e0, ref e1, ref e2, ref e3);
            return count == 0 ? 0m : Median(count, e0, e1, e2, e3);
        }

        private static void Add(BrandDealPricingMethods methods, BrandDealPricingMethods method, decimal expected, ref int count, ref decimal e0, ref decimal e1, ref decimal e2, ref decimal e3)
        {
            if ((methods & method) == 0)
            {
                return;
            }

            switch (count++)
            {
                case 0: e0 = expected; break;
                case 1: e1 = expected; break;
                case 2: e2 = expected; break;
                default: e3 = expected; break;
            }
        }

        /// <summary>The median of the first <paramref name="count"/> values (1 to 4), sorted in place without allocating.</summary>
        private static decimal Median(int count, decimal e0, decimal e1, decimal e2, decimal e3)
        {
            switch (count)
            {
                case 1:
                    return e0;
                case 2:
                    return (e0 + e1) / 2m;
                case 3:
                    Order(ref e0, ref e1);
                    Order(ref e1, ref e2);
                    Order(ref e0, ref e1);
                    return e1;
                default:
                    Order(ref e0, ref e1);
                    Order(ref e2, ref e3);
                    Order(ref e0, ref e2);
                    Order(ref e1, ref e3);
                    Order(ref e1, ref e2);
                    return (e1 + e2) / 2m;
            }
        }

        private static void Order(ref decimal x, ref decimal y)
        {
            if (x > y)
            {
                (x, y) = (y, x);
            }
        }

        private static decimal Clamp(decimal value, decimal min, decimal max) => value < min ? min : value > max ? max : value;

        /// <summary>What the four pricing methods price, worked out once from the snapshot; both paths start from it.</summary>
        private readonly struct MethodInputs
        {
            /// <summary>Gets the counted interactions per video, or the snapshot's engagement rate × followers or × views per video.</summary>
            public decimal PerVideo { get; init; }

            /// <summary>Gets followers ÷ 1,000 × the engagement multiplier (continuous or the band's).</summary>
            public decimal WeightedThousands { get; init; }

            public decimal ViewsPerVideo { get; init; }

            public bool ViewsAreMedian { get; init; }

            /// <summary>Gets the snapshot's engagement rate when given, and whether it is by views.</summary>
            public decimal? GivenRate { get; init; }

            public bool GivenRateByViews { get; init; }

            public string? TierName { get; init; }

            /// <summary>Gets the largest tier the creator's followers reach, or <see langword="null"/> below the smallest.</summary>
            public BrandDealTierOptions? Tier { get; init; }

            /// <summary>Gets the engagement band the creator is in, when bands are configured.</summary>
            public BrandDealEngagementBandOptions? Band { get; init; }

            /// <summary>Gets the tier's price at one point, times the band's multiplier when bands are configured.</summary>
            public decimal TierPriceAt(decimal price) => Band is { } band ? price * band.Multiplier : price;

            /// <param name="snapshot">The creator.</param>
            /// <param name="options">The options.</param>
            /// <param name="counted">The interactions the engagement rate counts.</param>
            /// <param name="tiers">The options' follower tiers in the table's order (<see cref="BrandDealsResolved.Tiers"/>).</param>
            public static MethodInputs Of(CreatorSnapshot snapshot, BrandDealsOptions options, EngagementInteractions counted, KeyValuePair<string, BrandDealTierOptions>[] tiers)
            {
                var videos = snapshot.Videos;
                var followers = snapshot.Profile.Followers;
                var posted = videos.VideosPosted;
                var median = snapshot.BrandDeals?.MedianViewsPerVideo;
                var viewsPerVideo = median ?? (posted > 0 ? (decimal)videos.Views / posted : 0m);

                decimal perVideo;
                decimal? given = null;
                var byViews = false;
                if (snapshot.BrandDeals?.EngagementRateByFollowers is { } rateByFollowers)
                {
                    given = (decimal)rateByFollowers;
                    perVideo = given.Value * followers;
                }
                else if (snapshot.BrandDeals?.EngagementRateByViews is { } rateByViews)
                {
                    given = (decimal)rateByViews;
                    byViews = true;
                    perVideo = given.Value * viewsPerVideo;
                }
                else
                {
                    var interactions = videos.CountInteractions(counted);
                    perVideo = posted > 0 ? interactions / posted : 0m;
                }

                BrandDealEngagementBandOptions? band = null;
                decimal weightedThousands;
                if (options.EngagementBands is { Count: > 0 } bands)
                {
                    var rate = followers > 0 ? perVideo / followers : 0m;
                    foreach (var candidate in bands)
                    {
                        if (candidate.MinimumEngagementRate <= rate && (band is null || candidate.MinimumEngagementRate > band.MinimumEngagementRate))
                        {
                            band = candidate;
                        }
                    }

                    weightedThousands = followers * band!.Multiplier / 1000m;
                }
                else
                {
                    // F/1000 × rate × clamp(ER / ref, lo, hi) with ER = perVideo / F, rewritten as clamp(perVideo / ref, lo·F, hi·F) / 1000 × rate:
                    // the same number, but computed so that more followers or interactions can never round it down.
                    var lowBound = options.MinimumEngagementMultiplier * followers;
                    var highBound = options.MaximumEngagementMultiplier * followers;
                    weightedThousands = Clamp(perVideo / options.ReferenceEngagementRate, lowBound, highBound) / 1000m;
                }

                string? tierName = null;
                BrandDealTierOptions? tier = null;
                foreach (var pair in tiers)
                {
                    if (pair.Value.MinimumFollowers <= followers && (tier is null || pair.Value.MinimumFollowers > tier.MinimumFollowers))
                    {
                        (tierName, tier) = (pair.Key, pair.Value);
                    }
                }

                return new MethodInputs
                {
                    PerVideo = perVideo,
                    WeightedThousands = weightedThousands,
                    ViewsPerVideo = viewsPerVideo,
                    ViewsAreMedian = median.HasValue,
                    GivenRate = given,
                    GivenRateByViews = byViews,
                    TierName = tierName,
                    Tier = tier,
                    Band = band,
                };
            }
        }

        /// <summary>One point of the range after the price per post: content type, usage rights, posts. Both paths use it.</summary>
        private readonly struct PostPoint
        {
            private PostPoint(decimal afterContentType, decimal adjusted, decimal total)
            {
                AfterContentType = afterContentType;
                Adjusted = adjusted;
                Total = total;
            }

            public decimal AfterContentType { get; }

            public decimal Adjusted { get; }

            public decimal Total { get; }

            /// <param name="perPost">The price per post at this point.</param>
            /// <param name="contentMultiplier">The content type's multiplier, or <see langword="null"/> when it is exactly 1 (<see cref="BrandDealsResolved.ContentFactor"/>).</param>
            /// <param name="premiumFactor">1 + the premiums at this point, or <see langword="null"/> when exactly 1 (<see cref="BrandDealsResolved.PostFactorLow"/> and its siblings).</param>
            /// <param name="posts">The sponsored posts in the period.</param>
            public static PostPoint Of(decimal perPost, decimal? contentMultiplier, decimal? premiumFactor, decimal posts)
            {
                // A factor of exactly 1 (scale 0) leaves a product's digits and scale as they are, so it is skipped.
                var afterContentType = contentMultiplier is { } content ? perPost * content : perPost;
                var adjusted = premiumFactor is { } premium ? afterContentType * premium : afterContentType;
                return new PostPoint(afterContentType, adjusted, adjusted * posts);
            }
        }
    }
}
