using System.Globalization;
using Microsoft.Extensions.Options;

namespace TikTokMonetization.Orleans.Rooms;

/// <summary>Checks <see cref="LiveRoomOptions"/> at start, listing every problem with its path, value and what is allowed.</summary>
internal sealed class LiveRoomOptionsValidator : IValidateOptions<LiveRoomOptions>
{
    public ValidateOptionsResult Validate(string? name, LiveRoomOptions options)
    {
        var builder = new ValidateOptionsResultBuilder();
        Range(builder, nameof(options.CheckpointEveryEvents), options.CheckpointEveryEvents, 1, 1_000_000);
        Range(builder, nameof(options.MaxBatchSize), options.MaxBatchSize, 1, 100_000);
        Range(builder, nameof(options.RosterGifters), options.RosterGifters, 1, 10_000);
        Range(builder, nameof(options.RosterSendInterval), options.RosterSendInterval, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Range(builder, nameof(options.CheckpointInterval), options.CheckpointInterval, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        Range(builder, nameof(options.TimerPeriod), options.TimerPeriod, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        return builder.Build();
    }

    private static void Range(ValidateOptionsResultBuilder builder, string field, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            builder.AddError(string.Format(CultureInfo.InvariantCulture, "{0}:{1} is {2}; it must be from {3:N0} to {4:N0}.", LiveRoomOptions.Path, field, value, min, max));
        }
    }

    private static void Range(ValidateOptionsResultBuilder builder, string field, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            builder.AddError(string.Format(CultureInfo.InvariantCulture, "{0}:{1} is {2}; it must be from {3} to {4}.", LiveRoomOptions.Path, field, value, min, max));
        }
    }
}
