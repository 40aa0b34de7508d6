using System.Globalization;
using Microsoft.Extensions.Options;

namespace TikTokMonetization.Orleans.Rosters;

/// <summary>Checks <see cref="LiveRosterOptions"/> at start, listing every problem with its path, value and what is allowed.</summary>
internal sealed class LiveRosterOptionsValidator : IValidateOptions<LiveRosterOptions>
{
    private static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    public ValidateOptionsResult Validate(string? name, LiveRosterOptions options)
    {
        var builder = new ValidateOptionsResultBuilder();
        Range(builder, nameof(options.LeaderboardSize), options.LeaderboardSize, 1, 1_000);
        Range(builder, nameof(options.RolledUpGifters), options.RolledUpGifters, 1, 100_000);
        Range(builder, nameof(options.CheckpointEveryContributions), options.CheckpointEveryContributions, 1, 1_000_000);
        if (options.CheckpointInterval < TimeSpan.FromSeconds(1) || options.CheckpointInterval > TimeSpan.FromHours(1))
        {
            builder.AddError(Message(nameof(options.CheckpointInterval), options.CheckpointInterval, "from 00:00:01 to 01:00:00"));
        }

        if (options.UtcOffset < -MaxOffset || options.UtcOffset > MaxOffset || options.UtcOffset.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            builder.AddError(Message(nameof(options.UtcOffset), options.UtcOffset, "from -14:00:00 to 14:00:00 in whole minutes"));
        }

        if (!Enum.IsDefined(options.FirstDayOfWeek))
        {
            builder.AddError(Message(nameof(options.FirstDayOfWeek), options.FirstDayOfWeek, "a day of the week, Sunday to Saturday"));
        }

        return builder.Build();
    }

    private static void Range(ValidateOptionsResultBuilder builder, string field, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            builder.AddError(Message(field, value, string.Format(CultureInfo.InvariantCulture, "from {0:N0} to {1:N0}", min, max)));
        }
    }

    private static string Message(string field, object value, string allowed) =>
        string.Format(CultureInfo.InvariantCulture, "{0}:{1} is {2}; it must be {3}.", LiveRosterOptions.Path, field, value, allowed);
}
