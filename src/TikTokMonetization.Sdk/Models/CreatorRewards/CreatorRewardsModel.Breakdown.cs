using TikTokMonetization.Creators;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.CreatorRewards;

internal sealed partial class CreatorRewardsModel
{
    /// <summary>Explains <see cref="CreatorRewardsFigures"/> step by step: each driver's score, the RPM, the multipliers and the pay.</summary>
    private static class CreatorRewardsBreakdown
    {
        private const string Score = "score (0 to 1)";

        // The weights' text depends on the options alone. Static, because only the breakdown reads it: models built from
        // different options take turns and rebuild it, which costs what building it every time did.
        private static readonly PerOptionsCache<CreatorRewardsScoringOptions, string> WeightsUnit = new(static scoring =>
            "weighted points (originality, play duration, search, engagement weights " + Text(scoring.OriginalityWeight) + "/" + Text(scoring.PlayDurationWeight) + "/" + Text(scoring.SearchValueWeight) + "/" + Text(scoring.EngagementWeight) + ")");

        public static List<BreakdownLine> Lines(CreatorSnapshot snapshot, CreatorRewardsOptions options, CreatorRewardsProgramOptions program, EngagementInteractions interactions, in CreatorRewardsFigures figures)
        {
            var videos = snapshot.Videos;
            var scoring = options.Scoring;
            var lines = new List<BreakdownLine>(13);

            lines.Add(videos.OriginalShare is { } original
                ? Driver("Originality score", (decimal)original, "original share", 1m, "score per original share", figures.Scores.Originality, CreatorRewardsDefaults.OriginalitySource)
                : Neutral("Originality score", "Videos.OriginalShare not given", figures.Scores.Originality));

            if (videos.FinishRate is { } finish)
            {
                lines.Add(Driver("Play duration: finish rate", (decimal)finish, "finish rate", 1m / scoring.TargetFinishRate, "score per finish rate", figures.Scores.Finish!.Value, CreatorRewardsDefaults.FinishRateSource, capped: true));
            }

            if (videos.AverageWatchSeconds is { } watch && figures.Scores.Watch is { } watchScore)
            {
                var seconds = watch >= (double)scoring.TargetWatchSeconds ? scoring.TargetWatchSeconds : (decimal)watch;
                lines.Add(Driver("Play duration: watch time", seconds, watch >= (double)scoring.TargetWatchSeconds ? "seconds watched per view (at least the target)" : "seconds watched per view", 1m / scoring.TargetWatchSeconds, "score per second", watchScore, CreatorRewardsDefaults.WatchTimeSource, capped: true));
            }

            var known = (figures.Scores.Finish.HasValue ? 1 : 0) + (figures.Scores.Watch.HasValue ? 1 : 0);
            lines.Add(known == 0
                ? Neutral("Play duration score", "Videos.FinishRate or Videos.AverageWatchSeconds not given", figures.Scores.PlayDuration)
                : Driver("Play duration score", (figures.Scores.Finish ?? 0m) + (figures.Scores.Watch ?? 0m), "sum of known play-duration scores", 1m / known, "average", figures.Scores.PlayDuration, CreatorRewardsDefaults.PlayDurationSource));

            lines.Add(videos.SearchViewShare is { } search
                ? Driver("Search value score", (decimal)search, "share of views from search", 1m / scoring.SearchViewShareCap, "score per share", figures.Scores.Search, CreatorRewardsDefaults.SearchSource, capped: true)
                : Neutral("Search value score", "Videos.SearchViewShare not given", figures.Scores.Search));

            lines.Add(figures.Scores.Rate is { } rate
                ? Driver("Audience engagement score", rate, "engagement rate by views (" + Describe(interactions) + " ÷ views)", 1m / scoring.EngagementRateCap, "score per rate", figures.Scores.Engagement, CreatorRewardsDefaults.EngagementSource, capped: true)
                : Neutral("Audience engagement score", "Videos.Views is 0", figures.Scores.Engagement, CreatorRewardsDefaults.NoViewsNeutralSource));

            lines.Add(BreakdownLine.For("RPM score")
                .Quantity(figures.Scores.Points, WeightsUnit.Get(scoring)).Times(figures.Scores.Total > 0m ? 1m / figures.Scores.Total : 0m, "per unit of total weight")
                .Gives(figures.Scores.Score, Score, AllDefaultWeights(scoring) ? CreatorRewardsDefaults.ScoreSource : Provenance.Configured));

            var fund = options.Program == CreatorRewardsProgram.CreatorFund;
            var usdPerThousand = fund ? "USD per 1,000 views" : "USD per 1,000 qualified views";
            lines.Add(BreakdownLine.For("RPM before multipliers")
                .Quantity(figures.Scores.Score, Score).Interpolating(figures.BaseRpm, usdPerThousand)
                .Gives(figures.BaseRpm, usdPerThousand, RpmSource(options.Program, program)));

            if (figures.FollowerTerm is { } term)
            {
                lines.Add(BreakdownLine.For("Follower-dependent RPM term")
                    .Quantity(snapshot.Profile.Followers / 1_000_000m, "million followers").Times(program.RpmPerMillionFollowers!.Value, usdPerThousand + " per million followers")
                    .Gives(term, usdPerThousand, CreatorRewardsDefaults.FollowerRpmSource));

                // A sum is not a product: the line is one view price at the RPM with the term, and its unit says how.
                lines.Add(BreakdownLine.For("RPM with the follower term")
                    .Quantity(1m, "RPM").Times(figures.RpmWithFollowers, Invariant($"{usdPerThousand} (RPM before multipliers + follower term {term})"))
                    .Gives(figures.RpmWithFollowers, usdPerThousand, CreatorRewardsDefaults.FollowerRpmSource));
            }

            lines.Add(BreakdownLine.For("Audience country multiplier")
                .Quantity(figures.RpmWithFollowers, usdPerThousand).Times(figures.CountryMultiplier, "× multiplier for " + (figures.AudienceRegion ?? "an unknown country"))
                .Gives(figures.CountryRpm, usdPerThousand, CountrySource(options, figures)));

            lines.Add(BreakdownLine.For("Niche multiplier")
                .Quantity(figures.CountryRpm, usdPerThousand).Times(figures.NicheMultiplier, "× multiplier for " + (snapshot.Profile.Niche is { } niche ? "niche '" + niche + "'" : "an unknown niche"))
                .Gives(figures.Rpm, usdPerThousand, figures.NicheListed ? Provenance.Configured : CreatorRewardsDefaults.NoMultiplierSource));

            lines.Add(BreakdownLine.For(fund ? "Creator Fund (all views)" : "Creator Rewards (qualified views)")
                .Quantity(figures.PaidThousands, fund ? "thousand views" : "thousand qualified views").Times(figures.Rpm, usdPerThousand)
                .Gives(figures.Pay, Currency.Usd.Code, fund ? CreatorRewardsDefaults.FundPaySource : CreatorRewardsDefaults.RewardsPaySource));
            return lines;
        }

        // A capped driver's score is its product held at 1 (the rule's "at most 1"), which its line says as its kind.
        private static BreakdownLine Driver(string label, decimal quantity, string quantityUnit, decimal rate, string rateUnit, decimal score, string source, bool capped = false)
        {
            var line = BreakdownLine.For(label).Quantity(quantity, quantityUnit).Times(rate, rateUnit);
            return (capped ? line.Limited(null, 1m) : line).Gives(score, Score, source);
        }

        private static BreakdownLine Neutral(string label, string reason, decimal score, string source = CreatorRewardsDefaults.NeutralSource) =>
            BreakdownLine.For(label)
                .Quantity(score, "neutral score (" + reason + ")").Times(1m, "score per neutral score")
                .Gives(score, Score, source);

        private static string RpmSource(CreatorRewardsProgram which, CreatorRewardsProgramOptions program) => which == CreatorRewardsProgram.CreatorFund
            ? Documented(program, CreatorRewardsDefaults.FundRpmLow, CreatorRewardsDefaults.FundRpmHigh, CreatorRewardsDefaults.FundRpmSource)
            : Documented(program, CreatorRewardsDefaults.RewardsRpmLow, CreatorRewardsDefaults.RewardsRpmHigh, CreatorRewardsDefaults.RewardsRpmSource);

        private static string Documented(CreatorRewardsProgramOptions program, decimal low, decimal high, string source) =>
            program.RpmLow == low && program.RpmHigh == high ? source : Provenance.Configured;

        private static string CountrySource(CreatorRewardsOptions options, in CreatorRewardsFigures figures)
        {
            if (!figures.CountryListed)
            {
                return figures.AudienceRegion is null ? "audience country not given: multiplier 1" : CreatorRewardsDefaults.NoMultiplierSource;
            }

            return CreatorRewardsDefaults.CountryMultipliers.TryGetValue(figures.AudienceRegion!, out var documented) && documented == figures.CountryMultiplier
                ? CreatorRewardsDefaults.CountrySource
                : Provenance.Configured;
        }

        private static bool AllDefaultWeights(CreatorRewardsScoringOptions scoring) =>
            scoring.OriginalityWeight == CreatorRewardsDefaults.Weight && scoring.PlayDurationWeight == CreatorRewardsDefaults.Weight
            && scoring.SearchValueWeight == CreatorRewardsDefaults.Weight && scoring.EngagementWeight == CreatorRewardsDefaults.Weight;

        private static string Describe(EngagementInteractions interactions)
        {
            var parts = new List<string>(4);
            if ((interactions & EngagementInteractions.Likes) != 0)
            {
                parts.Add("likes");
            }

            if ((interactions & EngagementInteractions.Comments) != 0)
            {
                parts.Add("comments");
            }

            if ((interactions & EngagementInteractions.Shares) != 0)
            {
                parts.Add("shares");
            }

            if ((interactions & EngagementInteractions.Saves) != 0)
            {
                parts.Add("saves");
            }

            return parts.Count == 0 ? "no interactions" : string.Join(" + ", parts);
        }

        private static string Text(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static string Invariant(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
