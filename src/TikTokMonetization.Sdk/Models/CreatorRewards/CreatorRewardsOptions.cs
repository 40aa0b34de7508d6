using Microsoft.Extensions.Options;

namespace TikTokMonetization.Models.CreatorRewards;

/// <summary>
/// Options of the Creator Rewards model: which program to estimate (the current Creator Rewards Program or the legacy
/// Creator Fund), each program's RPM range and eligibility rules, how the RPM drivers are scored, and the audience
/// country and niche multipliers. Every default is documented with its source in <c>docs/models/creator-rewards.md</c>.
/// </summary>
/// <remarks>
/// <para>
/// pay = paid views ÷ 1,000 × RPM × country multiplier × niche multiplier, where the paid views are the qualified
/// views for Creator Rewards and all views for the Creator Fund, and the expected RPM sits between the program's low
/// and high RPM according to <see cref="Scoring"/>.
/// </para>
/// <para>Bind from the <c>TikTokMonetization:CreatorRewards</c> section or configure in code; validated when the app starts. Not thread-safe while being configured; the SDK only reads it afterwards.</para>
/// </remarks>
public sealed class CreatorRewardsOptions
{
    /// <summary>Gets or sets the program to estimate. The stream's name stays <c>creator-rewards</c>; its display name follows the program.</summary>
    /// <value>The default value is <see cref="CreatorRewardsProgram.CreatorRewards"/>, the program TikTok runs since March 2024.</value>
    public CreatorRewardsProgram Program { get; set; } = CreatorRewardsProgram.CreatorRewards;

    /// <summary>Gets or sets the RPM range and eligibility rules of the Creator Rewards Program.</summary>
    /// <value>The default value is the program's documented defaults (see <see cref="CreatorRewardsProgramOptions"/>): US$0.40-1.00 per 1,000 qualified views; 18+ (19 in KR), 10,000 followers, 100,000 views in 30 days, a personal account, a video of a minute or more, eight regions.</value>
    [ValidateObjectMembers]
    public CreatorRewardsProgramOptions CreatorRewards { get; set; } = new(CreatorRewardsProgram.CreatorRewards);

    /// <summary>Gets or sets the RPM range and eligibility rules of the legacy Creator Fund.</summary>
    /// <value>The default value is the fund's documented defaults (see <see cref="CreatorRewardsProgramOptions"/>): US$0.02-0.04 per 1,000 views; 18+, 10,000 followers, 100,000 views in 30 days, six regions.</value>
    [ValidateObjectMembers]
    public CreatorRewardsProgramOptions CreatorFund { get; set; } = new(CreatorRewardsProgram.CreatorFund);

    /// <summary>Gets or sets how originality, play duration, search value and audience engagement place the expected RPM in its range.</summary>
    /// <value>The default value is equal weights, a neutral score of 0.5 for unknown drivers, and the caps documented on <see cref="CreatorRewardsScoringOptions"/>.</value>
    [ValidateObjectMembers]
    public CreatorRewardsScoringOptions Scoring { get; set; } = new();

    /// <summary>
    /// Gets or sets RPM multipliers by audience country (ISO 3166-1 alpha-2, case-insensitive), applied to low,
    /// expected and high RPM. The audience country is <c>Profile.AudienceRegion</c>, or <c>Profile.Region</c> when it is
    /// not given; a country without an entry uses 1.
    /// </summary>
    /// <value>
    /// Each 0 to 100. The default value is calculatecreator.com's regional multipliers (17 Feb 2026), at the midpoint of
    /// each published range: US 1; CA, GB, AU 0.8; DE, FR, ES 0.6; BR, MX, AR 0.4; IN, ID, PH 0.225. Other countries
    /// (JP and KR among them) use 1.
    /// </value>
    public Dictionary<string, decimal> CountryMultipliers { get; set; } = CreatorRewardsDefaults.NewCountryMultipliers();

    /// <summary>
    /// Gets or sets RPM multipliers by content niche (<c>Profile.Niche</c>, case-insensitive), applied to low, expected
    /// and high RPM; a niche without an entry uses 1.
    /// </summary>
    /// <value>Each 0 to 100. The default value is empty (every niche 1): published niche figures are RPM ranges from a few calculators, not multipliers, and disagree (see the docs).</value>
    public Dictionary<string, decimal> NicheMultipliers { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
