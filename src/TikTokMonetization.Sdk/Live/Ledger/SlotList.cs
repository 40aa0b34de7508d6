namespace TikTokMonetization.Live;

/// <summary>
/// A growable array of structs whose items are updated in place through <see cref="this[int]"/>; not thread-safe. A
/// mutable struct, so that the ledger reaches its array without another object in between: keep it in a field that is
/// not readonly, and never copy it.
/// </summary>
internal struct SlotList<T>
    where T : struct
{
    private T[] _items;

    public SlotList(int capacity) => _items = new T[Math.Max(capacity, 4)];

    public int Count { get; private set; }

    public ref T this[int index] => ref _items[index];

    public int Add(in T item)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count] = item;
        return Count++;
    }

    public void Clear() => Count = 0;

    public T[] ToArray()
    {
        var copy = new T[Count];
        Array.Copy(_items, copy, Count);
        return copy;
    }
}
