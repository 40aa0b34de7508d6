using TikTokMonetization.Models.Common;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Models.BrandDeals;

internal sealed partial class BrandDealsModel
{
    /// <summary>
    /// What a brand-deals estimate needs from the options alone, looked up and formatted once per options instance (see
    /// <see cref="PerOptionsCache{TOptions, TValue}"/>): the currency, the content type's multiplier, and the breakdown's
    /// option-only text.
    /// </summary>
    /// <remarks>Immutable and thread-safe, as long as the options are not changed after they are built.</remarks>
    private sealed class BrandDealsResolved
    {
        public BrandDealsResolved(BrandDealsOptions options)
        {
            Currency = Currency.FromCode(options.Currency);
            ContentMultiplier = options.ContentTypeMultipliers.TryGetValue(options.ContentType, out var multiplier) ? multiplier : 1m;
            var code = Currency.Code;
            PerPost = code + " per post";
            PerThousandFollowers = code + " per 1,000 followers";
            PerThousandViews = code + " per 1,000 views";
            PerEngagement = code + " per engagement";
            ContentTypeLabel = $"Content type '{options.ContentType}'";
            ContentTypeSource = ContentTypeSourceOf(options, ContentMultiplier);
            EngagementMultiplierUnit = FormattableString.Invariant($"per reference rate {options.ReferenceEngagementRate}");
            Tiers = [.. options.FollowerTiers];
            ContentFactor = ExactFactors.UnlessExactlyOne(ContentMultiplier);
            PostFactorLow = ExactFactors.UnlessExactlyOne(1m + BrandDealsFigures.Premium(options, RangePoint.Low));
            PostFactorExpected = ExactFactors.UnlessExactlyOne(1m + BrandDealsFigures.Premium(options, RangePoint.Expected));
            PostFactorHigh = ExactFactors.UnlessExactlyOne(1m + BrandDealsFigures.Premium(options, RangePoint.High));
        }

        public Currency Currency { get; }

        /// <summary>Gets the multiplier of the configured content type, or 1 when the table does not list it.</summary>
        public decimal ContentMultiplier { get; }

        /// <summary>
        /// Gets the follower tiers in the table's own order, so that a look-up walks an array instead of enumerating the
        /// dictionary (the same tiers in the same order, so the same tier wins a tie).
        /// </summary>
        public KeyValuePair<string, BrandDealTierOptions>[] Tiers { get; }

        /// <summary>Gets the content type's multiplier, or <see langword="null"/> when it is exactly 1 (and so skipped).</summary>
        public decimal? ContentFactor { get; }

        /// <summary>
        /// Gets 1 + the premiums (usage rights, and exclusivity and whitelisting when sold) at the low point, or
        /// <see langword="null"/> when it is exactly 1 (no premium: the product by it is skipped).
        /// </summary>
        public decimal? PostFactorLow { get; }

        /// <summary>Gets 1 + the premiums at the expected point, or <see langword="null"/> when exactly 1.</summary>
        public decimal? PostFactorExpected { get; }

        /// <summary>Gets 1 + the premiums at the high point, or <see langword="null"/> when exactly 1.</summary>
        public decimal? PostFactorHigh { get; }

        public string PerPost { get; }

        public string PerThousandFollowers { get; }

        public string PerThousandViews { get; }

        public string PerEngagement { get; }

        public string ContentTypeLabel { get; }

        public string ContentTypeSource { get; }

        public string EngagementMultiplierUnit { get; }

        private static string ContentTypeSourceOf(BrandDealsOptions options, decimal multiplier)
        {
            foreach (var (name, value) in BrandDealsDefaults.ContentTypes)
            {
                if (string.Equals(name, options.ContentType, StringComparison.OrdinalIgnoreCase))
                {
                    return Provenance.Of(multiplier, value, BrandDealsDefaults.ContentTypeSource);
                }
            }

            return Provenance.Configured;
        }
    }
}
