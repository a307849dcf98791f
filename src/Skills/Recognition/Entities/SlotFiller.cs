using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using ChatFlow.Skills.Manifests;

namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>Fills a skill's slots from an utterance: first by matching its example templates
/// (<c>register vendor {vendorName} at {address}</c>), then by typed entities for slots still empty.</summary>
internal sealed partial class SlotFiller
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>Particles a Korean choice name may carry (<c>병가로</c>, <c>연차요</c>).</summary>
    private static readonly HashSet<string> KoreanParticles = new(StringComparer.Ordinal)
    {
        "을", "를", "이", "가", "은", "는", "로", "으로", "도", "만", "요", "이요", "예요", "이에요",
    };

    private readonly SkillManifest _skill;
    private readonly List<Regex> _templates;
    private readonly HashSet<EntityKind> _kinds;

    /// <summary>Text slots without a pattern (names, addresses, queries), in manifest order.</summary>
    private readonly SlotDefinition[] _freeText;

    /// <summary>Free-text slots for a name (<c>vendorName</c>, label "… name" / "…명").</summary>
    private readonly SlotDefinition[] _nameSlots;

    /// <summary>Free-text slots for what a lookup or record is about: a name, a person or a query (not an address, a
    /// memo or a reason). Their values lose a Korean particle and a possessive's tail (<c>한빛에</c> → <c>한빛</c>,
    /// <c>Bob's manager</c> → <c>Bob</c>), and are never only request words (<c>사람</c>, <c>someone</c>).</summary>
    private readonly SlotDefinition[] _lookupSlots;

    /// <summary>Free-text slots for a person (<c>person</c>, label "Name or email" / "이름 또는 이메일").</summary>
    private readonly SlotDefinition[] _personSlots;

    /// <summary>Each free-text slot with the pattern of its value given after its label (<c>address 77 Teheran-ro,
    /// Seoul</c>, <c>주소는 서울시 강남구 테헤란로 1</c>).</summary>
    private readonly (SlotDefinition Slot, Regex Pattern)[] _labelled;

    public SlotFiller(SkillManifest skill)
    {
        _skill = skill;
        _freeText = [.. skill.Slots.Where(s => s.Type == SlotType.Text && s.Validation.Pattern is null)];
        // A manifest's role decides; without one, the slot's name and label tell.
        _nameSlots = [.. _freeText.Where(s => s.Role is SlotRole.Name or SlotRole.Person || (s.Role == SlotRole.Inferred
            && (s.Name.Contains("name", StringComparison.OrdinalIgnoreCase) || s.Label.En.Contains("name", StringComparison.OrdinalIgnoreCase)
                || (s.Label.Ko ?? "").EndsWith('명') || (s.Label.Ko ?? "").Contains("이름", StringComparison.Ordinal))))];
        _lookupSlots = [.. _freeText.Where(s => s.Role is SlotRole.Name or SlotRole.Person or SlotRole.Query || (s.Role == SlotRole.Inferred
            && (_nameSlots.Contains(s) || LookupSlot().IsMatch(s.Name + " " + s.Label.En + " " + s.Label.Ko))))];
        _personSlots = [.. _freeText.Where(s => s.Role == SlotRole.Person || (s.Role == SlotRole.Inferred
            && (PersonSlot().IsMatch(s.Name + " " + s.Label.En)
                || s.Label.En.StartsWith("name", StringComparison.OrdinalIgnoreCase) || (s.Label.Ko ?? "").Contains("이름", StringComparison.Ordinal))))];
        _labelled = Labelled(skill, _freeText, [.. _nameSlots.Except(_personSlots)]);
        _kinds = skill.Slots.Select(s => s.Type switch
        {
            SlotType.Money => EntityKind.Money,
            SlotType.Date => EntityKind.Date,
            SlotType.DateRange => EntityKind.DateRange,
            SlotType.Duration => EntityKind.Duration,
            SlotType.Number => EntityKind.Number,
            SlotType.Person => EntityKind.Mention,
            SlotType.Text when s.Validation.Pattern is not null => EntityKind.Month,
            _ => EntityKind.Email,
        }).ToHashSet();
        _templates = skill.Utterances.Values
            .SelectMany(u => u)
            .Where(u => Templates.Names(u).Any())
            .Select(ForMatching)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(u => Templates.Placeholder().Replace(u, "").Length)
            .ThenBy(u => u, StringComparer.Ordinal)
            .Select(ToRegex)
            .ToList();
    }

    /// <summary>Slot name → value found in <paramref name="utterance"/>: typed entities (e-mail, money, dates …) for
    /// the slots of their type wherever they are, then the example templates over the rest of the text. Values of
    /// clock-dependent kinds are the text as typed (<c>tomorrow</c>), resolved when validated.</summary>
    /// <param name="utterance">The user's text.</param>
    /// <param name="residual">Also take the skill's one empty free-text slot from the words its examples never use
    /// (<see cref="ResidualValue"/>); only once the skill is chosen, never for scoring.</param>
    public IReadOnlyDictionary<string, string> Fill(string utterance, bool residual = false)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var typed = Typed(utterance);
        foreach (var (slot, value, _) in typed)
        {
            values[slot] = value;
        }

        var rest = TakeLabelled(values, ForMatching(Without(utterance, typed.Select(t => t.Entity))));

        // "who's in finance?", "개발팀에 누구 있어?": the people of a team, which a directory searches by department.
        if (_personSlots.FirstOrDefault(s => !values.ContainsKey(s.Name)) is { } groupSlot && PersonQuery.Group(rest) is { } group)
        {
            values[groupSlot.Name] = group;
        }

        var templateMatched = false;
        foreach (var template in _templates)
        {
            Match match;
            try
            {
                match = template.Match(rest);
            }
            catch (RegexMatchTimeoutException)
            {
                continue;
            }

            if (!match.Success || FromTemplate(match, values) is not { } found)
            {
                continue;
            }

            templateMatched = true;
            foreach (var (slot, value) in found)
            {
                values[slot] = value;
            }

            break;
        }

        foreach (var slot in _skill.Slots.Where(s => !values.ContainsKey(s.Name)))
        {
            var found = slot.Type switch
            {
                SlotType.Choice => NamedChoice(slot, utterance) ?? NamedBesideOtherSlots(slot, utterance) ?? GenericChoiceWord(slot, utterance),
                SlotType.Text => ShapedLike(slot, rest),
                _ => null,
            };
            if (found is not null)
            {
                values[slot.Name] = found;
            }
        }

        if (_personSlots.FirstOrDefault(s => !values.ContainsKey(s.Name)) is { } person && PersonNamed(rest) is { } name)
        {
            values[person.Name] = name;
        }

        // "who's my manager?": the user herself, whatever an example template took ("my manager").
        if (_personSlots.FirstOrDefault() is { } self && !values.Values.Any(v => v.Contains('@', StringComparison.Ordinal))
            && SelfLanguage(utterance) is { } selfLanguage)
        {
            values[self.Name] = selfLanguage == "ko" ? SelfKorean : SelfEnglish;
        }

        if (residual)
        {
            FillLeftOvers(values, ValueCut.Without(rest, values.Values, out _), templateMatched);
        }

        foreach (var slot in _freeText.Where(s => values.ContainsKey(s.Name)))
        {
            values[slot.Name] = Restored(utterance, values[slot.Name]);
        }

        foreach (var slot in _personSlots.Where(s => values.ContainsKey(s.Name)))
        {
            values[slot.Name] = PersonQuery.Tidy(values[slot.Name]); // "김 민수" → 김민수, "in finance" → finance
        }

        return values;
    }

    /// <summary>A value read from the text as <see cref="ForMatching"/> wrote it, with the courtesy words it took out of
    /// the middle put back as the user typed them: <c>Pretty Please Bakery</c>, not <c>Pretty Bakery</c>.</summary>
    private static string Restored(string utterance, string value)
    {
        if (utterance.Contains(value, StringComparison.OrdinalIgnoreCase) || value.Split(' ', StringSplitOptions.RemoveEmptyEntries) is not { Length: > 1 } words)
        {
            return value;
        }

        var pattern = string.Join(@"(?:\s+(?:please|pls|plz|kindly|좀|(?:can|could|would|will)\s+(?:you|u)))*\s+", words.Select(Regex.Escape));
        try
        {
            return Regex.Match(utterance, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout) is { Success: true } m ? m.Value : value;
        }
        catch (RegexMatchTimeoutException)
        {
            return value;
        }
    }

    /// <summary>The values <paramref name="match"/> (of an example template) gives the slots still empty in
    /// <paramref name="values"/>, or <c>null</c> when one is no value: only request words (<c>사람 찾아줘</c>,
    /// <c>동료 좀 찾아줘</c> against <c>{person} 찾아줘</c>), or a name running over a comma (<c>register vendor Seoul
    /// Foods, 5 Jongno-ro</c>, whose parts are read one by one).</summary>
    private Dictionary<string, string>? FromTemplate(Match match, Dictionary<string, string> values)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var slot in _skill.Slots)
        {
            if (values.ContainsKey(slot.Name) || !match.Groups.TryGetValue(slot.Name, out var group) || !group.Success)
            {
                continue;
            }

            var value = Cleaned(slot, group.Value);
            if (value.Length == 0)
            {
                continue;
            }

            if (_lookupSlots.Contains(slot) && (ResidualValue.IsOnlyRequestWords(_skill, value)
                || (_nameSlots.Contains(slot) && value.Contains(',', StringComparison.Ordinal))))
            {
                return null;
            }

            found[slot.Name] = value;
        }

        return found;
    }

    /// <summary>A captured value without quotes, "…라는" and, for a lookup slot, what follows a possessive or the
    /// Korean particle after it (<see cref="NameValue.Clean"/>).</summary>
    private string Cleaned(SlotDefinition slot, string raw)
    {
        var value = QuotedAs().Replace(raw.Trim(), "").Trim().Trim('"', '\'', '“', '”', '‘', '’').Trim();
        if (!_lookupSlots.Contains(slot))
        {
            return value;
        }

        value = NameValue.Clean(value);

        // A Korean person's name and what is asked about them: "김민수 상사" (from "김민수 상사가 누구야") → 김민수.
        return _personSlots.Contains(slot) && value.Split(' ') is [var first, _, ..] words
            && NameValue.IsPersonName(NameValue.Bare(first), strict: false)
            && words.Skip(1).All(w => w.All(c => c is >= '가' and <= '힣') && !NameValue.IsHonorific(w) && !NameValue.IsPersonName(NameValue.Bare(w), strict: false))
            ? NameValue.Bare(first)
            : value;
    }

    /// <summary>Free-text values no example template gave, from what is left of the utterance (<paramref name="rest"/>,
    /// without the values already found): a name introduced as such ("called Blue Harbor"), then comma-separated parts
    /// in slot order when no template matched, then the one free-text slot still empty's left-over name
    /// (<see cref="ResidualValue"/>).</summary>
    private void FillLeftOvers(Dictionary<string, string> values, string rest, bool templateMatched)
    {
        if (Called().Match(rest) is { Success: true } called && _nameSlots.FirstOrDefault(s => !values.ContainsKey(s.Name)) is { } nameSlot)
        {
            values[nameSlot.Name] = called.Groups["v"].Value.Trim().Trim('"', '\'', '“', '”', '‘', '’').Trim();
            rest = rest.Remove(called.Index, called.Length);
        }

        // "register the vendor Seoul Foods, 5 Jongno-ro Seoul": with no example matching, the comma-separated parts
        // that hold a name fill the free-text slots in order, when there are no more of them than slots.
        if (!templateMatched && _freeText.Length > 1 && _freeText.All(s => !values.ContainsKey(s.Name))
            && ResidualValue.ByPart(_skill, rest) is { Count: > 1 } parts && parts.Count <= _freeText.Length)
        {
            for (var i = 0; i < parts.Count; i++)
            {
                values[_freeText[i].Name] = parts[i];
            }
        }

        // The one free-text slot still empty, when it is the skill's only one or a name whose other free-text slots are
        // filled ("please register Blue Ocean Foods as a vendor, address 77 Teheran-ro …"), from the left-over name.
        if (_freeText.Where(s => !values.ContainsKey(s.Name)).ToList() is [var free]
            && (_freeText.Length == 1 || _nameSlots.Contains(free))
            && ResidualValue.Find(_skill, rest, loose: _lookupSlots.Contains(free) && !_personSlots.Contains(free)) is { } leftOver)
        {
            values[free.Name] = leftOver;
        }
    }

    /// <summary>The one word of <paramref name="text"/> shaped like a code in <paramref name="slot"/>'s placeholder
    /// (letters, digits and separators in the same places: <c>INV-2099-0001</c> for <c>INV-2025-0101</c>), so
    /// "check invoice INV-2099-0001" fills the slot in any phrasing; <c>null</c> when there is none or several.
    /// Only placeholder words of at least 5 characters holding a digit count as codes.</summary>
    internal static string? ShapedLike(SlotDefinition slot, string text)
    {
        var shapes = (slot.Placeholder ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', ';', '/', '(', ')'))
            .Where(w => w.Length >= 5 && w.Any(char.IsAsciiDigit))
            .Select(Shape)
            .ToHashSet(StringComparer.Ordinal);
        if (shapes.Count == 0)
        {
            return null;
        }

        var matches = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => CodeWord().Match(w))
            .Where(m => m.Success && shapes.Contains(Shape(m.Groups["code"].Value)))
            .Select(m => m.Groups["code"].Value)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>Letters as <c>A</c>, digits as <c>9</c>, other characters kept: <c>INV-2025-0101</c> → <c>AAA-9999-9999</c>.</summary>
    private static string Shape(string word) => string.Concat(word.Select(c =>
        char.IsAsciiDigit(c) ? '9' : char.IsAsciiLetter(c) ? 'A' : c));

    /// <summary>The leading ASCII code of a word, without a Korean particle or punctuation after it
    /// (<c>INV-2025-0101을</c> → <c>INV-2025-0101</c>).</summary>
    [GeneratedRegex(@"^[\p{Ps}""'“‘]?(?<code>[A-Za-z0-9](?:[A-Za-z0-9\-_./]*[A-Za-z0-9])?)", RegexOptions.CultureInvariant)]
    private static partial Regex CodeWord();

    /// <summary>The one choice of <paramref name="slot"/> that <paramref name="utterance"/> names by its value, a
    /// label or a synonym, as whole words (<c>take annual leave on Friday</c> → <c>annual</c>, <c>3일 연차 쓸게요</c>
    /// → <c>annual</c>; a Korean name may carry a particle: <c>병가로</c>), or <c>null</c> when it names none or
    /// several. A catch-all <c>other</c> is never read from free text: "other" is too common a word to mean the
    /// choice.</summary>
    internal static string? NamedChoice(SlotDefinition slot, string utterance)
    {
        var words = " " + TextFeatures.Normalize(utterance) + " ";
        string? named = null;
        foreach (var (value, names) in NormalizedChoices.GetValue(slot, Normalized))
        {
            if (!names.Any(n => Names(words, n)))
                continue;
            if (named is not null)
                return null;
            named = value;
        }

        return named;
    }

    /// <summary>Each slot's choices (except the catch-all <c>other</c>) with their names normalised once, not on every
    /// utterance; keyed by the slot instance, so a re-registered manifest gets its own entry.</summary>
    private static readonly ConditionalWeakTable<SlotDefinition, (string Value, string[] Names)[]> NormalizedChoices = new();

    private static (string Value, string[] Names)[] Normalized(SlotDefinition slot) => slot.Validation.ChoiceOptions
        .Where(c => !string.Equals(c.Value, "other", StringComparison.OrdinalIgnoreCase))
        .Select(c => (c.Value, c.Names.Select(TextFeatures.Normalize).Where(IsSentenceName).Distinct(StringComparer.Ordinal).ToArray()))
        .ToArray();

    private static bool Names(string words, string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        if (!TextFeatures.IsHangul(name[^1]))
        {
            return words.Contains(" " + name + " ", StringComparison.Ordinal);
        }

        for (var at = words.IndexOf(" " + name, StringComparison.Ordinal); at >= 0;
             at = words.IndexOf(" " + name, at + 1, StringComparison.Ordinal))
        {
            var end = at + 1 + name.Length;
            var next = words.IndexOf(' ', end);
            if (next == end || KoreanParticles.Contains(words[end..next]) || CostOf(words[end..next]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the rest of a Korean word after a choice's name makes it "the cost of" that name, with an
    /// optional particle: <c>점심값</c>, <c>점심값으로</c>, <c>주차비</c>, <c>숙박비용</c>, <c>저녁대</c>.</summary>
    private static bool CostOf(string rest)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["비용", "요금", "대금", "값", "비", "대", "료"])
        {
            if (rest.StartsWith(suffix, StringComparison.Ordinal)
                && (rest.Length == suffix.Length || KoreanParticles.Contains(rest[suffix.Length..])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Typed entities of <paramref name="utterance"/> assigned to the first empty slot of each's type (and
    /// business registration numbers and months to a text slot whose pattern accepts them), in slot order.</summary>
    internal List<(string Slot, string Value, Entity Entity)> Typed(string utterance)
    {
        var assigned = new List<(string Slot, string Value, Entity Entity)>();
        foreach (var entity in EntityExtractor.ExtractSpans(utterance, _kinds))
        {
            var slot = _skill.Slots.FirstOrDefault(s => !assigned.Any(a => a.Slot == s.Name) && Accepts(s, entity));
            if (slot is not null)
            {
                // Clock-dependent values (dates, months) stay as typed and are resolved when validated.
                var value = entity.Kind is EntityKind.Email or EntityKind.BusinessRegistrationNumber
                    ? entity.Value
                    : utterance.Substring(entity.Index, entity.Length).Trim();
                assigned.Add((slot.Name, value, entity));
            }
        }

        return assigned;
    }

    /// <summary>Whether a value of <paramref name="entity"/>'s kind fits <paramref name="slot"/>'s type: its own
    /// type, a single date for a date range (one day), and a business registration number or a month for a text
    /// slot whose pattern accepts its normalised value (<c>2026-10</c> for <c>^\d{4}-\d{2}$</c>).</summary>
    internal static bool Accepts(SlotDefinition slot, Entity entity) => entity.Kind switch
    {
        EntityKind.Email => slot.Type == SlotType.Email,
        EntityKind.BusinessRegistrationNumber or EntityKind.Month => PatternAccepts(slot, entity.Value),
        EntityKind.Money => slot.Type == SlotType.Money,
        EntityKind.Date => slot.Type is SlotType.Date or SlotType.DateRange,
        EntityKind.DateRange => slot.Type == SlotType.DateRange,
        EntityKind.Duration => slot.Type == SlotType.Duration,
        EntityKind.Number => slot.Type == SlotType.Number,
        EntityKind.Mention => slot.Type == SlotType.Person,
        _ => false,
    };

    /// <summary>Whether <paramref name="slot"/> is a text slot whose validation pattern accepts
    /// <paramref name="value"/>.</summary>
    internal static bool PatternAccepts(SlotDefinition slot, string value)
    {
        if (slot.Type != SlotType.Text || slot.Validation.Pattern is not { } pattern)
        {
            return false;
        }

        try
        {
            return Regex.IsMatch(value, pattern, RegexOptions.ECMAScript, MatchTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary><paramref name="text"/> as example templates and utterances are compared: English contractions spelt
    /// out (<c>who's</c>, <c>whats</c> → <c>what is</c>), courtesy words left out (<c>please</c>, <c>can you</c>,
    /// <c>좀</c>) and a Korean request's polite ending written one way (<c>등록해 주세요</c>, <c>등록해주실래요</c> →
    /// <c>등록해줘</c>), so "register vendor Sejong Paper" matches the example "can you register vendor {vendorName}" and
    /// "한빛 송장 좀 조회해 주세요" the example "{invoiceQuery} 송장 조회해줘".</summary>
    internal static string ForMatching(string text)
    {
        text = Courtesy().Replace(PoliteEnding().Replace(Expand(text), "줘"), " ");
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"\b(?:please|pls|plz|kindly)\b|\b(?:can|could|would|will)\s+(?:you|u)\b|(?<![가-힣])좀(?![가-힣])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Courtesy();

    [GeneratedRegex(@"(?<=[해아어여려워와져쳐켜혀]\s?)\s?(?:주세요|주십시오|주실래요|주시겠어요|주실래|주시겠습니까|줄래요|줄래|줘요|줘)(?![가-힣])", RegexOptions.CultureInvariant)]
    private static partial Regex PoliteEnding();

    [GeneratedRegex(@"[ \t]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    /// <summary><paramref name="text"/> with English contractions spelt out (<c>who's</c> → <c>who is</c>; also
    /// without the apostrophe: <c>whats</c>, <c>whos</c>), so "who's Carol?" matches the example "who is {person}";
    /// examples are spelt out the same way.</summary>
    private static string Expand(string text) => ApostropheLess().Replace(
        text.Contains('\'', StringComparison.Ordinal) || text.Contains('’', StringComparison.Ordinal)
            ? Contraction().Replace(text, m => m.Groups["w"].Value + (m.Groups["c"].Value.ToLowerInvariant() switch
            {
                "s" => " is",
                "re" => " are",
                "m" => " am",
                "ll" => " will",
                "ve" => " have",
                _ => " would",
            }))
            : text,
        m => m.Groups["w"].Value + " is");

    /// <summary>A question word with <c>'s</c> written without its apostrophe: <c>whats</c>, <c>whos</c>, <c>wheres</c>.</summary>
    [GeneratedRegex(@"\b(?<w>what|who|where|how)s\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApostropheLess();

    /// <summary>"…이라는" / "…라는" after a captured name (<c>한빛상사라는</c> → <c>한빛상사</c>).</summary>
    [GeneratedRegex(@"(?<=[가-힣A-Za-z0-9])(?:이라는|라는)$", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedAs();

    /// <summary>A name introduced as such: <c>a supplier called Blue Harbor</c>, <c>named "Acme Paper"</c>,
    /// <c>한빛상사라는 업체</c>.</summary>
    [GeneratedRegex(@"\b(?:called|named)\s+(?<v>[^,.;!?]+?)(?=\s+(?:at|in|located|with|whose|and|from|for|email|e-mail|brn)\b|[,.;!?]|$)|(?<![가-힣])(?<v>[가-힣A-Za-z0-9&]{2,20}?)(?:이라는|라는|이란|란)\s",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Called();

    [GeneratedRegex(@"\b(?<w>who|what|where|when|how|it|that|there|i|you|we|they)['’](?<c>s|re|m|ll|ve|d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Contraction();

    /// <summary><paramref name="utterance"/> without the spans of <paramref name="entities"/> and the label word
    /// just before each (<c>email</c>, <c>BRN</c>, <c>이메일</c> …), so templates match the remaining text.</summary>
    private static string Without(string utterance, IEnumerable<Entity> entities)
    {
        var text = utterance;
        foreach (var entity in entities.OrderByDescending(e => e.Index))
        {
            var before = LabelBefore().Match(text[..entity.Index]);
            var start = before.Success ? before.Index : entity.Index;
            text = text[..start] + text[(entity.Index + entity.Length)..];
        }

        return text;
    }

    [GeneratedRegex(@"(?:\s*(?:,|\band\b|\bwith\b))?\s*(?:(?:contact\s+)?e-?mail(?:\s+address)?|contact|brn|business\s+registration\s+number|amount|date|이메일|메일|사업자(?:등록)?번호|금액|날짜)?\s*(?:[:=]|\bis\b|\bof\b|은|는)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelBefore();

    private static Regex ToRegex(string template)
    {
        var sb = new StringBuilder("^[\\s\\p{P}-[(\\[（]]*");
        var last = 0;
        foreach (Match m in Templates.Placeholder().Matches(template))
        {
            AppendLiteral(sb, template[last..m.Index]);
            sb.Append("(?<").Append(m.Groups[1].Value.Trim()).Append(">.+?)");
            last = m.Index + m.Length;
        }

        AppendLiteral(sb, template[last..]);
        sb.Append("[\\s\\p{P}]*$");
        return new Regex(sb.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
    }

    private static void AppendLiteral(StringBuilder sb, string literal)
    {
        var first = true;
        foreach (var word in literal.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            sb.Append(first ? "\\s*" : "\\s+");
            first = false;
            sb.Append(char.IsAsciiLetterOrDigit(word[0]) ? "\\b" : "");
            sb.Append(Particle(word));
            sb.Append(char.IsAsciiLetterOrDigit(word[^1]) ? "\\b" : "");
        }

        if (!first)
        {
            sb.Append("\\s*");
        }
    }

    /// <summary>A word starting with a Korean object/subject/topic particle also matches its other form
    /// (을/를, 이/가, 은/는, 와/과), which depends on the preceding value.</summary>
    private static string Particle(string word)
    {
        string? alternative = word[0] switch
        {
            '을' => "을|를",
            '를' => "을|를",
            '이' when word.Length == 1 => "이|가",
            '가' when word.Length == 1 => "이|가",
            '은' => "은|는",
            '는' => "은|는",
            '와' => "와|과",
            '과' => "와|과",
            _ => null,
        };
        return alternative is null ? Regex.Escape(word) : $"(?:{alternative}){Regex.Escape(word[1..])}";
    }
}
