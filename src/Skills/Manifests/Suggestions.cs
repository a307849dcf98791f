namespace ChatFlow.Skills.Manifests;

/// <summary>"Did you mean" by edit distance.</summary>
internal static class Suggestions
{
    /// <summary>The candidate closest to <paramref name="value"/> (Levenshtein, ordinal ignoring case) when it is
    /// close enough: at most 1 edit for words of up to 4 characters, else at most a third of the length (≥ 2).</summary>
    internal static string? Closest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(value.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var allowed = Math.Max(value.Length, best?.Length ?? 0) <= 4 ? 1 : Math.Max(2, value.Length / 3);
        return best is not null && bestDistance <= allowed ? best : null;
    }

    /// <summary><c>; did you mean 'x'?</c> or <c>; expected one of a, b, c.</c> (or <paramref name="otherwise"/>).</summary>
    internal static string Hint(string value, IReadOnlyCollection<string> candidates, string? otherwise = null) =>
        Closest(value, candidates) is { } match
            ? $"; did you mean '{match}'?"
            : otherwise ?? (candidates.Count == 0 ? "." : $"; expected one of {string.Join(", ", candidates)}.");

    /// <summary>Levenshtein distance with adjacent transpositions counted as one edit.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
