using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Forms;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition;
using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Dialog;

/// <summary>The slot-filling dialog: turns (typed text, form submissions) and execution outcomes in, replies, new
/// state and skill invocations out. Pure and deterministic: no I/O, no clock; run ids come from the injected
/// source.</summary>
/// <remarks>Phases: Idle → Collecting (form + typed answers, validation, 3 attempts) → Confirming (when the
/// manifest says <c>confirm: true</c>) → Executing (the host runs <see cref="DialogStep.Invocation"/> and calls
/// <see cref="Complete"/>) → Idle. Cancel words, help and stale form submissions are handled in every phase.
/// A run stays on the skill version it started on. Thread-safe: holds no per-conversation data.</remarks>
public sealed partial class DialogEngine
{
    private const int MaxFailures = 3;
    private readonly SkillCatalog _catalog;
    private readonly IIntentRecognizer _recognizer;
    private readonly Func<string> _newRunId;
    private readonly DialogEngineOptions _options;

    /// <summary>Creates an engine over one catalog snapshot.</summary>
    /// <param name="catalog">The skills; runs look up their pinned version here.</param>
    /// <param name="recognizer">Recogniser for utterances typed while idle.</param>
    /// <param name="newRunId">Source of run ids, or <c>null</c> for <c>Guid.NewGuid().ToString("N")</c>.</param>
    /// <param name="options">Clock, time zone and thresholds, or <c>null</c> for the defaults.</param>
    public DialogEngine(SkillCatalog catalog, IIntentRecognizer recognizer, Func<string>? newRunId = null, DialogEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(recognizer);
        _catalog = catalog;
        _recognizer = recognizer;
        _newRunId = newRunId ?? (() => Guid.NewGuid().ToString("N"));
        _options = options ?? new DialogEngineOptions();
    }

    /// <summary>Handles one inbound turn.</summary>
    /// <param name="state">The conversation's stored state (<see cref="DialogState.Initial"/> for a new one).</param>
    /// <param name="turn">The turn; its state token, if any, was already checked by the host.</param>
    /// <returns>New state, replies and, when the run is confirmed, the invocation to execute.</returns>
    public DialogStep Handle(DialogState state, Turn turn) => Handle(state, turn, null);

    /// <summary>Handles one inbound turn with a recognition made beforehand (e.g. by an LLM recogniser).</summary>
    /// <param name="state">The conversation's stored state (<see cref="DialogState.Initial"/> for a new one).</param>
    /// <param name="turn">The turn; its state token, if any, was already checked by the host.</param>
    /// <param name="recognition">The recognition of <see cref="Turn.Text"/> to use instead of calling the engine's
    /// recogniser, or <c>null</c> to call it when needed. Its <see cref="IntentRecognition.Slots"/> are validated
    /// and normalised exactly like typed answers.</param>
    /// <returns>New state, replies and, when the run is confirmed, the invocation to execute.</returns>
    public DialogStep Handle(DialogState state, Turn turn, IntentRecognition? recognition)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(turn);
        var context = new EntityContext(
            turn.ReceivedAtMs > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(turn.ReceivedAtMs) : _options.Time.GetUtcNow(),
            EntityContext.FindTimeZone(turn.TimeZone) ?? _options.TimeZone).WithTenseOf(turn.Text);
        var language = ChooseLanguage(state, turn, context);
        var ask = new Asker(this, turn, recognition);

        switch (turn.Kind)
        {
            case TurnKind.SignInCompleted:
                return state.Phase == DialogPhase.Executing && Pinned(state) is { } pinned
                    ? new DialogStep(state, [Reply.Say(DialogTexts.Working(state.Language), state.Language)],
                        BuildInvocation(pinned, state))
                    : new DialogStep(state, [], null);
            case TurnKind.SignInFailed:
                return state.Phase == DialogPhase.Executing
                    ? End(state.Language, DialogTexts.SignInFailed(state.Language))
                    : new DialogStep(state, [], null);
        }

        if (turn.Submission is { } submission)
        {
            return HandleSubmission(Settled(state), submission, language, context);
        }

        var text = turn.Text?.Trim() ?? "";
        if (state.SwitchTo is not null)
        {
            if (AnswerSwitch(state with { Language = language }, text, context) is { } answered)
            {
                return answered;
            }

            state = Settled(state);
        }

        if (state.Phase == DialogPhase.Idle)
        {
            if (state.Offered.Count > 0 && PickOffered(state, text) is { } picked)
            {
                return Start(picked, Deferred(picked, state, context), language, context);
            }

            return HandleIdleText(text, language, context, ask);
        }

        if (Pinned(state) is not { } skill)
        {
            return End(state.Language, DialogTexts.SkillChanged(state.Language));
        }

        state = state with { Language = language };
        var words = Recognition.TextFeatures.Normalize(text);

        // "actually, cancel", "아 네", "wait, what are my options?": the words after the fillers say it as well.
        var unfilled = LeadingFillers.Strip(text);
        var core = unfilled.Length == text.Length ? words : Recognition.TextFeatures.Normalize(unfilled);
        bool Says(Func<string, bool> answer) => answer(words) || (core != words && answer(core));
        switch (state.Phase)
        {
            case DialogPhase.Collecting when Says(ShortAnswers.IsCancel):
                return Cancel(state, null);
            case DialogPhase.Collecting when Says(ShortAnswers.IsHelp):
                return new DialogStep(state, [HelpReply(state.Language, outOfScope: false), Reply.Say(PromptFor(skill, state), state.Language)], null);
            case DialogPhase.Collecting or DialogPhase.Confirming when Says(StartOver.Asks):
                return Restart(skill, state, context);
            case DialogPhase.Collecting when Says(ShortAnswers.AsksForChoices)
                && (PendingChoice(skill, state) ?? ChoiceAskedAbout(skill, unfilled)) is { } choice:
                // "what are my options?" is a question, not a wrong answer: list the choices, no failure counted.
                return ListChoices(skill, state, choice);
            case DialogPhase.Confirming when Says(ShortAnswers.IsYes):
                return Execute(skill, state, context);
            case DialogPhase.Confirming when Says(ShortAnswers.IsNo) || Says(ShortAnswers.IsCancel):
                return Cancel(state, null);
            case DialogPhase.Confirming when Says(ShortAnswers.IsHelp):
                return new DialogStep(state, [HelpReply(state.Language, outOfScope: false), ConfirmationReply(skill, state)], null);
            case DialogPhase.Collecting or DialogPhase.Confirming:
                return Revise(skill, state, text, context, ask);
            case DialogPhase.Executing when ShortAnswers.IsCancel(words):
                return Cancel(state, null);
            default:
                return new DialogStep(state, [Reply.Say(DialogTexts.StillWorking(state.Language), state.Language)], null);
        }
    }

    /// <summary>Finishes the run the host executed: renders the outcome and returns to idle.</summary>
    /// <param name="state">The stored state, in <see cref="DialogPhase.Executing"/>.</param>
    /// <param name="outcome">What happened.</param>
    /// <returns>Idle state and the outcome's reply; no replies and the state unchanged when the state is not
    /// executing (a duplicate report).</returns>
    public DialogStep Complete(DialogState state, SkillOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(outcome);
        if (state.Phase != DialogPhase.Executing)
        {
            return new DialogStep(state, [], null);
        }

        var language = state.Language;
        var skill = Pinned(state);
        var system = skill?.Action.SystemName.Get(language) ?? state.SkillId ?? "";
        var text = outcome.Status switch
        {
            SkillOutcomeStatus.Succeeded => (skill?.Reply is { } template
                ? Templates.Render(template.Get(language), language, name => name.StartsWith("result.", StringComparison.Ordinal)
                    ? outcome.Result.GetValueOrDefault(name["result.".Length..])
                    : ChoiceLabel(skill, state, name, language), (name, value) => skill.ValueLabel(name, value, language))
                : DialogTexts.Done(language, skill?.Name.Get(language) ?? state.SkillId ?? ""))
                + (skill?.ReplyItem is { } item ? ListReply(skill, item.Get(language), language, outcome.Result, state.Slots) : ""),
            SkillOutcomeStatus.Forbidden => DialogTexts.Forbidden(language, system),
            SkillOutcomeStatus.Invalid => DialogTexts.Rejected(language, system, outcome.Message),
            SkillOutcomeStatus.NotFound => skill?.NotFound is { } notFound
                ? Templates.Render(notFound.Get(language), language, name => ChoiceLabel(skill, state, name, language))
                : DialogTexts.NotFound(language, system, string.Join(", ", (skill?.Slots ?? [])
                    .Where(s => state.Slots.TryGetValue(s.Name, out var v) && v.Length > 0)
                    .Select(s => SlotDisplay.Show(s, state.Slots[s.Name], language)))),
            _ => DialogTexts.Failed(language, system),
        };
        return OfferFollowUp(state, End(language, text));
    }

    /// <summary>Slot <paramref name="name"/>'s value for a reply template: a choice shows its label in
    /// <paramref name="language"/> (<c>annual</c> → <c>연차</c>); other values as held.</summary>
    private static string? ChoiceLabel(SkillManifest? skill, DialogState state, string name, string language) =>
        state.Slots.GetValueOrDefault(name) is { } value && skill?.FindSlot(name) is { Type: SlotType.Choice } slot
            ? slot.Validation.FindChoice(value)?.Label.Get(language) ?? value
            : state.Slots.GetValueOrDefault(name);

    /// <summary>Cancels the current run (if any) and returns to idle.</summary>
    /// <param name="state">The stored state.</param>
    /// <param name="reason">A sentence to say before "Cancelled. Nothing was changed." (e.g. a timeout), or
    /// <c>null</c>.</param>
    /// <returns>Idle state and the cancellation reply.</returns>
    public DialogStep Cancel(DialogState state, string? reason)
    {
        ArgumentNullException.ThrowIfNull(state);
        var text = DialogTexts.Cancelled(state.Language);
        return End(state.Language, string.IsNullOrWhiteSpace(reason) ? text : reason.Trim() + " " + text);
    }

    private DialogStep HandleSubmission(DialogState state, FormSubmission submission, string language, EntityContext context)
    {
        if (submission.Action == FormActions.Cancel)
        {
            return Cancel(state with { Language = language }, null);
        }

        if (state.Phase == DialogPhase.Idle)
        {
            return new DialogStep(state with { Language = language }, [Reply.Say(DialogTexts.Stale(language), language)], null);
        }

        if (Pinned(state) is not { } skill)
        {
            return End(state.Language, DialogTexts.SkillChanged(state.Language));
        }

        return (state.Phase, submission.Action) switch
        {
            (DialogPhase.Collecting or DialogPhase.Confirming, FormActions.Submit) => SubmitForm(skill, state, submission.Values, context),
            (DialogPhase.Confirming, FormActions.Confirm) => Execute(skill, state, context),
            (DialogPhase.Executing, _) => new DialogStep(state, [Reply.Say(DialogTexts.StillWorking(state.Language), state.Language)], null),
            _ => new DialogStep(state, [Reply.Say(DialogTexts.Stale(state.Language), state.Language)], null),
        };
    }

    private DialogStep HandleIdleText(string text, string language, EntityContext context, Asker ask)
    {
        var words = Recognition.TextFeatures.Normalize(text);
        if (words.Length == 0 || ShortAnswers.IsHelp(words))
        {
            return new DialogStep(DialogState.Initial(language), [HelpReply(language, outOfScope: false)], null);
        }

        if (ShortAnswers.IsCancel(words))
        {
            return End(language, DialogTexts.Cancelled(language));
        }

        if (ShortAnswers.SmallTalkOf(words) is { } smallTalk)
        {
            return SmallTalkReply(smallTalk, language);
        }

        if (ask.Given is null && ByName(words) is { } byName)
        {
            return Start(byName, new Dictionary<string, string>(), language, context);
        }

        var recognition = ask.Recognize(text);
        if (recognition.IsOutOfScope && recognition.NearMiss is { } near && _catalog.Find(near.SkillId) is { } guess)
        {
            if (BalanceQuestions.Asks(text))
            {
                // A balance no skill shows: said first; a skill that acts is offered without the question's words.
                return guess.Confirm ? CannotShowBalance(guess, language) : Prefixed(OfferNearMiss(guess, text, language), DialogTexts.NoBalances(language));
            }

            return OfferNearMiss(guess, text, language);
        }

        // "expense $40 for a taxi and also show me my october payslip": the first now, the second offered after it.
        if (TwoRequests(text, ask) is var (firstSkill, first, firstRecognition, next, nextText))
        {
            return StartWithFollowUp(firstSkill, Found(firstSkill, first, firstRecognition, context), language, context, next, nextText);
        }

        if (recognition.IsOutOfScope || _catalog.Find(recognition.TopSkillId!) is not { } skill)
        {
            var balance = BalanceQuestions.Asks(text);
            var help = new DialogStep(DialogState.Initial(language), [HelpReply(language, outOfScope: !balance)], null);
            return balance ? Prefixed(help, DialogTexts.NoBalances(language)) : help;
        }

        // "how many vacation days do I have left?" asks for a balance no skill shows: say so, start nothing.
        if (skill.Confirm && BalanceQuestions.Asks(text))
        {
            return CannotShowBalance(skill, language);
        }

        if (recognition.IsAmbiguous)
        {
            var options = recognition.Candidates
                .TakeWhile(c => recognition.Candidates[0].Score - c.Score < 0.05 || c == recognition.Candidates[1])
                .Select(c => _catalog.Find(c.SkillId))
                .OfType<SkillManifest>()
                .Take(DialogTexts.Ordinals.Length)
                .ToList();
            var state = DialogState.Initial(language) with
            {
                Offered = [.. options.Select(s => s.Id)],
                DeferredUtterance = text,
                DeferredSlots = recognition.Slots,
            };
            var list = string.Join("\n", options.Select((s, i) => $"{i + 1}. {s.Name.Get(language)}"));
            return new DialogStep(state,
            [
                new Reply
                {
                    Text = DialogTexts.DidYouMean(language) + "\n" + list,
                    SuggestedActions = [.. options.Select(s => new FormChoice(s.Name.Get(language), s.Name.Get(language)))],
                    Locale = language,
                },
            ], null);
        }

        return Start(skill, Found(skill, text, recognition, context), language, context);
    }

    /// <summary>Slot values for <paramref name="skill"/> from <paramref name="text"/>: the values the recogniser found
    /// win; typed entities, templates and an e-mail for a person fill the rest.</summary>
    private static Dictionary<string, string> Found(SkillManifest skill, string text, IntentRecognition recognition, EntityContext context)
    {
        var found = new Dictionary<string, string>(new SlotFiller(skill).Fill(text, residual: true), StringComparer.Ordinal);
        foreach (var (name, value) in recognition.Slots)
        {
            found[name] = value;
        }

        return WithEmail(skill, found, text, context);
    }

    private SkillManifest? ByName(string words) => _catalog.Skills.FirstOrDefault(s =>
        Recognition.TextFeatures.Normalize(s.Name.En) == words
        || (s.Name.Ko is { } ko && Recognition.TextFeatures.Normalize(ko) == words));

    private DialogStep Start(SkillManifest skill, IReadOnlyDictionary<string, string> found, string language, EntityContext context)
    {
        if (!IsEnabled(skill.Id))
        {
            return End(language, DialogTexts.SkillDisabled(language, skill.Name.Get(language)));
        }

        var slots = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var slot in skill.Slots)
        {
            if (found.TryGetValue(slot.Name, out var raw) && raw.Trim().Length > 0)
            {
                var (value, error) = SlotValidator.Validate(slot, raw, language, context);
                slots[slot.Name] = value;
                if (error is not null)
                {
                    problems.Add($"• {slot.Label.Get(language)}: {error}");
                }
            }
        }

        var state = new DialogState
        {
            Phase = DialogPhase.Collecting,
            SkillId = skill.Id,
            SkillVersion = skill.Version,
            RunId = _newRunId(),
            Slots = slots,
            Language = language,
        };
        state = state with { PendingSlot = NextMissing(skill, state, context)?.Name };
        if (state.PendingSlot is null && problems.Count == 0)
        {
            // A skill whose required slots the utterance filled runs at once (sign-in permitting) or, when it asks
            // for confirmation, goes straight to the confirmation: nothing is left to ask.
            if (!skill.Confirm)
            {
                return Execute(skill, state, context);
            }

            var step = Proceed(skill, state, context);
            return step with { Replies = [Reply.Say(DialogTexts.StartConfirm(language, skill.Name.Get(language)), language), .. step.Replies.Skip(1)] };
        }

        var prompt = PromptFor(skill, state);
        var intro = problems.Count == 0 ? null : DialogTexts.FixThese(language) + "\n" + string.Join("\n", problems);
        return new DialogStep(state,
        [
            Reply.Say(DialogTexts.Start(language, skill.Name.Get(language), prompt), language),
            FormReply(skill, state, intro),
        ], null);
    }

    private DialogStep SubmitForm(SkillManifest skill, DialogState state, IReadOnlyDictionary<string, string> values, EntityContext context)
    {
        var language = state.Language;
        var slots = new Dictionary<string, string>(state.Slots, StringComparer.Ordinal);
        var problems = new List<string>();
        string? firstInvalid = null;
        foreach (var slot in skill.Slots)
        {
            var raw = values.TryGetValue(slot.Name, out var submitted) ? submitted : slots.GetValueOrDefault(slot.Name);
            var (value, error) = SlotValidator.Validate(slot, raw, language, context);
            if (value.Length == 0)
            {
                slots.Remove(slot.Name);
            }
            else
            {
                slots[slot.Name] = value;
            }

            if (error is not null)
            {
                problems.Add($"• {slot.Label.Get(language)}: {error}");
                firstInvalid ??= slot.Name;
            }
        }

        var next = state with { Slots = slots };
        if (problems.Count == 0)
        {
            return Proceed(skill, next with { FailureCount = 0, PendingSlot = null }, context);
        }

        next = next with { FailureCount = state.FailureCount + 1, PendingSlot = firstInvalid, Phase = DialogPhase.Collecting };
        if (next.FailureCount >= MaxFailures)
        {
            return End(language, DialogTexts.GiveUp(language, Example(skill, language)));
        }

        var intro = DialogTexts.FixThese(language) + "\n" + string.Join("\n", problems);
        return new DialogStep(next, [FormReply(skill, next, intro)], null);
    }

    private DialogStep AnswerPendingSlot(SkillManifest skill, DialogState state, string text, EntityContext context)
    {
        var language = state.Language;
        var slot = (state.PendingSlot is { } name ? skill.FindSlot(name) : null) ?? NextMissing(skill, state, context);
        if (slot is null)
        {
            return Proceed(skill, state, context);
        }

        // Typed values anywhere in the answer (an e-mail, an amount, a date …) go to the slots of their type: the
        // pending one first, else the first empty one.
        var slots = new Dictionary<string, string>(state.Slots, StringComparer.Ordinal);
        var filled = new HashSet<string>(StringComparer.Ordinal);
        var rest = text;
        string? pendingRaw = null;
        foreach (var entity in EntityExtractor.Extract(text, context).Reverse())
        {
            var target = skill.Slots.FirstOrDefault(s => s == slot && !filled.Contains(s.Name) && SlotFiller.Accepts(s, entity))
                ?? skill.Slots.FirstOrDefault(s => s != slot && !filled.Contains(s.Name) && SlotFiller.Accepts(s, entity)
                    && !SlotValidator.IsValid(s, slots, language, context));
            if (target is null)
            {
                continue;
            }

            var (value, error) = SlotValidator.Validate(target, text.Substring(entity.Index, entity.Length), language, context);
            if (error is null && target != slot)
            {
                slots[target.Name] = value;
                filled.Add(target.Name);
                rest = rest.Remove(entity.Index, entity.Length);
            }
            else if (error is null)
            {
                filled.Add(target.Name);
                pendingRaw = text.Substring(entity.Index, entity.Length);
            }
        }

        rest = rest.Trim().Trim(',', ';', '.', ' ').Trim();
        string? problem = null;
        if (!(filled.Count > 0 && !filled.Contains(slot.Name) && Recognition.TextFeatures.Normalize(rest).Length == 0))
        {
            var (value, error) = SlotValidator.Validate(slot, pendingRaw ?? (slot.Type == SlotType.Text ? rest : text), language, context);
            if (error is null)
            {
                if (value.Length == 0)
                {
                    slots.Remove(slot.Name);
                }
                else
                {
                    slots[slot.Name] = value;
                }
            }
            else
            {
                problem = error;
            }
        }

        if (problem is not null && slot.Type != SlotType.Choice && filled.Count == 0
            && skill.Slots.Where(s => s != slot && s.Type == SlotType.Choice && !slots.ContainsKey(s.Name))
                .Select(s => (Slot: s, Value: SlotFiller.NamedChoice(s, text))).FirstOrDefault(c => c.Value is not null) is { Value: { } chosen } other)
        {
            // Asked for the dates, told "family": that answers the leave type; ask for the dates again, no failure.
            slots[other.Slot.Name] = chosen;
            return new DialogStep(state with { Slots = slots }, [SlotPrompt(slot, slot.Prompt.Get(language), language)], null);
        }

        if (problem is not null)
        {
            var failed = state with { Slots = slots, FailureCount = state.FailureCount + 1, PendingSlot = slot.Name };
            return failed.FailureCount >= MaxFailures
                ? End(language, DialogTexts.GiveUp(language, Example(skill, language)))
                : new DialogStep(failed, [SlotPrompt(slot, Retry(slot, problem, language), language)], null);
        }

        if (slot.Type != SlotType.Text)
        {
            // "오후 반차요" for the type of leave also says which half of the day; "반차요" that it is a half day (asked next).
            foreach (var choice in skill.Slots.Where(s => s != slot && s.Type == SlotType.Choice && !slots.ContainsKey(s.Name)))
            {
                if ((SlotFiller.NamedChoice(choice, text) ?? SlotFiller.GenericChoiceWord(choice, text)) is { } named)
                {
                    slots[choice.Name] = named;
                }
            }
        }

        return Continue(skill, state with { Slots = slots, FailureCount = 0 }, context, null);
    }

    /// <summary>Whether <paramref name="text"/> plainly answers the pending slot, so it is taken as the answer before
    /// asking the recogniser whether it names a skill (<c>sick</c> for the type of leave is an answer, not a new
    /// time-off request): a valid choice, yes/no or patterned text, or a valid typed value (date, amount …) with at
    /// most two other words around it. Free text never counts: it could be anything.</summary>
    private static bool IsDirectAnswer(SkillManifest skill, DialogState state, string text, EntityContext context)
    {
        if (state.PendingSlot is not { } name || skill.FindSlot(name) is not { } slot
            || SlotValidator.Validate(slot, text, state.Language, context).Error is not null)
        {
            return false;
        }

        switch (slot.Type)
        {
            case SlotType.Choice or SlotType.Boolean:
                return true;
            case SlotType.Text:
                return slot.Validation.Pattern is not null;
        }

        var rest = text;
        foreach (var entity in EntityExtractor.Extract(text, context).Reverse())
        {
            rest = rest.Remove(entity.Index, entity.Length);
        }

        return Recognition.TextFeatures.Normalize(rest).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2;
    }

    /// <summary>Asks for the next missing slot, or confirms when none is missing; <paramref name="preface"/> is said
    /// first.</summary>
    private DialogStep Continue(SkillManifest skill, DialogState state, EntityContext context, string? preface)
    {
        var language = state.Language;
        var missing = NextMissing(skill, state, context);
        if (missing is null)
        {
            var step = Proceed(skill, state with { PendingSlot = null }, context);
            return preface is null ? step : step with { Replies = [Reply.Say(preface, language), .. step.Replies] };
        }

        var text = preface is null ? missing.Prompt.Get(language) : preface + " " + missing.Prompt.Get(language);
        var next = state with { PendingSlot = missing.Name, Phase = DialogPhase.Collecting };
        return new DialogStep(next, [SlotPrompt(missing, text, language)], null);
    }

    private DialogStep Proceed(SkillManifest skill, DialogState state, EntityContext context)
    {
        if (!skill.Confirm)
        {
            return Execute(skill, state, context);
        }

        var confirming = state with { Phase = DialogPhase.Confirming, PendingSlot = null };
        return new DialogStep(confirming,
            [Reply.Say(DialogTexts.ConfirmPrompt(state.Language), state.Language), ConfirmationReply(skill, confirming)], null);
    }

    private DialogStep Execute(SkillManifest skill, DialogState state, EntityContext context)
    {
        if (NextMissing(skill, state, context) is { } missing)
        {
            var collecting = state with { Phase = DialogPhase.Collecting, PendingSlot = missing.Name };
            return new DialogStep(collecting, [FormReply(skill, collecting, missing.Prompt.Get(state.Language))], null);
        }

        var executing = state with { Phase = DialogPhase.Executing, PendingSlot = null, FailureCount = 0 };
        return new DialogStep(executing, [Reply.Say(DialogTexts.Working(state.Language), state.Language)],
            BuildInvocation(skill, executing));
    }

    private static SkillInvocation BuildInvocation(SkillManifest skill, DialogState state)
    {
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, template) in skill.Action.Arguments)
        {
            arguments[name] = Templates.Render(template, slot => state.Slots.GetValueOrDefault(slot));
        }

        return new SkillInvocation(skill.Id, skill.Version, state.RunId ?? "", skill.Action.Connector,
            skill.Action.Operation, skill.Action.Connection, arguments, state.Language);
    }

    private bool IsEnabled(string skillId) => _options.IsSkillEnabled?.Invoke(skillId) ?? true;

    private static DialogStep End(string language, string text) =>
        new(DialogState.Initial(language), [Reply.Say(text, language)], null);

    /// <summary><paramref name="state"/> without a pending switch question or offered choices.</summary>
    private static DialogState Settled(DialogState state) => state.SwitchTo is null && state.Offered.Count == 0
        ? state
        : state with { SwitchTo = null, Offered = [], DeferredUtterance = null, DeferredSlots = new Dictionary<string, string>() };

    private SkillManifest? Pinned(DialogState state) =>
        state.SkillId is { } id ? _catalog.Find(id, state.SkillVersion) : null;

    private static SlotDefinition? NextMissing(SkillManifest skill, DialogState state, EntityContext context) =>
        skill.Slots.FirstOrDefault(s =>
            (s.Required || state.Slots.ContainsKey(s.Name)) && !SlotValidator.IsValid(s, state.Slots, state.Language, context));

    /// <summary>The slot being asked for when it is a choice, else <c>null</c>.</summary>
    private static SlotDefinition? PendingChoice(SkillManifest skill, DialogState state) =>
        state.PendingSlot is { } name && skill.FindSlot(name) is { Type: SlotType.Choice } slot ? slot : null;

    private static string PromptFor(SkillManifest skill, DialogState state) =>
        (state.PendingSlot is { } name ? skill.FindSlot(name) : null)?.Prompt.Get(state.Language) ?? "";

    /// <summary>The reply language: while idle, the text's script, else the channel locale; during a run, Korean as
    /// soon as the user types Hangul, otherwise unchanged (an e-mail or a number keeps the language).</summary>
    private static string ChooseLanguage(DialogState state, Turn turn, EntityContext context)
    {
        if (string.IsNullOrWhiteSpace(turn.Text))
        {
            return state.Language;
        }

        // Values say nothing about the language: "45,000원" in an English sentence stays English.
        var words = turn.Text;
        foreach (var entity in EntityExtractor.Extract(turn.Text, context).Reverse())
        {
            // Values keep the language ("45,000원" in an English conversation), except Korean words for a day or
            // month ("내일", "다음 주 월요일"): whoever types those is writing Korean.
            var koreanDay = entity.Kind is EntityKind.Date or EntityKind.DateRange or EntityKind.Month
                && turn.Text.AsSpan(entity.Index, entity.Length).ContainsAnyInRange('가', '힣');
            if (!koreanDay)
            {
                words = words.Remove(entity.Index, entity.Length);
            }
        }

        var detected = Recognition.TextFeatures.DetectLanguage(words);
        if (state.Phase != DialogPhase.Idle || state.SwitchTo is not null)
        {
            // Short commands (취소, 네) keep the language; Korean sentences switch to Korean.
            var normalized = Recognition.TextFeatures.Normalize(turn.Text);
            var command = ShortAnswers.IsCommand(normalized);
            return detected == "ko" && !command ? "ko" : state.Language;
        }

        return detected
            ?? (turn.Locale.StartsWith("ko", StringComparison.OrdinalIgnoreCase) ? "ko"
                : turn.Locale.Length > 0 ? "en" : state.Language);
    }

    /// <summary>Recognises the turn's text at most once: the recognition the host passed, else the engine's
    /// recogniser.</summary>
    private sealed class Asker(DialogEngine engine, Turn turn, IntentRecognition? given)
    {
        private IntentRecognition? _result = given;

        public IntentRecognition? Given { get; } = given;

        public IntentRecognition Recognize(string text) => _result ??= engine._recognizer.Recognize(text, turn.Locale);

        /// <summary>Recognises a part of the turn's text (or other words), without caching.</summary>
        public IntentRecognition RecognizeOther(string text) => engine._recognizer.Recognize(text, turn.Locale);
    }
}
