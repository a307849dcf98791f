using System.Numerics;
using System.Runtime.CompilerServices;

namespace ChatFlow.Skills.Recognition;

/// <summary>The index of each known feature hash: an open-addressing table (linear probing, Fibonacci hashing,
/// at most half full). Indices are given in the order the hashes are first added, 0, 1, 2 …; safe for concurrent
/// lookups once no more hashes are added. A <see cref="Dictionary{TKey, TValue}"/> would do the same, but its
/// <c>ulong</c> instantiation starts as unoptimised code in every process, and training looks up millions of hashes
/// in its first second.</summary>
internal sealed class FeatureIndex
{
    private ulong[] _keys;

    /// <summary>Index + 1 of the hash in the same slot of <see cref="_keys"/>; 0 for an empty slot.</summary>
    private int[] _slots;

    private int _shift;

    internal FeatureIndex(int capacity = 1024)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _keys = new ulong[size];
        _slots = new int[size];
        _shift = 64 - BitOperations.Log2((uint)size);
    }

    /// <summary>Number of hashes added.</summary>
    internal int Count { get; private set; }

    /// <summary>The index of <paramref name="hash"/>, added as the next index when it is new.</summary>
    /// <param name="hash">The feature hash.</param>
    /// <param name="added">True when <paramref name="hash"/> was new.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal int GetOrAdd(ulong hash, out bool added)
    {
        var slot = Find(hash);
        if (_slots[slot] != 0)
        {
            added = false;
            return _slots[slot] - 1;
        }

        if ((Count + 1) * 2 > _keys.Length)
        {
            Grow();
            slot = Find(hash);
        }

        _keys[slot] = hash;
        _slots[slot] = ++Count;
        added = true;
        return Count - 1;
    }

    /// <summary>The index of <paramref name="hash"/>, or false when it was never added.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal bool TryGetValue(ulong hash, out int index)
    {
        index = _slots[Find(hash)] - 1;
        return index >= 0;
    }

    /// <summary>The slot holding <paramref name="hash"/>, or the empty slot where it would go.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ulong hash)
    {
        var mask = _keys.Length - 1;
        var slot = (int)((hash * 0x9E3779B97F4A7C15UL) >> _shift);
        while (_slots[slot] != 0 && _keys[slot] != hash)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private void Grow()
    {
        var keys = _keys;
        var slots = _slots;
        _keys = new ulong[keys.Length * 2];
        _slots = new int[keys.Length * 2];
        _shift--;
        for (var i = 0; i < keys.Length; i++)
        {
            if (slots[i] != 0)
            {
                var slot = Find(keys[i]);
                _keys[slot] = keys[i];
                _slots[slot] = slots[i];
            }
        }
    }
}
