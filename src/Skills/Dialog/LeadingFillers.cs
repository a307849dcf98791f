using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Dialog;

/// <summary>The words people put before what they mean while a form is open: <c>actually,</c> <c>wait,</c>
/// <c>oh</c>, <c>hmm</c>, <c>um</c>, <c>ok so</c>, <c>아</c>, <c>아 참</c>, <c>근데</c>, <c>잠깐</c>, <c>그런데</c>. Taken off
/// before the engine decides whether a message corrects an answer, asks for another skill or answers the field
/// (<c>actually, show me my payslip</c> asks for a payslip; <c>아 업체명은 미래상사(주)로 해주세요</c> corrects the
/// name).</summary>
/// <remarks>A filler counts only as a whole word followed by a space or punctuation, and never when nothing would
/// be left. Words that also begin names (<c>oh</c>, <c>well</c>, <c>so</c>, <c>hey</c>, <c>참</c>, <c>그럼</c>) count, for a
/// value, only when punctuation follows them: <c>oh, Mirae</c> is Mirae but <c>Oh Minsu</c> stays a name.</remarks>
internal static partial class LeadingFillers
{
    private const string Hard =
        @"actually|wait(?:\s+a\s+(?:sec(?:ond)?|minute|moment))?|hold\s+on|hang\s+on|one\s+sec(?:ond)?|oh+\s+wait|hmm+|hm+|umm*|uhh*|erm?|"
        + @"oops|whoops|i\s+mean|by\s+the\s+way|btw|ok(?:ay)?\s+so|"
        + @"아|아아|아\s?참|아\s?맞다|앗|엇|음+|흠+|에|에이|근데|그런데|잠깐|잠깐만|잠깐만요|잠시만|잠시만요|아\s?그리고";

    private const string Soft = @"oh+|ooh|ah+|aha|sorry|well|so|hey|also|참|그럼|그리고|저기|저기요";

    [GeneratedRegex(@"^(?:(?:" + Hard + "|" + Soft + @")(?:\s*[,.!…~:;]+\s*|\s+))+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyFillers();

    [GeneratedRegex(@"^(?:(?:" + Hard + @")(?:\s*[,.!…~:;]+\s*|\s+)|(?:" + Soft + @")\s*[,.!…~:;]+\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ValueFillers();

    /// <summary><paramref name="text"/> without the fillers it starts with, for deciding what the message is
    /// (<c>actually, show me my payslip</c> → <c>show me my payslip</c>); the text itself when it has none or is
    /// nothing else.</summary>
    /// <param name="text">The message as typed.</param>
    /// <returns>The rest, trimmed.</returns>
    internal static string Strip(string text) => Rest(AnyFillers(), text);

    /// <summary><paramref name="text"/> without the fillers it starts with, for taking it as a field's value: like
    /// <see cref="Strip"/>, but a word that can also begin a name counts only when punctuation follows it.</summary>
    /// <param name="text">The message as typed.</param>
    /// <returns>The rest, trimmed.</returns>
    internal static string StripForValue(string text) => Rest(ValueFillers(), text);

    private static string Rest(Regex fillers, string text)
    {
        var trimmed = text.Trim();
        var match = fillers.Match(trimmed);
        if (!match.Success || match.Length == 0)
        {
            return trimmed;
        }

        var rest = trimmed[match.Length..].Trim();
        return Recognition.TextFeatures.Normalize(rest).Length == 0 ? trimmed : rest;
    }
}
