using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>Finds numbers written with digits (<c>1,234.5</c>), English words (<c>two thousand three hundred</c>),
/// Sino-Korean numerals and units (<c>3만 5천</c>, <c>십만</c>, <c>1억 2천만</c>) and native Korean numerals
/// (<c>하나</c>, <c>둘</c>, <c>열</c>, <c>한</c> before a counter).</summary>
internal static partial class NumberScanner
{
    internal readonly record struct Token(int Index, int Length, decimal Value);

    private const string SinoDigits = "영공일이삼사오육칠팔구";

    /// <summary>Hangul that may directly follow a number: counters and particles.</summary>
    private const string Followers = "원개명일주시분달년번은는이가을를으로에까부도의와과장권살층호회배억만천백십쯤씩째";

    private static readonly Dictionary<string, int> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, int> EnglishScales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
    };

    private static readonly (string Word, int Value)[] NativeTens = [("열", 10), ("스물", 20), ("서른", 30), ("마흔", 40), ("쉰", 50)];

    private static readonly (string Word, int Value)[] NativeUnits =
        [("하나", 1), ("둘", 2), ("셋", 3), ("넷", 4), ("다섯", 5), ("여섯", 6), ("일곱", 7), ("여덟", 8), ("아홉", 9)];

    private static readonly (string Word, int Value)[] NativeAttributive = [("한", 1), ("두", 2), ("세", 3), ("네", 4), ("스무", 20)];

    [GeneratedRegex(@"\G(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex(@"\G\s?(?:개|명|달|시간|번|살|주|가지|마리|권|장)", RegexOptions.CultureInvariant)]
    private static partial Regex Counter();

    /// <summary>All numbers in <paramref name="text"/>, left to right, not overlapping.</summary>
    internal static List<Token> Find(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (TrySinoOrDigits(text, i, out var token) || TryEnglish(text, i, out token) || TryNative(text, i, out token))
            {
                tokens.Add(token);
                i = token.Index + token.Length;
            }
            else
            {
                i++;
            }
        }

        return tokens;
    }

    /// <summary>The whole of <paramref name="text"/> (trimmed) as one number, or <c>null</c>.</summary>
    internal static decimal? ParseWhole(string text)
    {
        var trimmed = text.Trim();
        var tokens = Find(trimmed);
        return tokens.Count == 1 && tokens[0].Index == 0 && tokens[0].Length == trimmed.Length ? tokens[0].Value : null;
    }

    internal static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static bool TrySinoOrDigits(string text, int start, out Token token)
    {
        token = default;
        var c = text[start];
        var isDigit = char.IsAsciiDigit(c);
        if (!isDigit && !SinoDigits.Contains(c, StringComparison.Ordinal) && SmallUnit(c) == 0 && BigUnit(c) == 0)
        {
            return false;
        }

        if (start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or ','
                || (!isDigit && TextFeatures.IsHangul(text[start - 1]))))
        {
            return false;
        }

        decimal total = 0, section = 0;
        decimal? current = null;
        var pos = start;
        var end = start;
        var hangulOnly = true;
        var hasUnit = false;
        var lastWasBig = false;
        while (pos < text.Length)
        {
            var ch = text[pos];
            if (char.IsAsciiDigit(ch))
            {
                var m = Digits().Match(text, pos);
                if (current is not null || !m.Success)
                {
                    break;
                }

                current = decimal.Parse(m.Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);
                pos += m.Length;
                hangulOnly = false;
                lastWasBig = false;
            }
            else if (SinoDigits.IndexOf(ch, StringComparison.Ordinal) is var d and >= 0)
            {
                if (current is not null)
                {
                    break;
                }

                current = d <= 1 ? 0 : d - 1;
                pos++;
                lastWasBig = false;
            }
            else if (SmallUnit(ch) is var small and > 0)
            {
                section += (current ?? 1) * small;
                current = null;
                pos++;
                hasUnit = true;
                lastWasBig = false;
            }
            else if (BigUnit(ch) is var big and > 0)
            {
                var value = section + (current ?? 0);
                total += (value == 0 ? 1 : value) * big;
                section = 0;
                current = null;
                pos++;
                hasUnit = true;
                lastWasBig = true;
            }
            else if (ch == ' ' && lastWasBig && pos + 1 < text.Length
                && (char.IsAsciiDigit(text[pos + 1]) || SinoDigits.Contains(text[pos + 1], StringComparison.Ordinal) || SmallUnit(text[pos + 1]) > 0))
            {
                pos++;
                lastWasBig = false;
                continue;
            }
            else
            {
                break;
            }

            end = pos;
        }

        if (end == start)
        {
            return false;
        }

        var next = end < text.Length ? text[end] : ' ';
        if (!hangulOnly && !hasUnit && current is { } thousands && next is 'k' or 'K'
            && (end + 1 == text.Length || !char.IsAsciiLetterOrDigit(text[end + 1])))
        {
            // "25k won", "$1.5k": thousands.
            token = new Token(start, end + 1 - start, thousands * 1000 / 1.000000000000000000000000000000000m); // no trailing zeros
            return true;
        }

        if (hangulOnly)
        {
            var followedByWon = next == '원' || (next == ' ' && end + 1 < text.Length && text[end + 1] == '원');
            if ((!hasUnit || end - start < 2) && !followedByWon)
            {
                return false;
            }

            if (TextFeatures.IsHangul(next) && !Followers.Contains(next, StringComparison.Ordinal))
            {
                return false;
            }
        }

        token = new Token(start, end - start, total + section + (current ?? 0));
        return true;
    }

    private static bool TryEnglish(string text, int start, out Token token)
    {
        token = default;
        if (!char.IsAsciiLetter(text[start]) || (start > 0 && char.IsAsciiLetter(text[start - 1])))
        {
            return false;
        }

        decimal total = 0, current = 0;
        var any = false;
        var pos = start;
        var end = start;
        while (pos < text.Length)
        {
            var wordEnd = pos;
            while (wordEnd < text.Length && char.IsAsciiLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            var word = text[pos..wordEnd];
            if (word.Length == 0)
            {
                break;
            }

            if (EnglishWords.TryGetValue(word, out var v))
            {
                current += v;
                any = true;
            }
            else if (EnglishScales.TryGetValue(word, out var scale) && (any || current > 0))
            {
                if (scale == 100)
                {
                    current = (current == 0 ? 1 : current) * 100;
                }
                else
                {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                }
            }
            else if (word.Equals("a", StringComparison.OrdinalIgnoreCase) && !any && NextWordIsScale(text, wordEnd))
            {
                current = 1;
                any = true;
            }
            else if (!(word.Equals("and", StringComparison.OrdinalIgnoreCase) && any && NextWordIsNumber(text, wordEnd)))
            {
                break;
            }

            if (!word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                end = wordEnd;
            }

            pos = wordEnd;
            if (pos < text.Length && text[pos] is ' ' or '-')
            {
                pos++;
            }
            else
            {
                break;
            }
        }

        if (!any || end == start)
        {
            return false;
        }

        token = new Token(start, end - start, total + current);
        return true;
    }

    private static bool NextWordIsScale(string text, int pos) => NextWord(text, pos) is { } w && EnglishScales.ContainsKey(w);

    private static bool NextWordIsNumber(string text, int pos) => NextWord(text, pos) is { } w && EnglishWords.ContainsKey(w);

    private static string? NextWord(string text, int pos)
    {
        if (pos >= text.Length || text[pos] is not (' ' or '-'))
        {
            return null;
        }

        var end = ++pos;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        return end > pos ? text[pos..end] : null;
    }

    private static bool TryNative(string text, int start, out Token token)
    {
        token = default;
        if (!TextFeatures.IsHangul(text[start]) || (start > 0 && TextFeatures.IsHangul(text[start - 1])))
        {
            return false;
        }

        var pos = start;
        var value = 0;
        foreach (var (word, v) in NativeTens)
        {
            if (string.CompareOrdinal(text, pos, word, 0, word.Length) == 0)
            {
                value += v;
                pos += word.Length;
                break;
            }
        }

        foreach (var (word, v) in NativeUnits)
        {
            if (string.CompareOrdinal(text, pos, word, 0, word.Length) == 0)
            {
                value += v;
                pos += word.Length;
                break;
            }
        }

        if (value == 0 || (pos < text.Length && TextFeatures.IsHangul(text[pos]) && !Followers.Contains(text[pos], StringComparison.Ordinal)))
        {
            // Attributive forms (한, 두, 세, 네, 스무) count only before a counter: 두 개, 한 달.
            foreach (var (word, v) in NativeAttributive)
            {
                var tens = value is 10 or 20 or 30 or 40 or 50 ? value : 0;
                var at = tens > 0 ? start + (pos - start) : start;
                if (string.CompareOrdinal(text, at, word, 0, word.Length) == 0 && Counter().IsMatch(text, at + word.Length))
                {
                    token = new Token(start, at + word.Length - start, tens + v);
                    return true;
                }
            }

            return false;
        }

        token = new Token(start, pos - start, value);
        return true;
    }

    private static int SmallUnit(char c) => c switch { '십' => 10, '백' => 100, '천' => 1000, _ => 0 };

    private static long BigUnit(char c) => c switch { '만' => 10_000L, '억' => 100_000_000L, '조' => 1_000_000_000_000L, _ => 0 };
}
