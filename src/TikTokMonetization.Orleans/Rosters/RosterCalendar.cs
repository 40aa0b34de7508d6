namespace TikTokMonetization.Orleans.Rosters;

/// <summary>Where a roster's days and weeks begin: midnight at a fixed offset from UTC. Pure; thread-safe.</summary>
internal static class RosterCalendar
{
    /// <summary>Gets the instant the day holding <paramref name="now"/> began, at <paramref name="offset"/>.</summary>
    public static DateTimeOffset DayStart(DateTimeOffset now, TimeSpan offset) => new(now.ToOffset(offset).Date, offset);

    /// <summary>Gets the instant the week holding <paramref name="now"/> began: the latest midnight of <paramref name="firstDay"/> at <paramref name="offset"/>.</summary>
    public static DateTimeOffset WeekStart(DateTimeOffset now, TimeSpan offset, DayOfWeek firstDay)
    {
        var day = DayStart(now, offset);
        var back = ((int)day.DayOfWeek - (int)firstDay + 7) % 7;
        return day.AddDays(-back);
    }
}
