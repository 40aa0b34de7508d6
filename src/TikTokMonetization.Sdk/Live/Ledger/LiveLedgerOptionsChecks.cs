using System.Globalization;

namespace TikTokMonetization.Live;

/// <summary>The rules of <see cref="LiveLedgerOptions"/>, shared by the start-up validator and the <see cref="LiveLedger"/> constructor.</summary>
internal static class LiveLedgerOptionsChecks
{
    public const string Path = "TikTokMonetization:LiveLedger";

    private static readonly TimeSpan MinimumQuiet = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaximumQuiet = TimeSpan.FromHours(1);
    private static readonly TimeSpan MaximumRetention = TimeSpan.FromDays(1);

    /// <summary>Lists every broken rule.</summary>
    /// <param name="options">The options.</param>
    /// <param name="attributeRules">Whether to check the rules that the <c>[Range]</c> attributes also state; the start-up path leaves them to the generated validator so that each problem is reported once.</param>
    public static List<string> Collect(LiveLedgerOptions options, bool attributeRules)
    {
        var errors = new List<string>();
        if (options.QuietPeriod < MinimumQuiet || options.QuietPeriod > MaximumQuiet)
        {
            errors.Add($"{Path}:QuietPeriod is {Text(options.QuietPeriod)}; it must be from 00:00:01 to 01:00:00.");
        }

        if (options.ClosedStreakRetention < options.QuietPeriod || options.ClosedStreakRetention < MinimumQuiet || options.ClosedStreakRetention > MaximumRetention)
        {
            errors.Add($"{Path}:ClosedStreakRetention is {Text(options.ClosedStreakRetention)}; it must be from the quiet period ({Text(options.QuietPeriod)}) to 1.00:00:00.");
        }

        if (options.MaxClockJump < MinimumQuiet || options.MaxClockJump > MaximumRetention)
        {
            errors.Add($"{Path}:MaxClockJump is {Text(options.MaxClockJump)}; it must be from 00:00:01 to 1.00:00:00.");
        }

        if (attributeRules && options.LikeCapPerMessage is < 1 or > 1_000_000)
        {
            errors.Add($"{Path}:LikeCapPerMessage is {options.LikeCapPerMessage}; it must be from 1 to 1,000,000.");
        }

        if (attributeRules && options.LeaderboardSize is < 1 or > 100_000)
        {
            errors.Add($"{Path}:LeaderboardSize is {options.LeaderboardSize}; it must be from 1 to 100,000.");
        }

        if (attributeRules)
        {
            Limit(errors, "MaxGifters", options.MaxGifters, 1, 10_000_000);
            Limit(errors, "MaxGiftIds", options.MaxGiftIds, 1, 1_000_000);
            Limit(errors, "MaxCoHosts", options.MaxCoHosts, 1, 100_000);
            Limit(errors, "MaxMinuteRows", options.MaxMinuteRows, 1, 10_000_000);
            Limit(errors, "MaxFollowers", options.MaxFollowers, 1, 100_000_000);
            Limit(errors, "MaxViewerSamples", options.MaxViewerSamples, 5, 10_000_000);
        }

        var goals = options.Goals ?? [];
        for (var i = 0; i < goals.Count; i++)
        {
            var goal = goals[i];
            if (goal is null)
            {
                errors.Add($"{Path}:Goals:{i} is null; it must be a goal with Name, Unit and Target.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(goal.Name))
            {
                errors.Add($"{Path}:Goals:{i}:Name is empty; give the goal a name.");
            }

            if (goal.Target <= 0m)
            {
                errors.Add($"{Path}:Goals:{i}:Target is {goal.Target.ToString(CultureInfo.InvariantCulture)}; it must be greater than zero.");
            }

            if (goal.Unit is not (LiveGoalUnit.Diamonds or LiveGoalUnit.Cash))
            {
                errors.Add($"{Path}:Goals:{i}:Unit is {(int)goal.Unit}; it must be Diamonds or Cash.");
            }
        }

        return errors;
    }

    private static void Limit(List<string> errors, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            errors.Add(string.Format(CultureInfo.InvariantCulture, "{0}:{1} is {2}; it must be from {3:N0} to {4:N0}.", Path, name, value, min, max));
        }
    }

    private static string Text(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);
}
