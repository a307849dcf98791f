using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Forms;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Dialog;

/// <summary>Changing course: corrections of earlier answers, switching to another skill mid-run, and choosing
/// between skills that scored close.</summary>
public sealed partial class DialogEngine
{
    private static readonly Dictionary<SlotType, string[]> TypeWords = new()
    {
        [SlotType.Money] = ["amount", "price", "cost", "total", "sum", "금액", "가격", "비용", "돈"],
        [SlotType.Email] = ["email", "e mail", "mail", "email address", "이메일", "메일", "이메일 주소"],
        [SlotType.Date] = ["date", "day", "날짜", "일자", "날"],
        [SlotType.DateRange] = ["dates", "period", "range", "날짜", "기간"],
        [SlotType.Duration] = ["duration", "length", "how long", "기간", "시간"],
        [SlotType.Person] = ["person", "who", "user", "사람", "담당자"],
        [SlotType.Number] = ["number", "count", "quantity", "수", "개수", "수량"],
    };

    /// <summary>Applies <paramref name="correction"/> to <paramref name="slot"/> (<see cref="CorrectedSlot"/>), or asks
    /// which field is meant when that is <c>null</c>.</summary>
    private DialogStep Correct(SkillManifest skill, DialogState state, Corrections.Correction correction, SlotDefinition? slot, EntityContext context)
    {
        var language = state.Language;
        if (slot is null)
        {
            return new DialogStep(state, [Reply.Say(DialogTexts.WhichField(language), language),
                state.Phase == DialogPhase.Confirming ? ConfirmationReply(skill, state) : Reply.Say(PromptFor(skill, state), language)], null);
        }

        // "아니 27일까지" / "actually until the 28th" moves one end of the range given before.
        var raw = slot.Type is SlotType.DateRange or SlotType.Date && state.Slots.TryGetValue(slot.Name, out var current)
            && RangeCorrections.Apply(slot, current, correction.Value, context) is { } moved
                ? moved
                : correction.Value;

        // "not yesterday, the day before": a day before the date held.
        if (slot.Type is SlotType.Date or SlotType.DateRange && Corrections.DayShift(correction.Value) is { } shift
            && state.Slots.TryGetValue(slot.Name, out var held)
            && Corrections.ShiftDays(held, shift) is { } shifted)
        {
            raw = shifted;
        }

        var (value, error) = SlotValidator.Validate(slot, raw, language, context);
        if (error is not null)
        {
            var failed = state with { FailureCount = state.FailureCount + 1, PendingSlot = slot.Name, Phase = DialogPhase.Collecting };
            return failed.FailureCount >= MaxFailures
                ? End(language, DialogTexts.GiveUp(language, Example(skill, language)))
                : new DialogStep(failed, [SlotPrompt(slot, Retry(slot, error, language), language)], null);
        }

        var slots = new Dictionary<string, string>(state.Slots, StringComparer.Ordinal) { [slot.Name] = value };
        var preface = DialogTexts.Changed(language, slot.Label.Get(language), SlotDisplay.Show(slot, value, language, slots));
        var next = state with { Slots = slots, FailureCount = 0 };
        if (state.Phase == DialogPhase.Confirming && NextMissing(skill, next, context) is null)
        {
            var step = Proceed(skill, next, context);
            return step with { Replies = [Reply.Say(preface, language), .. step.Replies.Skip(1)] };
        }

        return Continue(skill, next, context, preface);
    }

    /// <summary>The slot a correction changes: the one its label names (label, slot name or type word), else the one
    /// holding the value it replaces (<c>어제가 아니라 그제야</c>), else the one accepting the kind of value given, else
    /// (while collecting) the last one answered.</summary>
    private static SlotDefinition? CorrectedSlot(SkillManifest skill, DialogState state, Corrections.Correction correction, EntityContext context)
    {
        if (correction.Label is { } label)
        {
            if (SlotNamedBy(skill, label) is { } named)
            {
                return named;
            }

            if (correction.Bare)
            {
                return null; // "note: …" names no field of this skill: an ordinary answer
            }
        }

        if (correction.Old is { } old)
        {
            // "어제가 아니라 그제야": the field holding the old value; else one both values fit ("Thursday, not
            // Tuesday"). "lunch, not reimbursable" as a memo corrects nothing.
            return HeldBy(skill, state, old, context) is { } holder ? holder
                : ByValue(skill, state, correction, context) is { Type: not SlotType.Text } fits
                    && SlotValidator.Validate(fits, old, state.Language, context).Error is null ? fits
                : null;
        }

        return ByValue(skill, state, correction, context);
    }

    /// <summary>The slot a correction's value belongs to (<see cref="CorrectedSlot"/> without a field named).</summary>
    private static SlotDefinition? ByValue(SkillManifest skill, DialogState state, Corrections.Correction correction, EntityContext context)
    {
        // A choice's name ("make it annual", "병가로 바꿔줘") belongs to the one choice slot offering it.
        var choices = skill.Slots.Where(s => s.Type == SlotType.Choice && SlotFiller.NamedChoice(s, correction.Value) is not null).ToList();
        if (choices.Count == 1)
        {
            return choices[0];
        }

        var ranges = skill.Slots.Where(s => s.Type == SlotType.DateRange && state.Slots.ContainsKey(s.Name)).ToList();
        if (ranges.Count == 1 && RangeCorrections.Looks(correction.Value, context))
        {
            return ranges[0];
        }

        foreach (var entity in EntityExtractor.Extract(correction.Value, context))
        {
            var accepting = skill.Slots.Where(s => SlotFiller.Accepts(s, entity)).ToList();
            if (accepting.Count > 0)
            {
                return accepting.FirstOrDefault(s => state.Slots.ContainsKey(s.Name)) ?? accepting[0];
            }
        }

        // "미래상사(주)로 해주세요" after 미래상사: a fuller form of a text answer given before.
        var extended = skill.Slots.Where(s => s.Type == SlotType.Text && state.Slots.TryGetValue(s.Name, out var held)
            && held.Length >= 2 && correction.Value.Length > held.Length
            && correction.Value.StartsWith(held, StringComparison.OrdinalIgnoreCase)).ToList();
        if (extended.Count == 1)
        {
            return extended[0];
        }

        if (state.Phase != DialogPhase.Collecting || correction.Label is not null || correction.Bare)
        {
            return null;
        }

        var pending = state.PendingSlot is { } p ? skill.FindSlot(p) : null;
        return skill.Slots.TakeWhile(s => s != pending).LastOrDefault(s => state.Slots.ContainsKey(s.Name)) ?? pending;
    }

    /// <summary>The slot <paramref name="label"/> (as typed) names: its label, slot name or a word for its type, exactly
    /// or as part of it (<c>name</c> → Vendor name); <c>null</c> when it names none.</summary>
    private static SlotDefinition? SlotNamedBy(SkillManifest skill, string label)
    {
        var words = Recognition.TextFeatures.Normalize(label);
        return skill.Slots.FirstOrDefault(s => Names(s).Any(n => n == words))
            ?? skill.Slots.FirstOrDefault(s => Names(s).Any(n => n.Length > 1 && words.Length > 1 && (n.Contains(words, StringComparison.Ordinal) || words.Contains(n, StringComparison.Ordinal))))
            ?? skill.Slots.FirstOrDefault(s => TypeWords.TryGetValue(s.Type, out var w) && w.Contains(words));
    }

    /// <summary>Whether <paramref name="label"/> is exactly a name of one of the skill's fields: its label, slot name or
    /// a word for its type, or the last word of its label (<c>name</c> for Vendor name, <c>이메일</c> for 담당자 이메일,
    /// <c>등록번호</c> for 사업자등록번호). Stricter than <see cref="SlotNamedBy"/>: it tells where a field's name ends
    /// and its value begins (<c>make the vendor name Mirae Trading</c>).</summary>
    private static bool NamesFieldExactly(SkillManifest skill, string label)
    {
        var words = Recognition.TextFeatures.Normalize(label);
        if (words.Length < 2 && !words.Any(c => c >= '가' && c <= '힣'))
        {
            return false;
        }

        return skill.Slots.Any(s =>
            Names(s).Any(n => n == words || n.EndsWith(" " + words, StringComparison.Ordinal)
                || (words.Length >= 2 && words[^1] >= '가' && words[^1] <= '힣' && n.EndsWith(words, StringComparison.Ordinal)))
            || (TypeWords.TryGetValue(s.Type, out var w) && w.Contains(words)));
    }

    /// <summary>The slot whose value <paramref name="old"/> is (<c>어제</c> for a date holding yesterday,
    /// <c>미래상사</c> for the vendor name), or <c>null</c>.</summary>
    private static SlotDefinition? HeldBy(SkillManifest skill, DialogState state, string old, EntityContext context)
    {
        var holders = skill.Slots.Where(s => state.Slots.TryGetValue(s.Name, out var held)
            && (string.Equals(held, old.Trim(), StringComparison.OrdinalIgnoreCase)
                || SlotValidator.Validate(s, old, state.Language, context) is (var value, null) && s.Type != SlotType.Text && value == held))
            .ToList();
        return holders.Count == 1 ? holders[0] : null;
    }

    /// <summary>Whether a correction's <paramref name="value"/> is just a value, with at most two words besides
    /// (<c>50,000원</c>, <c>on Friday</c>, <c>sick leave</c>, <c>until the 28th</c>), rather than a sentence that may ask
    /// for something else (<c>show me my payslip for October</c>).</summary>
    private static bool IsPlainValue(SkillManifest skill, string value, EntityContext context)
    {
        if (skill.Slots.Any(s => s.Type == SlotType.Choice && SlotFiller.NamedChoice(s, value) is not null)
            || Corrections.DayShift(value) is not null || RangeCorrections.Looks(value, context))
        {
            return true;
        }

        var entities = EntityExtractor.Extract(value, context);
        if (entities.Count == 0)
        {
            return false;
        }

        var rest = value;
        foreach (var entity in entities.Reverse())
        {
            rest = rest.Remove(entity.Index, entity.Length);
        }

        return Recognition.TextFeatures.Normalize(rest).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2;
    }

    /// <summary>Whether normalised <paramref name="words"/> name the slot being asked for (its label, name or a
    /// word for its type).</summary>
    private static bool MentionsPendingSlot(SkillManifest skill, DialogState state, string words)
    {
        if (state.PendingSlot is not { } name || skill.FindSlot(name) is not { } slot)
        {
            return false;
        }

        var padded = " " + words + " ";
        return Names(slot).Concat(TypeWords.GetValueOrDefault(slot.Type) ?? [])
            .Any(n => n.Length > 1 && padded.Contains(" " + n + " ", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Names(SlotDefinition slot)
    {
        yield return Recognition.TextFeatures.Normalize(slot.Label.En);
        if (slot.Label.Ko is { } ko)
        {
            yield return Recognition.TextFeatures.Normalize(ko);
        }

        yield return Recognition.TextFeatures.Normalize(string.Concat(slot.Name.Select(c => char.IsUpper(c) ? " " + c : c.ToString())));
    }

    /// <summary>During a run: an utterance that confidently asks for another skill asks whether to switch; one that
    /// asks for the same skill again adds the values it carries. <c>null</c> when the text is neither.
    /// <paramref name="recognition"/>, when given, is read instead of the text's own.</summary>
    private DialogStep? SwitchOrRepeat(SkillManifest skill, DialogState state, string text, EntityContext context, Asker ask,
        Recognition.IntentRecognition? recognition = null)
    {
        recognition ??= ask.Recognize(text);
        if (recognition.IsOutOfScope || recognition.Candidates[0].Score < _options.SwitchThreshold)
        {
            return null;
        }

        var language = state.Language;
        if (recognition.TopSkillId == skill.Id)
        {
            var slots = new Dictionary<string, string>(state.Slots, StringComparer.Ordinal);
            foreach (var slot in skill.Slots)
            {
                if (recognition.Slots.TryGetValue(slot.Name, out var raw) && SlotValidator.Validate(slot, raw, language, context) is (var value, null) && value.Length > 0)
                {
                    slots[slot.Name] = value;
                }
            }

            return state.Phase == DialogPhase.Confirming
                ? Proceed(skill, state with { Slots = slots }, context)
                : Continue(skill, state with { Slots = slots }, context, null);
        }

        if (_catalog.Find(recognition.TopSkillId!) is not { } other || !IsEnabled(other.Id))
        {
            return null;
        }

        var asking = state with { SwitchTo = other.Id, DeferredUtterance = text, DeferredSlots = recognition.Slots };
        return new DialogStep(asking,
        [
            new Reply
            {
                Text = DialogTexts.SwitchQuestion(language, skill.Name.Get(language), other.Name.Get(language)),
                SuggestedActions = [new FormChoice(DialogTexts.Yes(language), DialogTexts.Yes(language)), new FormChoice(DialogTexts.No(language), DialogTexts.No(language))],
                Locale = language,
            },
        ], null);
    }

    /// <summary>Answers the switch question: yes starts the other skill, no continues, cancel ends the run;
    /// <c>null</c> for anything else (the question lapses and the text is handled as usual).</summary>
    private DialogStep? AnswerSwitch(DialogState state, string text, EntityContext context)
    {
        // "oh yes", "아 네": the answer after the fillers.
        var words = Recognition.TextFeatures.Normalize(LeadingFillers.Strip(text));
        var language = state.Language;
        var settled = Settled(state);
        if (ShortAnswers.IsCancel(words))
        {
            return Cancel(settled, null);
        }

        if (ShortAnswers.IsYes(words))
        {
            return _catalog.Find(state.SwitchTo!) is { } next
                ? Start(next, Deferred(next, state, context), language, context)
                : Cancel(settled, null);
        }

        if (!ShortAnswers.IsNo(words) && !ShortAnswers.IsContinue(words))
        {
            return null;
        }

        if (Pinned(settled) is not { } current)
        {
            return End(language, DialogTexts.SkillChanged(language));
        }

        var resume = Reply.Say(DialogTexts.Continuing(language, current.Name.Get(language)), language);
        return settled.Phase == DialogPhase.Confirming
            ? new DialogStep(settled, [resume, ConfirmationReply(current, settled)], null)
            : new DialogStep(settled, [resume, Reply.Say(PromptFor(current, settled), language)], null);
    }

    /// <summary>The offered skill the answer names (by name or number; a yes when one skill was offered), or
    /// <c>null</c>.</summary>
    private SkillManifest? PickOffered(DialogState state, string text)
    {
        var words = Recognition.TextFeatures.Normalize(text);
        var offered = state.Offered.Select(id => _catalog.Find(id)).OfType<SkillManifest>().ToList();
        if (offered.Count == 1 && ShortAnswers.IsYes(words))
        {
            return offered[0]; // "did you mean …?" — "yes"
        }
        for (var i = 0; i < DialogTexts.Ordinals.Length && i < offered.Count; i++)
        {
            if (DialogTexts.Ordinals[i].Any(o => Recognition.TextFeatures.Normalize(o) == words))
            {
                return offered[i];
            }
        }

        return offered.FirstOrDefault(s => SkillNames(s).Any(n => n == words))
            ?? offered.SingleOrDefault(s => SkillNames(s).Any(n => words.Length > 1 && (n.Contains(words, StringComparison.Ordinal) || words.Contains(n, StringComparison.Ordinal))));
    }

    private static IEnumerable<string> SkillNames(SkillManifest skill)
    {
        yield return Recognition.TextFeatures.Normalize(skill.Name.En);
        if (skill.Name.Ko is { } ko)
        {
            yield return Recognition.TextFeatures.Normalize(ko);
        }
    }

    /// <summary>Slot values for <paramref name="skill"/> from the utterance that was deferred (plus what the
    /// recogniser found, when it was about this skill). The user has chosen the skill, so left-over words count as
    /// its free-text value as when a request starts it directly ("did you mean …?" then yes keeps the name).</summary>
    private static Dictionary<string, string> Deferred(SkillManifest skill, DialogState state, EntityContext context)
    {
        var found = new Dictionary<string, string>(new SlotFiller(skill).Fill(state.DeferredUtterance ?? "", residual: true), StringComparer.Ordinal);
        if (skill.Id == (state.SwitchTo ?? state.Offered.FirstOrDefault()))
        {
            foreach (var (name, value) in state.DeferredSlots)
            {
                found[name] = value;
            }
        }

        return WithEmail(skill, found, state.DeferredUtterance ?? "", context);
    }
}
