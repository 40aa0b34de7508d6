using FsCheck.Xunit;
using TikTokMonetization.Creators;

namespace TikTokMonetization.Tests;

/// <summary>
/// The registered generators are the ones FsCheck uses: were a registration lost, FsCheck would build these types by
/// reflection from unbounded numbers and every one of these laws would fail within a few cases.
/// </summary>
[Properties(Arbitrary = [typeof(CountArbitraries), typeof(MoneyArbitraries), typeof(CreatorArbitraries)], MaxTest = 200, QuietOnSuccess = true)]
public sealed class ArbitraryProperties
{
    [Property]
    public bool Counts_StayInTheirRegisteredRanges(FollowerCount followers, AgeInYears age, VideoCount videos, PeriodLength period, ThresholdOffset offset, ExtraLikes extra, AddedLikes added) =>
        ((followers.Value is >= 0 and <= 3_000) || followers.Value is >= 9_000 and <= 11_000)
        && age.Value is >= 0 and <= 60
        && videos.Value is >= 0 and <= 6
        && period.Days is >= 1 and <= 366
        && offset.Value is >= -2 and <= 2
        && extra.Value >= 0
        && added.Value >= 1;

    [Property]
    public bool MoneyShapes_StayInTheirRegisteredRanges(decimal amount, Weights weights, PartCount parts) =>
        Math.Abs(amount) < 1_000_000_000_000_000m
        && MoneyArbitraries.SignificantScale(amount) <= 12
        && weights.Values.Length is >= 1 and <= 8
        && weights.Values.All(w => w >= 0m) && weights.Values.Any(w => w > 0m)
        && parts.Value is >= 1 and <= 12;

    [Property]
    public bool Batches_HoldAtMostEightValidCreators(CreatorSnapshot[] batch) =>
        batch.Length <= 8 && batch.All(s => s.Validate().Count == 0);
}
