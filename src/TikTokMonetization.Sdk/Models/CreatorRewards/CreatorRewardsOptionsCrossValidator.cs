using System.Globalization;
using Microsoft.Extensions.Options;
using TikTokMonetization.Internal;
using TikTokMonetization.Models.Common;

namespace TikTokMonetization.Models.CreatorRewards;

/// <summary>Checks the rules of <see cref="CreatorRewardsOptions"/> that span fields: orderings, region codes, weights and table entries.</summary>
internal sealed class CreatorRewardsOptionsCrossValidator : IValidateOptions<CreatorRewardsOptions>
{
    private const string Path = "TikTokMonetization:CreatorRewards";

    public ValidateOptionsResult Validate(string? name, CreatorRewardsOptions options)
    {
        var builder = new ValidateOptionsResultBuilder();
        if (!Enum.IsDefined(typeof(CreatorRewardsProgram), options.Program))
        {
            builder.AddError($"{Path}:Program is {Text((int)options.Program)}; it must be 'CreatorRewards' or 'CreatorFund'.");
        }

        ValidateProgram(Path + ":CreatorRewards", options.CreatorRewards, builder);
        ValidateProgram(Path + ":CreatorFund", options.CreatorFund, builder);
        ValidateScoring(Path + ":Scoring", options.Scoring, builder);
        ValidateMultipliers(Path + ":CountryMultipliers", options.CountryMultipliers, regionKeys: true, builder);
        ValidateMultipliers(Path + ":NicheMultipliers", options.NicheMultipliers, regionKeys: false, builder);
        return builder.Build();
    }

    private static void ValidateProgram(string path, CreatorRewardsProgramOptions? program, ValidateOptionsResultBuilder builder)
    {
        if (program is null)
        {
            builder.AddError($"{path} is null; it must hold the program's RPM range and eligibility rules.");
            return;
        }

        if (program.RpmLow > program.RpmHigh)
        {
            builder.AddError($"{path} has RpmLow {Text(program.RpmLow)} and RpmHigh {Text(program.RpmHigh)}; RpmLow must be at most RpmHigh.");
        }

        OptionChecks.RegionAges(builder, path + ":MinimumAgeByRegion", program.MinimumAgeByRegion);
        OptionChecks.Regions(builder, path + ":EligibleRegions", program.EligibleRegions ?? []); // the model reads null as no restriction
        OptionChecks.Amount(builder, path + ":MinimumQualifiedViewsPerVideo", program.MinimumQualifiedViewsPerVideo, InputLimits.MaxCount);
        OptionChecks.Amount(builder, path + ":MinimumAverageWatchSeconds", program.MinimumAverageWatchSeconds, CreatorRewardsDefaults.MaximumWatchSeconds);
        OptionChecks.Amount(builder, path + ":MinimumAccountAgeDays", program.MinimumAccountAgeDays, CreatorRewardsDefaults.MaximumAccountAgeDays);
        OptionChecks.Amount(builder, path + ":RpmPerMillionFollowers", program.RpmPerMillionFollowers, CreatorRewardsDefaults.MaximumRpmPerMillionFollowers);
    }

    private static void ValidateScoring(string path, CreatorRewardsScoringOptions? scoring, ValidateOptionsResultBuilder builder)
    {
        if (scoring is null)
        {
            builder.AddError($"{path} is null; it must hold the scoring weights and caps.");
            return;
        }

        if (scoring.OriginalityWeight + scoring.PlayDurationWeight + scoring.SearchValueWeight + scoring.EngagementWeight <= 0m)
        {
            builder.AddError(
                $"{path} has OriginalityWeight {Text(scoring.OriginalityWeight)}, PlayDurationWeight {Text(scoring.PlayDurationWeight)}, SearchValueWeight {Text(scoring.SearchValueWeight)} and EngagementWeight {Text(scoring.EngagementWeight)}; the weights must be zero or greater and at least one must be greater than zero.");
        }
    }

    private static void ValidateMultipliers(string path, Dictionary<string, decimal>? table, bool regionKeys, ValidateOptionsResultBuilder builder)
    {
        if (table is null)
        {
            builder.AddError($"{path} is null; it must be a table (it may be empty).");
            return;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in table)
        {
            if (regionKeys && !RegionCodes.IsValid(pair.Key))
            {
                builder.AddError($"{path}:{pair.Key} is not a region code; a key must be {RegionCodes.Allowed(pair.Key)}.");
            }
            else if (!regionKeys && pair.Key.Trim().Length == 0)
            {
                builder.AddError($"{path} has an empty niche name; keys must be niche names such as 'finance'.");
            }

            if (!seen.Add(pair.Key))
            {
                builder.AddError($"{path}:{pair.Key} appears twice in different letter cases; keys are compared case-insensitively, so keep one.");
            }

            if (pair.Value < 0m || pair.Value > CreatorRewardsDefaults.MaximumMultiplier)
            {
                builder.AddError($"{path}:{pair.Key} is {Text(pair.Value)}; a multiplier must be between 0 and {Text(CreatorRewardsDefaults.MaximumMultiplier)}.");
            }
        }
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
