namespace TikTokMonetization.Live;

/// <summary>
/// Finds a streak's slot by its key: an open-addressing table (linear probing) of 8-byte entries, each the key's hash
/// and the streak's slot. The keys themselves live in the ledger's streak array, so a look-up reads one entry and then
/// the streak it needs anyway, where a <see cref="Dictionary{TKey, TValue}"/> reads a bucket, an entry holding a copy
/// of the key, and only then the streak. Not thread-safe: the ledger uses it under its lock. A mutable struct, held in
/// place in a field that is not readonly, so that a look-up reaches the entries without another object in between.
/// </summary>
/// <remarks>
/// An entry is <c>(hash &lt;&lt; 32) | (slot + 1)</c>, and 0 is an empty place. Removal shifts the entries that follow back
/// (no tombstones), so a long LIVE that starts and forgets streaks for hours never slows its look-ups down. The table
/// holds at most half as many streaks as it has places.
/// </remarks>
internal struct StreakIndex
{
    private const int MinimumCapacity = 64;

    private ulong[] _entries;
    private int _mask;

    /// <summary>Initializes a new instance of the <see cref="StreakIndex"/> struct, empty.</summary>
    public StreakIndex()
    {
        _entries = new ulong[MinimumCapacity];
        _mask = MinimumCapacity - 1;
    }

    /// <summary>Gets the number of streaks in the index.</summary>
    public int Count { get; private set; }

    /// <summary>The hash the index files a key under.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Its 32-bit hash.</returns>
    public static uint Hash(in StreakKey key) => (uint)key.GetHashCode();

    /// <summary>Looks a key up.</summary>
    /// <param name="key">The key.</param>
    /// <param name="hash">The key's <see cref="Hash"/>.</param>
    /// <param name="streaks">The ledger's streaks, which hold the keys.</param>
    /// <param name="place">Where the key would be inserted when it is missing; pass it to <see cref="Insert"/>.</param>
    /// <returns>The streak's slot, or -1.</returns>
    public int Find(in StreakKey key, uint hash, Streak[] streaks, out int place)
    {
        var tag = (ulong)hash << 32;
        var i = (int)hash & _mask;
        while (true)
        {
            var entry = _entries[i];
            if (entry == 0)
            {
                place = i;
                return -1;
            }

            if ((entry & 0xFFFF_FFFF_0000_0000UL) == tag)
            {
                var slot = (int)(uint)entry - 1;
                if (streaks[slot].Key.Equals(key))
                {
                    place = i;
                    return slot;
                }
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>Files a missing key's streak at the place <see cref="Find"/> returned, with nothing changed in between.</summary>
    /// <param name="place">The place from <see cref="Find"/>.</param>
    /// <param name="hash">The key's hash.</param>
    /// <param name="slot">The streak's slot.</param>
    public void Insert(int place, uint hash, int slot)
    {
        _entries[place] = ((ulong)hash << 32) | (uint)(slot + 1);
        if (++Count * 2 > _entries.Length)
        {
            Grow();
        }
    }

    /// <summary>Files a key's streak unless the key is already there.</summary>
    /// <param name="key">The key.</param>
    /// <param name="slot">The streak's slot; its key is not read (it may not be written yet).</param>
    /// <param name="streaks">The ledger's streaks.</param>
    /// <returns>Whether the key was added.</returns>
    public bool TryAdd(in StreakKey key, int slot, Streak[] streaks)
    {
        var hash = Hash(in key);
        if (Find(in key, hash, streaks, out var place) >= 0)
        {
            return false;
        }

        Insert(place, hash, slot);
        return true;
    }

    /// <summary>Removes a streak, found by its key's hash and its slot (its key is not compared).</summary>
    /// <param name="hash">The key's hash.</param>
    /// <param name="slot">The streak's slot.</param>
    /// <returns>Whether it was there.</returns>
    public bool Remove(uint hash, int slot)
    {
        var wanted = ((ulong)hash << 32) | (uint)(slot + 1);
        var i = (int)hash & _mask;
        while (_entries[i] != wanted)
        {
            if (_entries[i] == 0)
            {
                return false;
            }

            i = (i + 1) & _mask;
        }

        // Backward shift: move each following entry of the run into the hole unless the hole lies before its home place
        // (cyclically), so that every entry stays reachable from its home without tombstones.
        var hole = i;
        var j = i;
        while (true)
        {
            j = (j + 1) & _mask;
            var entry = _entries[j];
            if (entry == 0)
            {
                break;
            }

            var home = (int)(entry >> 32) & _mask;
            if (((j - home) & _mask) >= ((j - hole) & _mask))
            {
                _entries[hole] = entry;
                hole = j;
            }
        }

        _entries[hole] = 0;
        Count--;
        return true;
    }

    private void Grow()
    {
        var old = _entries;
        _entries = new ulong[old.Length * 2];
        _mask = _entries.Length - 1;
        foreach (var entry in old)
        {
            if (entry != 0)
            {
                var i = (int)(entry >> 32) & _mask;
                while (_entries[i] != 0)
                {
                    i = (i + 1) & _mask;
                }

                _entries[i] = entry;
            }
        }
    }
}
