using System.Globalization;
using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;
using D = TikTokMonetization.Models.BrandDeals.BrandDealsDefaults;

namespace TikTokMonetization.Models.BrandDeals;

internal sealed partial class BrandDealsModel
{
    /// <summary>Writes the breakdown of a brand-deals estimate from its computed figures, citing each rate's source.</summary>
    private static class BrandDealsBreakdown
    {
        private static readonly ValueRange One = ValueRange.Exactly(1m);

        public static List<BreakdownLine> Lines(CreatorSnapshot snapshot, BrandDealsOptions options, RevenueModelSettings engine, in BrandDealsFigures figures, BrandDealsResolved resolved)
        {
            var lines = new List<BreakdownLine>(10);
            var currency = resolved.Currency.Code;
            var perPost = resolved.PerPost;
            if (figures.Observed)
            {
                AddObserved(lines, figures, engine.ExchangeRates, currency, perPost);
            }
            else
            {
                if (figures.ObservedPrice is { } unused)
                {
                    lines.Add(BreakdownLine.For("Observed price not used")
                        .Quantity(unused.Amount, unused.Currency.Code).Times(0m, $"{currency} per {unused.Currency.Code} (no rate)")
                        .Gives(0m, currency, $"the exchange-rate table ({engine.ExchangeRates.Source}) has no rate for {unused.Currency.Code} or {currency}; the pricing methods are used instead"));
                }

                AddMethods(lines, snapshot, options, engine.EngagementInteractions, figures, resolved);
            }

            lines.Add(BreakdownLine.For(resolved.ContentTypeLabel)
                .Quantity(figures.PerPost, perPost).Times(figures.ContentMultiplier, "× content-type multiplier")
                .Gives(figures.AfterContentType, perPost, resolved.ContentTypeSource));
            var rights = options.UsageRightsPremium;
            if (BrandDealsFigures.HasAddOns(options))
            {
                AddAddOns(lines, options, figures, perPost);
            }
            else
            {
                lines.Add(BreakdownLine.For("Usage rights")
                    .Quantity(figures.AfterContentType, perPost).Times(ValueRange.Exactly(1m) + rights.ToValueRange(), "× (1 + usage-rights premium)")
                    .Gives(figures.PerPostAdjusted, perPost, rights.Is(0m, 0m, 0m) ? D.NoUsageRightsSource : Provenance.Configured));
            }

            var posts = figures.Posts == 1m ? "sponsored post" : "sponsored posts";
            lines.Add(BreakdownLine.For("Sponsored posts in the period")
                .Quantity(figures.Posts, figures.PostsFromSnapshot ? posts : Invariant($"{posts} ({options.DefaultSponsoredPostsPer30Days} per 30 days × {snapshot.PeriodDays} days)")).Times(figures.PerPostAdjusted, perPost)
                .Gives(figures.Total, currency, figures.PostsFromSnapshot ? D.PostsSnapshotSource : Provenance.Of(options.DefaultSponsoredPostsPer30Days, D.DefaultSponsoredPostsPer30Days, D.PostsDefaultSource)));
            return lines;
        }

        /// <summary>Each add-on's own amount (its range on the price after content type), then the price with all of them added.</summary>
        private static void AddAddOns(List<BreakdownLine> lines, BrandDealsOptions options, in BrandDealsFigures figures, string perPost)
        {
            var basePrice = figures.AfterContentType;
            var total = ValueRange.Exactly(1m);
            foreach (var (label, premium, source) in new[]
            {
                ("Add-on: paid usage rights", options.UsageRightsPremium, D.UsageRightsSource),
                ("Add-on: exclusivity", options.ExclusivityPremium, D.ExclusivitySource),
                ("Add-on: whitelisting", options.WhitelistingPremium, Provenance.Configured),
            })
            {
                var range = premium.ToValueRange();
                total += range;
                if (range.High > 0m)
                {
                    lines.Add(BreakdownLine.For(label)
                        .Quantity(basePrice, perPost).Times(range, "premium (share of the price)")
                        .Gives(ValueRange.Multiply(basePrice, range), perPost, source));
                }
            }

            lines.Add(BreakdownLine.For("Price per post with add-ons")
                .Quantity(basePrice, perPost).Times(total, "× (1 + the add-on premiums above)")
                .Gives(figures.PerPostAdjusted, perPost, D.AddOnsSource));
        }

        private static void AddObserved(List<BreakdownLine> lines, in BrandDealsFigures figures, ExchangeRateOptions table, string currency, string perPost)
        {
            var price = figures.ObservedPrice!.Value;
            if (figures.ObservedFactor == 1m && price.Currency.Code == currency)
            {
                lines.Add(BreakdownLine.For("Observed price per post")
                    .Quantity(One, "sponsored post").Times(figures.PerPost, perPost)
                    .Gives(figures.PerPost, perPost, D.ObservedSource));
                return;
            }

            lines.Add(BreakdownLine.For("Observed price per post (converted)")
                .Quantity(price.Amount, price.Currency.Code + " per post").Times(figures.ObservedFactor, $"{currency} per {price.Currency.Code}")
                .Gives(figures.PerPost, perPost, $"{D.ObservedSource}, converted with {table.Source}"));
        }

        private static void AddMethods(List<BreakdownLine> lines, CreatorSnapshot snapshot, BrandDealsOptions options, EngagementInteractions counted, in BrandDealsFigures figures, BrandDealsResolved resolved)
        {
            var perPost = resolved.PerPost;
            var methods = figures.Methods;
            var interactionsUnit = $"interactions per video ({Describe(counted)})";
            if (figures.GivenRate is { } given)
            {
                interactionsUnit = "interactions per video (from the snapshot's engagement rate)";
                lines.Add(figures.GivenRateByViews
                    ? BreakdownLine.For("Interactions per video from the engagement rate by views")
                        .Quantity(given, "engagement rate by views").Times(figures.ViewsPerVideo, figures.ViewsAreMedian ? "views per video (median)" : "views per video (average)")
                        .Gives(figures.InteractionsPerVideo, "interactions per video", D.EngagementRateByViewsSource)
                    : BreakdownLine.For("Interactions per video from the engagement rate by followers")
                        .Quantity(given, "engagement rate by followers").Times(snapshot.Profile.Followers, "followers")
                        .Gives(figures.InteractionsPerVideo, "interactions per video", D.EngagementRateByFollowersSource));
            }

            if ((methods & BrandDealPricingMethods.PerThousandFollowers) != 0)
            {
                var followers = snapshot.Profile.Followers;
                lines.Add(BreakdownLine.For("Engagement rate by followers")
                    .Quantity(figures.InteractionsPerVideo, interactionsUnit).Times(followers > 0 ? 1m / followers : 0m, "per follower")
                    .Gives(figures.EngagementRateByFollowers, "engagement rate", figures.GivenRate is null ? D.CountedEngagementRateSource : D.GivenEngagementRateSource));
                var engagementDefault = options.ReferenceEngagementRate == D.ReferenceEngagementRate
                    && options.MinimumEngagementMultiplier == D.MinimumEngagementMultiplier
                    && options.MaximumEngagementMultiplier == D.MaximumEngagementMultiplier;
                lines.Add(figures.Band is { } band
                    ? BreakdownLine.For("Engagement band multiplier")
                        .Quantity(1m, "band").Times(band.Multiplier, Invariant($"× multiplier of the band from engagement rate {band.MinimumEngagementRate}"))
                        .Gives(figures.EngagementMultiplier, "× multiplier", D.EngagementBandsSource)
                    : BreakdownLine.For("Engagement multiplier")
                        .Quantity(figures.EngagementRateByFollowers, "engagement rate").Times(1m / options.ReferenceEngagementRate, resolved.EngagementMultiplierUnit)
                        .Limited(options.MinimumEngagementMultiplier, options.MaximumEngagementMultiplier)
                        .Gives(figures.EngagementMultiplier, "× multiplier", engagementDefault ? D.EngagementSource : Provenance.Configured));
                var rate = options.RatePerThousandFollowers;
                lines.Add(BreakdownLine.For("Method: per 1,000 followers")
                    .Quantity(figures.WeightedThousandFollowers, Invariant($"thousand followers, engagement-weighted ({followers / 1000m} thousand × multiplier)")).Times(rate.ToValueRange(), resolved.PerThousandFollowers)
                    .Gives(figures.PerThousandFollowers, perPost, Provenance.Of(rate, D.RatePerThousandFollowersLow, D.RatePerThousandFollowersExpected, D.RatePerThousandFollowersHigh, figures.Band is null && engagementDefault ? D.PerFollowerSource : D.PerFollowerRateSource)));
            }

            if ((methods & BrandDealPricingMethods.ViewsCpm) != 0)
            {
                var cpm = options.CpmPerThousandViews;
                lines.Add(BreakdownLine.For("Method: CPM on views")
                    .Quantity(figures.ViewsPerVideo / 1000m, figures.ViewsAreMedian ? "thousand views per video (median, BrandDeals.MedianViewsPerVideo)" : "thousand views per video (average: Videos.Views ÷ VideosPosted)").Times(cpm.ToValueRange(), resolved.PerThousandViews)
                    .Gives(figures.ViewsCpm, perPost, Provenance.Of(cpm, D.CpmLow, D.CpmExpected, D.CpmHigh, D.CpmSource)));
            }

            if ((methods & BrandDealPricingMethods.PerEngagement) != 0)
            {
                var cpe = options.CostPerEngagement;
                lines.Add(BreakdownLine.For("Method: per expected engagement")
                    .Quantity(figures.InteractionsPerVideo, "expected engagements per post (" + interactionsUnit + ")").Times(cpe.ToValueRange(), resolved.PerEngagement)
                    .Gives(figures.PerEngagement, perPost, Provenance.Of(cpe, D.CostPerEngagementLow, D.CostPerEngagementExpected, D.CostPerEngagementHigh, D.CpeSource)));
            }

            if ((methods & BrandDealPricingMethods.FollowerTiers) != 0)
            {
                lines.Add(figures.TierName is { } tier
                    ? (figures.Band is { } tierBand
                        ? BreakdownLine.For($"Method: follower tier '{tier}'")
                            .Quantity(tierBand.Multiplier, "× engagement band multiplier").Times(figures.TierBase, Invariant($"{perPost} (tier from {figures.TierMinimumFollowers:#,0} followers)"))
                            .Gives(figures.Tier, perPost, TierSource(tier, options.FollowerTiers[tier]) + "; × the engagement band's multiplier")
                        : BreakdownLine.For($"Method: follower tier '{tier}'")
                            .Quantity(One, "sponsored post").Times(figures.Tier, Invariant($"{perPost} (tier from {figures.TierMinimumFollowers:#,0} followers)"))
                            .Gives(figures.Tier, perPost, TierSource(tier, options.FollowerTiers[tier])))
                    : BreakdownLine.For("Method: follower tier (below the smallest tier)")
                        .Quantity(One, "sponsored post").Times(figures.Tier, perPost)
                        .Gives(figures.Tier, perPost, "no tier starts at or below the creator's followers"));
            }

            lines.Add(BreakdownLine.For("Price per post (methods combined)")
                .Quantity(One, "sponsored post").Times(figures.PerPostBeforeNiche, perPost)
                .Gives(figures.PerPostBeforeNiche, perPost, D.CombinedSource));
            if (figures.NichePremium is { } niche)
            {
                lines.Add(BreakdownLine.For($"Niche premium '{snapshot.Profile.Niche}'")
                    .Quantity(figures.PerPostBeforeNiche, perPost).Times(1m + niche, "× (1 + niche premium)")
                    .Gives(figures.PerPost, perPost, D.NichePremiumSource));
            }
        }

        private static string TierSource(string name, BrandDealTierOptions tier)
        {
            foreach (var (defaultName, minimum, low, expected, high) in D.Tiers)
            {
                if (string.Equals(defaultName, name, StringComparison.OrdinalIgnoreCase))
                {
                    return tier.MinimumFollowers == minimum && tier.Price.Is(low, expected, high) ? D.TierSource : Provenance.Configured;
                }
            }

            return Provenance.Configured;
        }

        private static string Describe(EngagementInteractions counted)
        {
            var parts = new List<string>(4);
            if ((counted & EngagementInteractions.Likes) != 0)
            {
                parts.Add("likes");
            }

            if ((counted & EngagementInteractions.Comments) != 0)
            {
                parts.Add("comments");
            }

            if ((counted & EngagementInteractions.Shares) != 0)
            {
                parts.Add("shares");
            }

            if ((counted & EngagementInteractions.Saves) != 0)
            {
                parts.Add("saves");
            }

            return parts.Count == 0 ? "none counted" : string.Join(", ", parts);
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
