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
                    lines.Add(new BreakdownLine(
                        "Observed price not used",
                        ValueRange.Exactly(unused.Amount),
                        unused.Currency.Code,
                        ValueRange.Exactly(0m),
                        $"{currency} per {unused.Currency.Code} (no rate)",
                        ValueRange.Exactly(0m),
                        currency,
                        $"the exchange-rate table ({engine.ExchangeRates.Source}) has no rate for {unused.Currency.Code} or {currency}; the pricing methods are used instead"));
                }

                AddMethods(lines, snapshot, options, engine.EngagementInteractions, figures, resolved);
            }

            lines.Add(new BreakdownLine(
                resolved.ContentTypeLabel,
                figures.PerPost,
                perPost,
                ValueRange.Exactly(figures.ContentMultiplier),
                "× content-type multiplier",
                figures.AfterContentType,
                perPost,
                resolved.ContentTypeSource));
            var rights = options.UsageRightsPremium;
            lines.Add(new BreakdownLine(
                "Usage rights",
                figures.AfterContentType,
                perPost,
                new ValueRange(1m + rights.Low, 1m + rights.Expected, 1m + rights.High),
                "× (1 + usage-rights premium)",
                figures.PerPostAdjusted,
                perPost,
                rights.Is(0m, 0m, 0m) ? D.NoUsageRightsSource : Provenance.Configured));
            lines.Add(new BreakdownLine(
                "Sponsored posts in the period",
                ValueRange.Exactly(figures.Posts),
                figures.PostsFromSnapshot ? "sponsored posts" : Invariant($"sponsored posts ({options.DefaultSponsoredPostsPer30Days} per 30 days × {snapshot.PeriodDays} days)"),
                figures.PerPostAdjusted,
                perPost,
                figures.Total,
                currency,
                figures.PostsFromSnapshot ? D.PostsSnapshotSource : Provenance.Of(options.DefaultSponsoredPostsPer30Days, D.DefaultSponsoredPostsPer30Days, D.PostsDefaultSource)));
            return lines;
        }

        private static void AddObserved(List<BreakdownLine> lines, in BrandDealsFigures figures, ExchangeRateOptions table, string currency, string perPost)
        {
            var price = figures.ObservedPrice!.Value;
            if (figures.ObservedFactor == 1m && price.Currency.Code == currency)
            {
                lines.Add(new BreakdownLine("Observed price per post", One, "sponsored post", figures.PerPost, perPost, figures.PerPost, perPost, D.ObservedSource));
                return;
            }

            lines.Add(new BreakdownLine(
                "Observed price per post (converted)",
                ValueRange.Exactly(price.Amount),
                price.Currency.Code + " per post",
                ValueRange.Exactly(figures.ObservedFactor),
                $"{currency} per {price.Currency.Code}",
                figures.PerPost,
                perPost,
                $"{D.ObservedSource}, converted with {table.Source}"));
        }

        private static void AddMethods(List<BreakdownLine> lines, CreatorSnapshot snapshot, BrandDealsOptions options, EngagementInteractions counted, in BrandDealsFigures figures, BrandDealsResolved resolved)
        {
            var perPost = resolved.PerPost;
            var methods = figures.Methods;
            var interactionsUnit = $"interactions per video ({Describe(counted)})";
            if ((methods & BrandDealPricingMethods.PerThousandFollowers) != 0)
            {
                var followers = snapshot.Profile.Followers;
                lines.Add(new BreakdownLine(
                    "Engagement rate by followers",
                    ValueRange.Exactly(figures.InteractionsPerVideo),
                    interactionsUnit,
                    ValueRange.Exactly(followers > 0 ? 1m / followers : 0m),
                    "per follower",
                    ValueRange.Exactly(figures.EngagementRateByFollowers),
                    "engagement rate",
                    "snapshot (Videos counts ÷ VideosPosted ÷ Profile.Followers; RevenueEngineOptions.EngagementInteractions)"));
                var engagementDefault = options.ReferenceEngagementRate == D.ReferenceEngagementRate
                    && options.MinimumEngagementMultiplier == D.MinimumEngagementMultiplier
                    && options.MaximumEngagementMultiplier == D.MaximumEngagementMultiplier;
                lines.Add(new BreakdownLine(
                    "Engagement multiplier",
                    ValueRange.Exactly(figures.EngagementRateByFollowers),
                    "engagement rate",
                    ValueRange.Exactly(1m / options.ReferenceEngagementRate),
                    resolved.EngagementMultiplierUnit,
                    ValueRange.Exactly(figures.EngagementMultiplier),
                    "× multiplier",
                    engagementDefault ? D.EngagementSource : Provenance.Configured));
                var rate = options.RatePerThousandFollowers;
                lines.Add(new BreakdownLine(
                    "Method: per 1,000 followers",
                    ValueRange.Exactly(figures.WeightedThousandFollowers),
                    Invariant($"thousand followers, engagement-weighted ({followers / 1000m} thousand × multiplier)"),
                    rate.ToValueRange(),
                    resolved.PerThousandFollowers,
                    figures.PerThousandFollowers,
                    perPost,
                    Provenance.Of(rate, D.RatePerThousandFollowersLow, D.RatePerThousandFollowersExpected, D.RatePerThousandFollowersHigh, D.PerFollowerSource)));
            }

            if ((methods & BrandDealPricingMethods.ViewsCpm) != 0)
            {
                var cpm = options.CpmPerThousandViews;
                lines.Add(new BreakdownLine(
                    "Method: CPM on views",
                    ValueRange.Exactly(figures.ViewsPerVideo / 1000m),
                    figures.ViewsAreMedian ? "thousand views per video (median, BrandDeals.MedianViewsPerVideo)" : "thousand views per video (average: Videos.Views ÷ VideosPosted)",
                    cpm.ToValueRange(),
                    resolved.PerThousandViews,
                    figures.ViewsCpm,
                    perPost,
                    Provenance.Of(cpm, D.CpmLow, D.CpmExpected, D.CpmHigh, D.CpmSource)));
            }

            if ((methods & BrandDealPricingMethods.PerEngagement) != 0)
            {
                var cpe = options.CostPerEngagement;
                lines.Add(new BreakdownLine(
                    "Method: per expected engagement",
                    ValueRange.Exactly(figures.InteractionsPerVideo),
                    "expected engagements per post (" + interactionsUnit + ")",
                    cpe.ToValueRange(),
                    resolved.PerEngagement,
                    figures.PerEngagement,
                    perPost,
                    Provenance.Of(cpe, D.CostPerEngagementLow, D.CostPerEngagementExpected, D.CostPerEngagementHigh, D.CpeSource)));
            }

            if ((methods & BrandDealPricingMethods.FollowerTiers) != 0)
            {
                lines.Add(figures.TierName is { } tier
                    ? new BreakdownLine(
                        $"Method: follower tier '{tier}'",
                        One,
                        "sponsored post",
                        figures.Tier,
                        Invariant($"{perPost} (tier from {figures.TierMinimumFollowers:#,0} followers)"),
                        figures.Tier,
                        perPost,
                        TierSource(tier, options.FollowerTiers[tier]))
                    : new BreakdownLine("Method: follower tier (below the smallest tier)", One, "sponsored post", figures.Tier, perPost, figures.Tier, perPost, "no tier starts at or below the creator's followers"));
            }

            lines.Add(new BreakdownLine("Price per post (methods combined)", One, "sponsored post", figures.PerPost, perPost, figures.PerPost, perPost, D.CombinedSource));
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
