using System.Text.RegularExpressions;
using ChatFlow.Skills.Manifests;

namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>Values given after their field's label: <c>address 77 Teheran-ro, Gangnam-gu</c>, <c>주소는 서울시 강남구
/// 테헤란로 1</c>, <c>vendor name Sejong Paper</c>.</summary>
internal sealed partial class SlotFiller
{
    /// <summary>Fills free-text slots from values given after their label (<c>address 77 Teheran-ro, Gangnam-gu</c>,
    /// <c>주소 서울시 강남구 테헤란로 1</c>, <c>name: Blue Ocean Foods</c>) and returns <paramref name="text"/> without
    /// them. A value runs to the next label of the skill or of a typed value (<c>email</c>, <c>BRN</c>) or to the
    /// end.</summary>
    private string TakeLabelled(Dictionary<string, string> values, string text)
    {
        foreach (var (slot, pattern) in _labelled)
        {
            if (values.ContainsKey(slot.Name))
            {
                continue;
            }

            Match match;
            try
            {
                match = pattern.Match(text);
            }
            catch (RegexMatchTimeoutException)
            {
                continue;
            }

            if (!match.Success)
            {
                continue;
            }

            var value = Cleaned(slot, KoreanPredicate().Replace(match.Groups["v"].Value.Trim().TrimEnd(',', ';', '.', '!', ' '), ""));
            if (value.Length == 0 || (_lookupSlots.Contains(slot) && ResidualValue.IsOnlyRequestWords(_skill, value)))
            {
                continue;
            }

            values[slot.Name] = value;
            text = string.Concat(text.AsSpan(0, match.Index), ", ", text.AsSpan(match.Index + match.Length));
        }

        return text;
    }

    /// <summary>A Korean sentence's predicate after a labelled value at its end: <c>주소는 서울시 중구 12입니다</c>,
    /// <c>업체명은 가나다로 해주세요</c>.</summary>
    [GeneratedRegex(@"(?:(?<=\S)(?:입니다|이에요|예요|이요|이야|(?<=[가-힣])(?:으로|로))?\s*(?:해\s?줘|해\s?주세요|해\s?줘요|할게요|할게|합니다|해요|부탁해요|부탁드려요|부탁합니다))$|(?<=\S)(?:입니다|이에요|예요|이요)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex KoreanPredicate();

    /// <summary>Label words typed values are announced with (their slots are filled by type, but a free-text value
    /// ends where one starts).</summary>
    private static readonly string[] TypedLabels =
    [
        "e-mail", "email", "contact", "brn", "business registration number", "registration number", "phone", "tel",
        "이메일", "메일", "사업자번호", "사업자등록번호", "등록번호", "연락처", "전화번호", "전화",
    ];

    private static (SlotDefinition Slot, Regex Pattern)[] Labelled(SkillManifest skill, SlotDefinition[] freeText, SlotDefinition[] nameSlots)
    {
        static IEnumerable<string> LabelsOf(SlotDefinition slot, bool name)
        {
            yield return slot.Label.En;
            if (slot.Label.Ko is { Length: > 0 } ko)
            {
                yield return ko;
            }

            yield return CamelWords().Replace(slot.Name, " ");
            if (name)
            {
                yield return "name";
                yield return "이름";
                yield return "상호";
            }
        }

        static string Alternation(IEnumerable<string> labels) => string.Join("|", labels
            .Select(l => l.Trim())
            .Where(l => l.Length > 1)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(l => l.Length)
            .Select(l => string.Join(@"\s+", l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape))));

        var stops = Alternation(skill.Slots.SelectMany(s => LabelsOf(s, nameSlots.Contains(s))).Concat(TypedLabels));
        // A slot whose labels are all one character long has no alternation: an empty one would match after any comma.
        return [.. freeText.Where(slot => Alternation(LabelsOf(slot, nameSlots.Contains(slot))).Length > 0).Select(slot => (slot, new Regex(
            @"(?:^|(?<=[,;.]\s*)|(?<=\b(?:and|with|its|their)\s+))(?:" + Alternation(LabelsOf(slot, nameSlots.Contains(slot)))
            + @")(?:\s*[:=]\s*|\s+is\s+|(?:(?<=[가-힣])(?:은|는|이|가))?\s+)(?<v>.+?)"
            + @"(?=(?:\s*[,;.]\s*|\s+(?:and|with)\s+)(?:" + stops + @")(?:\b|(?=[가-힣\s:=]))|\s+(?:" + stops + @")(?:\s*[:=]|(?<=[가-힣])(?:은|는)\s)|[\s,;.]*$)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout)))];
    }

    [GeneratedRegex(@"(?<=[a-z])(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex CamelWords();
}
