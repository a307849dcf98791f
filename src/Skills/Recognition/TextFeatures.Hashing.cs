using System.Runtime.CompilerServices;

namespace ChatFlow.Skills.Recognition;

internal static partial class TextFeatures
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
    private const ulong WordSeed = 0x57;
    private const ulong BigramSeed = 0x42;
    private const ulong CharSeed = 0x43;
    private const ulong StrippedSeed = 0x53;
    private const ulong FirstWordSeed = 0x62;
    private const ulong LastWordSeed = 0x65;

    /// <summary>Longest character gram inside a word (1–4; 5 scored lower on CLINC150 and StyleKQC).</summary>
    private const int MaxCharGram = 4;

    /// <summary>Appends the hashed features of a text: character grams (within padded words, and
    /// Hangul grams across the stripped text) to <paramref name="characters"/>, except
    /// those of function words (<c>I</c>, <c>need</c>, <c>a</c>, <c>해</c>, <c>주세요</c> …), which go to
    /// <paramref name="function"/> to be weighed less; Latin words, word bigrams and the text's first and last word
    /// as such (<c>how …</c>, <c>… balance</c>) to <paramref name="words"/>; and the character grams and word of
    /// each value-like word (see <see cref="ValueWords"/>) to <paramref name="values"/>. A feature occurring twice is
    /// appended twice.</summary>
    /// <param name="normalized">The text as <see cref="Normalize(string)"/> gives it.</param>
    /// <param name="valueWords">The text's <see cref="ValueWords"/>.</param>
    /// <param name="characters">Receives the character grams.</param>
    /// <param name="words">Receives the words and word bigrams.</param>
    /// <param name="values">Receives the value words' grams and words.</param>
    /// <param name="function">Receives the function words' character grams.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Hash(string normalized, HashSet<string>? valueWords, List<ulong> characters, List<ulong> words, List<ulong> values, List<ulong> function)
    {
        if (normalized.Length == 0)
        {
            return;
        }

        var valueLookup = valueWords?.GetAlternateLookup<ReadOnlySpan<char>>();

        // Character grams come from every word, Korean endings and particles included (they carry the speech act:
        // 해줘 / 했어요 / 할까요); those of function words are weighed down so that "I need a new …" stays far from
        // "I need to add a new supplier". Words and word bigrams keep the function words, which tell requests apart.
        var content = normalized.AsSpan();
        var start = 0;
        while (start < content.Length)
        {
            var end = content[start..].IndexOf(' ');
            var word = end < 0 ? content[start..] : content.Slice(start, end);
            AddPaddedWordGrams(
                word,
                valueLookup?.Contains(word) == true ? values
                : StopWordLookup.Contains(word) ? function : characters);
            start += word.Length + 1;
        }

        AddStrippedHangulGrams(content, characters);
        var span = normalized.AsSpan();
        var previousWord = 0UL;
        start = 0;
        while (start < span.Length)
        {
            var end = span[start..].IndexOf(' ');
            var word = end < 0 ? span[start..] : span.Slice(start, end);
            if (word.ContainsAny(HangulSyllables) || word.ContainsAnyInRange('0', '9'))
            {
                // Korean words inflect and join freely (업체등록해줘), numbers are slot values (INV-2024-001): their
                // character grams carry them instead.
                previousWord = 0;
                start += word.Length + 1;
                continue;
            }

            var wordHash = Fnv(Fnv(FnvOffset, WordSeed), word);
            if (valueLookup?.Contains(word) == true)
            {
                values.Add(wordHash);
                previousWord = 0;
                start += word.Length + 1;
                continue;
            }

            words.Add(wordHash);
            if (previousWord != 0)
            {
                words.Add(Mix(Mix(FnvOffset ^ BigramSeed, previousWord), wordHash));
            }
            else if (start == 0)
            {
                // The opening and closing words as such ("how …", "… balance"): where a request starts and ends says
                // what kind it is (+0.1 to +0.5 points closed-set on CLINC150, BANKING77 and HWU64, docs/BENCHMARKS.md).
                words.Add(Mix(FnvOffset ^ FirstWordSeed, wordHash));
            }

            if (start + word.Length >= span.Length)
            {
                words.Add(Mix(FnvOffset ^ LastWordSeed, wordHash));
            }

            previousWord = wordHash;
            start += word.Length + 1;
        }
    }

    /// <summary>The lower-cased words of <paramref name="text"/> that look like slot values rather than request
    /// words: with a digit (<c>INV-2024-001</c>, <c>12</c>), or capitalised Latin words of a name (<c>Hanbit
    /// Trading</c>: not the first word, or the first followed by another capitalised word); <c>null</c> when none.
    /// Their features count where an example has them but, unlike other unseen words, are no evidence against a
    /// skill.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static HashSet<string>? ValueWords(string text)
    {
        if (!MayHaveValueWords(text))
        {
            return null;
        }

        HashSet<string>? found = null;
        var tokens = Normalize(text, lower: false).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var isValue = token.AsSpan().ContainsAnyInRange('0', '9')
                || (IsName(token) && (i > 0 || (i + 1 < tokens.Length && IsName(tokens[i + 1]))));
            if (isValue)
            {
                (found ??= new HashSet<string>(StringComparer.Ordinal)).Add(Lower(token));
            }
        }

        return found;

        static bool IsName(string token) => token.Length > 1 && char.IsAsciiLetterUpper(token[0]) && IsLatin(token[^1]);
    }

    /// <summary>False when no word of <paramref name="text"/> can be a value word: only lower-case ASCII, ASCII
    /// punctuation and Hangul syllables, none of which normalisation (NFKC) turns into a digit or a capital.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool MayHaveValueWords(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F' ? c is < '\uAC00' or > '\uD7A3' : char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddPaddedWordGrams(ReadOnlySpan<char> word, List<ulong> characters)
    {
        // " word ": every gram of length 1..MaxCharGram except the lone pads.
        var length = word.Length + 2;
        for (var i = 0; i < length; i++)
        {
            var hash = Fnv(FnvOffset, CharSeed);
            for (var n = 1; n <= MaxCharGram && i + n <= length; n++)
            {
                var position = i + n - 1;
                var c = position == 0 || position == length - 1 ? ' ' : word[position - 1];
                hash = Fnv(hash, c);
                if (n > 1 || c != ' ')
                {
                    characters.Add(hash);
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddStrippedHangulGrams(ReadOnlySpan<char> normalized, List<ulong> characters)
    {
        if (!normalized.ContainsAny(HangulSyllables))
        {
            return;
        }

        Span<char> buffer = normalized.Length <= 256 ? stackalloc char[normalized.Length] : new char[normalized.Length];
        var length = 0;
        foreach (var c in normalized)
        {
            if (c != ' ')
            {
                buffer[length++] = c;
            }
        }

        var stripped = buffer[..length];
        for (var n = 2; n <= 3; n++)
        {
            for (var i = 0; i + n <= stripped.Length; i++)
            {
                var gram = stripped.Slice(i, n);
                if (gram.ContainsAny(HangulSyllables))
                {
                    characters.Add(Fnv(Fnv(FnvOffset, StrippedSeed), gram));
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong Fnv(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = Fnv(hash, c);
        }

        return hash;
    }

    private static ulong Fnv(ulong hash, char c)
    {
        hash = (hash ^ (byte)c) * FnvPrime;
        return (hash ^ (byte)(c >> 8)) * FnvPrime;
    }

    private static ulong Fnv(ulong hash, ulong seed) => (hash ^ seed) * FnvPrime;

    private static ulong Mix(ulong hash, ulong value)
    {
        hash = (hash ^ value) * FnvPrime;
        return hash ^ (hash >> 29);
    }
}
