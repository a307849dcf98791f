namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>Cuts slot values out of an utterance, so what is left can be scored or searched for other values.</summary>
/// <remarks>A value is cut only as a whole word: where it starts or ends on a Latin letter or digit, the text next to
/// it must not be one too, so a choice <c>card</c> is not cut out of <c>Cardinal Foods</c>. Korean is written with
/// particles glued on (<c>한빛에</c>), so a Hangul edge needs no boundary.</remarks>
internal static class ValueCut
{
    /// <summary><paramref name="text"/> with the first whole-word occurrence of each of <paramref name="values"/>
    /// (longest first, case-insensitive) replaced by a space.</summary>
    /// <param name="text">The utterance.</param>
    /// <param name="values">Slot values; empty ones are skipped.</param>
    /// <param name="removed">Whether any value was cut.</param>
    internal static string Without(string text, IEnumerable<string> values, out bool removed)
    {
        removed = false;
        foreach (var value in values.Where(v => v.Length > 0).OrderByDescending(v => v.Length))
        {
            if (WholeWordAt(text, value) is var at and >= 0)
            {
                text = string.Concat(text.AsSpan(0, at), " ", text.AsSpan(at + value.Length));
                removed = true;
            }
        }

        return text;
    }

    /// <summary>Where <paramref name="value"/> first occurs in <paramref name="text"/> as a whole word, or −1.</summary>
    internal static int WholeWordAt(string text, string value)
    {
        for (var at = text.IndexOf(value, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = text.IndexOf(value, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + value.Length;
            var openLeft = at == 0 || !(Latin(text[at - 1]) && Latin(value[0]));
            var openRight = end == text.Length || !(Latin(text[end]) && Latin(value[^1]));
            if (openLeft && openRight)
            {
                return at;
            }
        }

        return -1;
    }

    private static bool Latin(char c) => char.IsAsciiLetterOrDigit(c) || c is >= 'À' and <= 'ɏ';
}
