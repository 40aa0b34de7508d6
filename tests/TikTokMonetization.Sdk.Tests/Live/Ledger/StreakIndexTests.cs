using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TikTokMonetization.Live;

namespace TikTokMonetization.Tests;

/// <summary>
/// The ledger's streak index (open addressing, removal by backward shift) finds exactly the streaks a dictionary
/// would, through any mix of additions and removals, growth, and keys whose hashes share a home place.
/// </summary>
public sealed class StreakIndexTests
{
    /// <summary>Any sequence of adds and removes over a small key space (so that places collide and runs form): every key is found where a dictionary has it, and only then.</summary>
    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property Index_AgreesWithADictionary_ThroughAddsAndRemoves(byte[] operations)
    {
        var streaks = new Streak[512];
        var index = new StreakIndex();
        var model = new Dictionary<StreakKey, int>();
        var free = new Stack<int>(Enumerable.Range(0, streaks.Length).Reverse());
        foreach (var op in operations)
        {
            // 96 keys: three senders' worth share gift and group, so many keys land in the same runs.
            var key = new StreakKey(1 + (op % 32), 5655, op % 3, 0);
            if (model.TryGetValue(key, out var slot))
            {
                Assert.True(index.Remove(StreakIndex.Hash(in key), slot));
                model.Remove(key);
                streaks[slot] = default;
                free.Push(slot);
            }
            else
            {
                slot = free.Pop();
                streaks[slot].Key = key;
                Assert.True(index.TryAdd(in key, slot, streaks));
                model.Add(key, slot);
            }
        }

        var everyKeyAgrees = Enumerable.Range(0, 256).Select(op => new StreakKey(1 + (op % 32), 5655, op % 3, 0)).Distinct()
            .All(key => index.Find(in key, StreakIndex.Hash(in key), streaks, out _) == (model.TryGetValue(key, out var s) ? s : -1));
        return (everyKeyAgrees && index.Count == model.Count).Label($"{model.Count} keys in the model, {index.Count} in the index");
    }

    [Fact]
    public void Index_GrowsPastItsFirstCapacity_AndKeepsEveryKey()
    {
        var streaks = new Streak[10_000];
        var index = new StreakIndex();
        for (var i = 0; i < streaks.Length; i++)
        {
            streaks[i].Key = new StreakKey(i + 1, 5655, i * 7L, i % 3);
            Assert.True(index.TryAdd(in streaks[i].Key, i, streaks));
        }

        Assert.False(index.TryAdd(in streaks[42].Key, 7, streaks));
        for (var i = 0; i < streaks.Length; i++)
        {
            Assert.Equal(i, index.Find(in streaks[i].Key, StreakIndex.Hash(in streaks[i].Key), streaks, out _));
        }

        Assert.Equal(10_000, index.Count);
    }

    [Fact]
    public void Remove_OfAStreakNotInTheIndex_ChangesNothing()
    {
        var streaks = new Streak[4];
        var index = new StreakIndex();
        streaks[0].Key = new StreakKey(1, 5655, 1, 0);
        index.TryAdd(in streaks[0].Key, 0, streaks);

        Assert.False(index.Remove(StreakIndex.Hash(in streaks[0].Key), 3));
        Assert.Equal(1, index.Count);
        Assert.Equal(0, index.Find(in streaks[0].Key, StreakIndex.Hash(in streaks[0].Key), streaks, out _));
    }
}
