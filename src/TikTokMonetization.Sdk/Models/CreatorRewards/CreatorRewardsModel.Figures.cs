using TikTokMonetization.Creators;
using TikTokMonetization.Models.Common;

namespace TikTokMonetization.Models.CreatorRewards;

internal sealed partial class CreatorRewardsModel
{
    /// <summary>
    /// The numbers of one estimate, computed once and shared by the fast path and the breakdown. Every score is in [0, 1]
    /// and never falls when its driver rises, so the pay never falls when a driver rises.
    /// </summary>
    private readonly struct CreatorRewardsFigures
    {
        /// <summary>Gets the four scores and their weighted mean.</summary>
        public ScoreSet Scores { get; init; }

        public ValueRange BaseRpm { get; init; }

        /// <summary>Gets the follower-dependent RPM term, when configured.</summary>
        public decimal? FollowerTerm { get; init; }

        /// <summary>Gets the RPM before multipliers plus the follower term (the RPM before multipliers when it is off).</summary>
        public ValueRange RpmWithFollowers { get; init; }

        public string? AudienceRegion { get; init; }

        public decimal CountryMultiplier { get; init; }

        public bool CountryListed { get; init; }

        public decimal NicheMultiplier { get; init; }

        public bool NicheListed { get; init; }

        public ValueRange CountryRpm { get; init; }

        public ValueRange Rpm { get; init; }

        public long PaidViews { get; init; }

        public decimal PaidThousands { get; init; }

        public ValueRange Pay { get; init; }

        public static CreatorRewardsFigures Compute(CreatorSnapshot snapshot, CreatorRewardsOptions options, CreatorRewardsProgramOptions program, EngagementInteractions interactions)
        {
            var videos = snapshot.Videos;
            var profile = snapshot.Profile;
            var scores = ScoreSet.Of(snapshot, options.Scoring, interactions, unitWeights: false);
            var score = scores.Score;

            var low = program.RpmLow;
            var high = Math.Max(low, program.RpmHigh);
            var expected = ExpectedRpm(score, low, high);
            var baseRpm = new ValueRange(low, expected, high);
            decimal? followerTerm = null;
            var withFollowers = baseRpm;
            if (program.RpmPerMillionFollowers is { } perMillion)
            {
                followerTerm = FollowerTermOf(perMillion, profile);
                withFollowers = baseRpm + ValueRange.Exactly(followerTerm.Value);
            }

            var audience = profile.AudienceRegion ?? profile.Region;
            var country = Multiplier(options.CountryMultipliers, audience, out var countryListed);
            var niche = Multiplier(options.NicheMultipliers, profile.Niche, out var nicheListed);
            var countryRpm = withFollowers.Scale(country);
            var rpm = countryRpm.Scale(niche);

            var paidViews = PaidViewsOf(options, videos);
            var thousands = paidViews / 1000m;
            return new CreatorRewardsFigures
            {
                Scores = scores,
                BaseRpm = baseRpm,
                FollowerTerm = followerTerm,
                RpmWithFollowers = withFollowers,
                AudienceRegion = audience,
                CountryMultiplier = country,
                CountryListed = countryListed,
                NicheMultiplier = niche,
                NicheListed = nicheListed,
                CountryRpm = countryRpm,
                Rpm = rpm,
                PaidViews = paidViews,
                PaidThousands = thousands,
                Pay = rpm.Scale(thousands),
            };
        }

        /// <summary>
        /// <see cref="Compute"/>'s <c>Pay</c> alone, for the estimate: the same scores and the same operations in the same
        /// order, without the figures only the breakdown shows. Equal to the last digit (a law checks it).
        /// </summary>
        public static ValueRange PayRange(CreatorSnapshot snapshot, CreatorRewardsOptions options, CreatorRewardsProgramOptions program, EngagementInteractions interactions, bool unitWeights)
        {
            var profile = snapshot.Profile;
            var score = ScoreSet.Of(snapshot, options.Scoring, interactions, unitWeights).Score;
            var low = program.RpmLow;
            var high = Math.Max(low, program.RpmHigh);
            var rpm = new ValueRange(low, ExpectedRpm(score, low, high), high);
            if (program.RpmPerMillionFollowers is { } perMillion)
            {
                rpm += ValueRange.Exactly(FollowerTermOf(perMillion, profile));
            }

            rpm = rpm.Scale(Multiplier(options.CountryMultipliers, profile.AudienceRegion ?? profile.Region, out _));
            rpm = rpm.Scale(Multiplier(options.NicheMultipliers, profile.Niche, out _));
            return rpm.Scale(PaidViewsOf(options, snapshot.Videos) / 1000m);
        }

        /// <summary>
        /// <see cref="Compute"/>'s <c>Pay.Expected</c> alone, for the fast path: the same scores and the same decimal
        /// operations in the same order on the expected point (a range's <c>+</c> and <c>Scale</c> work point by point),
        /// without the low and high points, the figures struct or the breakdown's values. Equal to the last digit.
        /// </summary>
        public static decimal ExpectedPay(CreatorSnapshot snapshot, CreatorRewardsOptions options, CreatorRewardsProgramOptions program, EngagementInteractions interactions, bool unitWeights)
        {
            var profile = snapshot.Profile;
            var score = ScoreSet.Of(snapshot, options.Scoring, interactions, unitWeights).Score;
            var low = program.RpmLow;
            var rpm = ExpectedRpm(score, low, Math.Max(low, program.RpmHigh));
            if (program.RpmPerMillionFollowers is { } perMillion)
            {
                rpm += FollowerTermOf(perMillion, profile);
            }

            // An unlisted key's multiplier is 1 with no decimal places, by which a product is the other operand to the last
            // digit and scale: skipped, as ValueRange.Scale skips it on the range's side.
            var country = Multiplier(options.CountryMultipliers, profile.AudienceRegion ?? profile.Region, out var countryListed);
            if (countryListed)
            {
                rpm *= country;
            }

            var niche = Multiplier(options.NicheMultipliers, profile.Niche, out var nicheListed);
            if (nicheListed)
            {
                rpm *= niche;
            }

            return rpm * (PaidViewsOf(options, snapshot.Videos) / 1000m);
        }

        private static decimal ExpectedRpm(decimal score, decimal low, decimal high) => Clamp(low + (score * (high - low)), low, high);

        private static decimal FollowerTermOf(decimal perMillion, CreatorProfile profile) => perMillion * (profile.Followers / 1_000_000m);

        private static long PaidViewsOf(CreatorRewardsOptions options, ShortVideoStats videos) =>
            options.Program == CreatorRewardsProgram.CreatorFund ? videos.Views : videos.QualifiedViews;

        /// <summary>The four scores and their weighted mean, shared by <see cref="Compute"/> and <see cref="ExpectedPay"/>.</summary>
        internal readonly struct ScoreSet
        {
            public decimal Originality { get; init; }

            public decimal? Finish { get; init; }

            public decimal? Watch { get; init; }

            public decimal PlayDuration { get; init; }

            public decimal Search { get; init; }

            /// <summary>Gets the engagement rate by views, or <see langword="null"/> when there are no views to divide by.</summary>
            public decimal? Rate { get; init; }

            public decimal Engagement { get; init; }

            public decimal Points { get; init; }

            public decimal Total { get; init; }

            public decimal Score { get; init; }

            /// <summary>
            /// The scores of <paramref name="snapshot"/>. With <paramref name="unitWeights"/> (every weight exactly 1 with no
            /// decimal places, <see cref="AreUnitWeights"/>), the products by the weights are skipped: each is the score itself
            /// to the last digit and scale, and the total is 4 either way.
            /// </summary>
            public static ScoreSet Of(CreatorSnapshot snapshot, CreatorRewardsScoringOptions scoring, EngagementInteractions interactions, bool unitWeights)
            {
                var videos = snapshot.Videos;
                var neutral = scoring.NeutralScore;

                var originality = videos.OriginalShare is { } original ? Ratio(original, 1m) : neutral;
                decimal? finish = videos.FinishRate is { } f ? Ratio(f, scoring.TargetFinishRate) : null;
                decimal? watch = videos.AverageWatchSeconds is { } w ? Ratio(w, scoring.TargetWatchSeconds) : null;
                var playDuration = (finish, watch) switch
                {
                    ({ } a, { } b) => (a + b) / 2m,
                    ({ } a, null) => a,
                    (null, { } b) => b,
                    _ => neutral,
                };
                var search = videos.SearchViewShare is { } s ? Ratio(s, scoring.SearchViewShareCap) : neutral;

                // Engagement by views, not by followers: Creator Rewards pays for views, and TikTok's reach goes beyond followers.
                // The engagement rate by views as CreatorSnapshot.GetEngagement gives it (interactions ÷ views as a double),
                // without the six other ratios it computes.
                decimal? rate = videos.Views > 0 ? (decimal)((double)videos.CountInteractions(interactions) / videos.Views) : null;
                var engagement = rate is { } r ? Math.Min(1m, r / scoring.EngagementRateCap) : neutral;

                var points = unitWeights
                    ? originality + playDuration + search + engagement
                    : (scoring.OriginalityWeight * originality) + (scoring.PlayDurationWeight * playDuration) + (scoring.SearchValueWeight * search) + (scoring.EngagementWeight * engagement);
                var total = scoring.OriginalityWeight + scoring.PlayDurationWeight + scoring.SearchValueWeight + scoring.EngagementWeight;
                return new ScoreSet
                {
                    Originality = originality,
                    Finish = finish,
                    Watch = watch,
                    PlayDuration = playDuration,
                    Search = search,
                    Rate = rate,
                    Engagement = engagement,
                    Points = points,
                    Total = total,
                    Score = total > 0m ? Clamp(points / total, 0m, 1m) : neutral,
                };
            }
        }

        /// <summary>Whether every weight is exactly 1 with no decimal places (<see cref="ExactFactors"/>); read once per options instance.</summary>
        public static bool AreUnitWeights(CreatorRewardsScoringOptions scoring) =>
            ExactFactors.IsExactlyOne(scoring.OriginalityWeight) && ExactFactors.IsExactlyOne(scoring.PlayDurationWeight)
            && ExactFactors.IsExactlyOne(scoring.SearchValueWeight) && ExactFactors.IsExactlyOne(scoring.EngagementWeight);

        /// <summary>value ÷ target, at most 1; compared as doubles first so that a huge value never overflows decimal.</summary>
        private static decimal Ratio(double value, decimal target) =>
            value >= (double)target ? 1m : Clamp((decimal)value / target, 0m, 1m);

        private static decimal Clamp(decimal value, decimal min, decimal max) => Math.Min(max, Math.Max(min, value));

        /// <summary>Looks a key up case-insensitively, without allocating, whatever comparer the table was built with; 1 when absent.</summary>
        private static decimal Multiplier(Dictionary<string, decimal>? table, string? key, out bool listed)
        {
            listed = false;
            if (table is null || key is null || table.Count == 0)
            {
                return 1m;
            }

            if (ReferenceEquals(table.Comparer, StringComparer.OrdinalIgnoreCase))
            {
                listed = table.TryGetValue(key, out var value);
                return listed ? value : 1m;
            }

            foreach (var pair in table)
            {
                if (string.Equals(pair.Key, key, StringComparison.OrdinalIgnoreCase))
                {
                    listed = true;
                    return pair.Value;
                }
            }

            return 1m;
        }
    }
}
