using TikTokMonetization.Live;

namespace TikTokMonetization.Tests;

/// <summary>
/// The streak index at its edges: the first slot is a slot like any other, and a key filed once cannot be filed again,
/// which is how a restored checkpoint that lists one streak twice is caught.
/// </summary>
public sealed class StreakIndexEdgeTests
{
    [Fact]
    public void AKeyFiledAtSlotZero_IsFound_AndCannotBeFiledAgain()
    {
        var streaks = new Streak[4];
        var index = new StreakIndex();
        streaks[0].Key = new StreakKey(1, 5655, 1, 0);
        Assert.True(index.TryAdd(in streaks[0].Key, 0, streaks));

        Assert.False(index.TryAdd(in streaks[0].Key, 1, streaks));
        Assert.Equal(1, index.Count);
        Assert.Equal(0, index.Find(in streaks[0].Key, StreakIndex.Hash(in streaks[0].Key), streaks, out _));
    }

    [Fact]
    public void AKeyRemovedFromSlotZero_IsGone_AndCanBeFiledAgain()
    {
        var streaks = new Streak[4];
        var index = new StreakIndex();
        streaks[0].Key = new StreakKey(1, 5655, 1, 0);
        var hash = StreakIndex.Hash(in streaks[0].Key);
        index.TryAdd(in streaks[0].Key, 0, streaks);

        Assert.True(index.Remove(hash, 0));
        Assert.Equal((-1, 0), (index.Find(in streaks[0].Key, hash, streaks, out _), index.Count));
        Assert.True(index.TryAdd(in streaks[0].Key, 0, streaks));
    }
}
