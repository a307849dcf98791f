using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Dialog;

/// <summary>Where a message may join two requests (<c>expense $40 for a taxi yesterday and also show me my october
/// payslip</c>, <c>택시비 4만원 경비 청구하고 10월 급여명세서도 보여줘</c>): after <c>and also</c>, <c>and then</c>,
/// <c>also</c>, <c>plus</c>, <c>and</c>, <c>그리고</c>, <c>또</c>, <c>그 다음에</c>, or a Korean verb joined with
/// <c>-고</c>. Whether a split really holds two requests is the recogniser's call.</summary>
internal static partial class SecondRequests
{
    /// <summary>Up to <paramref name="max"/> ways to cut <paramref name="text"/> in two at a joining word, left to
    /// right; each part has at least two words.</summary>
    internal static IEnumerable<(string First, string Second)> Splits(string text, int max = 3)
    {
        var found = 0;
        foreach (Match match in Joint().Matches(text))
        {
            var first = text[..match.Index].Trim().TrimEnd(',', ';').Trim();
            var second = text[(match.Index + match.Length)..].Trim();
            if (Words(first) < 2 || Words(second) < 2)
            {
                continue;
            }

            yield return (first, second);
            if (++found >= max)
            {
                yield break;
            }
        }
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"\s*[,;]?\s+(?:and\s+also|and\s+then|and\s+after\s+that|and\s+can\s+you(?:\s+also)?|and\s+please|after\s+that|also|then|plus|and)\s+"
        + @"|\s+(?:그리고(?:\s+또)?|그\s?다음에?|그러고\s?나서|끝나면|또)\s+|(?<=[가-힣]고)\s+(?:또\s+)?(?=\S)|(?<=[가-힣]고)\s*,\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Joint();
}
