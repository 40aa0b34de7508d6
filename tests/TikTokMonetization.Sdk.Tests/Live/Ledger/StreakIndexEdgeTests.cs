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

    /// <summary>
    /// Two keys whose hashes are equal are told apart by every field: the index compares the hash first, so only a
    /// collision reaches the key's equality. The hash is seeded once per process, so the pairs are searched for here:
    /// among a million keys that differ in one field, two with equal 32-bit hashes are all but certain. (Keys differing in
    /// the receiver alone never collide: the receiver slot is mixed in last, and the mix is one-to-one in it.)
    /// </summary>
    [Theory]
    [InlineData("sender")]
    [InlineData("gift")]
    [InlineData("group")]
    public void TwoKeysWithOneHash_DifferingInOneField_AreTwoStreaks(string field)
    {
        var (first, second) = Collision(field);
        Assert.Equal(StreakIndex.Hash(in first), StreakIndex.Hash(in second));
        Assert.NotEqual(first, second);

        var streaks = new Streak[2];
        var index = new StreakIndex();
        streaks[0].Key = first;
        Assert.True(index.TryAdd(in first, 0, streaks));

        Assert.Equal(-1, index.Find(in second, StreakIndex.Hash(in second), streaks, out _));
        streaks[1].Key = second;
        Assert.True(index.TryAdd(in second, 1, streaks));
        Assert.Equal(1, index.Find(in second, StreakIndex.Hash(in second), streaks, out _));
        Assert.Equal(0, index.Find(in first, StreakIndex.Hash(in first), streaks, out _));
    }

    private static (StreakKey First, StreakKey Second) Collision(string field)
    {
        var seen = new Dictionary<uint, int>();
        for (var i = 1; i <= 1_000_000; i++)
        {
            var key = KeyWith(field, i);
            if (seen.TryGetValue(StreakIndex.Hash(in key), out var earlier))
            {
                return (KeyWith(field, earlier), key);
            }

            seen.Add(StreakIndex.Hash(in key), i);
        }

        throw new InvalidOperationException($"No two of a million keys differing in {field} shared a hash.");
    }

    private static StreakKey KeyWith(string field, int value) => field switch
    {
        "sender" => new StreakKey(value, 5655, 1, 0),
        "gift" => new StreakKey(1, value, 1, 0),
        _ => new StreakKey(1, 5655, value, 0),
    };
}
