using TikTokMonetization.Live;

namespace TikTokMonetization.Tests;

/// <summary>
/// The streak index probes linearly, so keys that share their hash's low bits walk each other: the hash is seeded once
/// per process, so that an untrusted event stream cannot pick ids that collide.
/// </summary>
public sealed class StreakKeyHashTests
{
    [Fact]
    public void KeysChosenToCollideUnderOneSeed_SpreadUnderTheProcesssSeed()
    {
        // An attacker who knew the mix would pick, among many combo group ids, those whose hashes share their low bits.
        const int Mask = 0xFFF;
        var colliding = new List<StreakKey>();
        for (long group = 0; colliding.Count < 200; group++)
        {
            var key = new StreakKey(sender: 42, gift: 5655, group, receiver: 0);
            if ((key.Mix(seed: 0) & Mask) == 0)
            {
                colliding.Add(key);
            }
        }

        Assert.NotEqual(0UL, StreakKey.HashSeed);
        var places = colliding.Select(k => k.GetHashCode() & Mask).Distinct().Count();
        Assert.True(places > 150, $"200 keys chosen to collide took only {places} places under the process's seed");
    }

    [Fact]
    public void TheHash_DependsOnTheSeed_AndEqualKeysHashAlike()
    {
        var key = new StreakKey(1, 2, 3, 0);

        Assert.NotEqual(key.Mix(1), key.Mix(2));
        Assert.Equal(key.GetHashCode(), new StreakKey(1, 2, 3, 0).GetHashCode());
    }
}
