using System.Runtime.CompilerServices;

namespace ChatFlow.Skills.Recognition;

/// <summary>In-place ascending sort of 64-bit keys (feature hashes, packed index-and-position keys): quicksort with a
/// median-of-three pivot, insertion sort below 24 keys, the smaller side first (O(log n) depth). The framework's
/// <see cref="MemoryExtensions.Sort{T}(Span{T})"/> does the same, but its <c>ulong</c> instantiation starts as
/// unoptimised code in every process, and training sorts a few hundred thousand short runs in its first second.</summary>
internal static class KeySort
{
    private const int InsertionLimit = 24;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Sort(Span<ulong> keys)
    {
        while (keys.Length > InsertionLimit)
        {
            var last = keys.Length - 1;
            var middle = last / 2;
            SwapIfGreater(keys, 0, middle);
            SwapIfGreater(keys, 0, last);
            SwapIfGreater(keys, middle, last);
            var pivot = keys[middle];
            var i = 0;
            var j = last;
            while (i <= j)
            {
                while (keys[i] < pivot)
                {
                    i++;
                }

                while (keys[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (keys[i], keys[j]) = (keys[j], keys[i]);
                    i++;
                    j--;
                }
            }

            // keys[..(j + 1)] ≤ pivot ≤ keys[i..]: recurse into the smaller side, loop on the larger.
            if (j + 1 < keys.Length - i)
            {
                Sort(keys[..(j + 1)]);
                keys = keys[i..];
            }
            else
            {
                Sort(keys[i..]);
                keys = keys[..(j + 1)];
            }
        }

        for (var i = 1; i < keys.Length; i++)
        {
            var key = keys[i];
            var j = i - 1;
            while (j >= 0 && keys[j] > key)
            {
                keys[j + 1] = keys[j];
                j--;
            }

            keys[j + 1] = key;
        }
    }

    private static void SwapIfGreater(Span<ulong> keys, int a, int b)
    {
        if (keys[a] > keys[b])
        {
            (keys[a], keys[b]) = (keys[b], keys[a]);
        }
    }
}
