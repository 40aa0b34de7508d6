using System.Globalization;

namespace TikTokMonetization.Orleans.Rooms;

/// <summary>How a <see cref="LiveRoomFeeder"/> batches, retries and holds back.</summary>
/// <remarks>An options class: not thread-safe while it is being changed; once set up, any number of threads may read it.</remarks>
public sealed class LiveRoomFeederOptions
{
    /// <summary>Gets or sets how many events make a batch.</summary>
    /// <value>1 to 100,000, and no more than the rooms' <see cref="LiveRoomOptions.MaxBatchSize"/>. The default value is 200.</value>
    public int BatchSize { get; set; } = 200;

    /// <summary>Gets or sets how many sent batches may await the room's checkpoint before the feeder asks for one.</summary>
    /// <value>1 to 10,000. The default value is 50.</value>
    public int MaxUnconfirmedBatches { get; set; } = 50;

    /// <summary>Gets or sets how many times a call is tried before its failure is thrown.</summary>
    /// <value>1 to 100. The default value is 10.</value>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Gets or sets the wait before the first retry; the n-th retry waits n times as long.</summary>
    /// <value>0 to 1 minute. The default value is 200 milliseconds.</value>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Throws when a value is out of its range, listing every problem.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public void ThrowIfInvalid()
    {
        var problems = new List<string>();
        Range(problems, nameof(BatchSize), BatchSize, 1, 100_000);
        Range(problems, nameof(MaxUnconfirmedBatches), MaxUnconfirmedBatches, 1, 10_000);
        Range(problems, nameof(MaxAttempts), MaxAttempts, 1, 100);
        if (RetryDelay < TimeSpan.Zero || RetryDelay > TimeSpan.FromMinutes(1))
        {
            problems.Add($"RetryDelay is {RetryDelay}; it must be from 0 to 1 minute.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The feeder options are invalid: " + string.Join(" ", problems), "options");
        }
    }

    private static void Range(List<string> problems, string field, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            problems.Add(string.Format(CultureInfo.InvariantCulture, "{0} is {1}; it must be from {2:N0} to {3:N0}.", field, value, min, max));
        }
    }
}
