namespace TikTokMonetization.Projections;

/// <summary>The drivers in their fixed order, and which of them are flows that seasonality multiplies.</summary>
internal static class ProjectionDrivers
{
    public const int Count = 6;

    public static readonly GrowthDriver[] All =
    [
        GrowthDriver.Followers, GrowthDriver.Views, GrowthDriver.LiveHours, GrowthDriver.AverageViewers, GrowthDriver.Posts, GrowthDriver.Engagement,
    ];

    public static bool IsSeasonal(GrowthDriver driver) => driver is GrowthDriver.Views or GrowthDriver.LiveHours or GrowthDriver.Posts;
}
