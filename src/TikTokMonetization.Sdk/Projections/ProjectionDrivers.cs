namespace TikTokMonetization.Projections;

/// <summary>The drivers in their fixed order.</summary>
internal static class ProjectionDrivers
{
    public const int Count = 6;

    public static readonly GrowthDriver[] All =
    [
        GrowthDriver.Followers, GrowthDriver.Views, GrowthDriver.LiveHours, GrowthDriver.AverageViewers, GrowthDriver.Posts, GrowthDriver.Engagement,
    ];
}
