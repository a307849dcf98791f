using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Forms;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition;

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

    /// <summary>Creates an engine over one catalog snapshot.</summary>
    /// <param name="catalog">The skills; runs look up their pinned version here.</param>
    /// <param name="recognizer">Recogniser for utterances typed while idle.</param>
    /// <param name="newRunId">Source of run ids, or <c>null</c> for <c>Guid.NewGuid().ToString("N")</c>.</param>
    public DialogEngine(SkillCatalog catalog, IIntentRecognizer recognizer, Func<string>? newRunId = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(recognizer);
        _catalog = catalog;
        _recognizer = recognizer;
        _newRunId = newRunId ?? (() => Guid.NewGuid().ToString("N"));
    }

    /// <summary>Handles one inbound turn.</summary>
    /// <param name="state">The conversation's stored state (<see cref="DialogState.Initial"/> for a new one).</param>
    /// <param name="turn">The turn; its state token, if any, was already checked by the host.</param>
    /// <returns>New state, replies and, when the run is confirmed, the invocation to execute.</returns>
    public DialogStep Handle(DialogState state, Turn turn)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(turn);
        var language = ChooseLanguage(state, turn);

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
            return HandleSubmission(state, submission, language);
        }

        var text = turn.Text?.Trim() ?? "";
        if (state.Phase == DialogPhase.Idle)
        {
            return HandleIdleText(text, turn.Locale, language);
        }

        if (Pinned(state) is not { } skill)
        {
            return End(state.Language, DialogTexts.SkillChanged(state.Language));
        }

        var words = Recognition.TextFeatures.Normalize(text);
        return state.Phase switch
        {
            DialogPhase.Collecting when DialogTexts.CancelWords.Contains(words) => Cancel(state, null),
            DialogPhase.Collecting when DialogTexts.HelpWords.Contains(words) =>
                new DialogStep(state, [HelpReply(state.Language, outOfScope: false), Reply.Say(PromptFor(skill, state), state.Language)], null),
            DialogPhase.Collecting => AnswerPendingSlot(skill, state, text),
            DialogPhase.Confirming when DialogTexts.YesWords.Contains(words) => Execute(skill, state),
            DialogPhase.Confirming when DialogTexts.NoWords.Contains(words) || DialogTexts.CancelWords.Contains(words) => Cancel(state, null),
            DialogPhase.Confirming => new DialogStep(state,
                [Reply.Say(DialogTexts.ConfirmOrCancel(state.Language), state.Language), ConfirmationReply(skill, state)], null),
            DialogPhase.Executing when DialogTexts.CancelWords.Contains(words) => Cancel(state, null),
            _ => new DialogStep(state, [Reply.Say(DialogTexts.StillWorking(state.Language), state.Language)], null),
        };
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
            SkillOutcomeStatus.Succeeded => skill?.Reply is { } template
                ? Templates.Render(template.Get(language), name => name.StartsWith("result.", StringComparison.Ordinal)
                    ? outcome.Result.GetValueOrDefault(name["result.".Length..])
                    : state.Slots.GetValueOrDefault(name))
                : DialogTexts.Done(language, skill?.Name.Get(language) ?? state.SkillId ?? ""),
            SkillOutcomeStatus.Forbidden => DialogTexts.Forbidden(language, system),
            SkillOutcomeStatus.Invalid => DialogTexts.Rejected(language, system, outcome.Message),
            _ => DialogTexts.Failed(language, system),
        };
        return End(language, text);
    }

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

    private DialogStep HandleSubmission(DialogState state, FormSubmission submission, string language)
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
            (DialogPhase.Collecting or DialogPhase.Confirming, FormActions.Submit) => SubmitForm(skill, state, submission.Values),
            (DialogPhase.Confirming, FormActions.Confirm) => Execute(skill, state),
            (DialogPhase.Executing, _) => new DialogStep(state, [Reply.Say(DialogTexts.StillWorking(state.Language), state.Language)], null),
            _ => new DialogStep(state, [Reply.Say(DialogTexts.Stale(state.Language), state.Language)], null),
        };
    }

    private DialogStep HandleIdleText(string text, string locale, string language)
    {
        var words = Recognition.TextFeatures.Normalize(text);
        if (words.Length == 0 || DialogTexts.HelpWords.Contains(words))
        {
            return new DialogStep(DialogState.Initial(language), [HelpReply(language, outOfScope: false)], null);
        }

        if (DialogTexts.CancelWords.Contains(words))
        {
            return End(language, DialogTexts.Cancelled(language));
        }

        var byName = _catalog.Skills.FirstOrDefault(s =>
            Recognition.TextFeatures.Normalize(s.Name.En) == words
            || (s.Name.Ko is { } ko && Recognition.TextFeatures.Normalize(ko) == words));
        if (byName is not null)
        {
            return Start(byName, new Dictionary<string, string>(), language);
        }

        var recognition = _recognizer.Recognize(text, locale);
        if (recognition.IsOutOfScope || _catalog.Find(recognition.TopSkillId!) is not { } skill)
        {
            return new DialogStep(DialogState.Initial(language), [HelpReply(language, outOfScope: true)], null);
        }

        if (recognition.IsAmbiguous)
        {
            var options = recognition.Candidates
                .TakeWhile(c => recognition.Candidates[0].Score - c.Score < 0.05 || c == recognition.Candidates[1])
                .Select(c => _catalog.Find(c.SkillId))
                .OfType<SkillManifest>()
                .Select(s => new FormChoice(s.Name.Get(language), s.Name.Get(language)))
                .ToList();
            return new DialogStep(DialogState.Initial(language),
                [new Reply { Text = DialogTexts.DidYouMean(language), SuggestedActions = options, Locale = language }], null);
        }

        return Start(skill, recognition.Slots, language);
    }

    private DialogStep Start(SkillManifest skill, IReadOnlyDictionary<string, string> found, string language)
    {
        var slots = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var slot in skill.Slots)
        {
            if (found.TryGetValue(slot.Name, out var value) && value.Trim().Length > 0)
            {
                slots[slot.Name] = value.Trim();
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
        state = state with { PendingSlot = NextMissing(skill, state)?.Name };
        var prompt = PromptFor(skill, state);
        return new DialogStep(state,
        [
            Reply.Say(DialogTexts.Start(language, skill.Name.Get(language), prompt), language),
            FormReply(skill, state, intro: null),
        ], null);
    }

    private DialogStep SubmitForm(SkillManifest skill, DialogState state, IReadOnlyDictionary<string, string> values)
    {
        var language = state.Language;
        var slots = new Dictionary<string, string>(state.Slots, StringComparer.Ordinal);
        var problems = new List<string>();
        string? firstInvalid = null;
        foreach (var slot in skill.Slots)
        {
            var raw = values.TryGetValue(slot.Name, out var submitted) ? submitted : slots.GetValueOrDefault(slot.Name);
            var (value, error) = SlotValidator.Validate(slot, raw, language);
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
            return Proceed(skill, next with { FailureCount = 0, PendingSlot = null });
        }

        next = next with { FailureCount = state.FailureCount + 1, PendingSlot = firstInvalid, Phase = DialogPhase.Collecting };
        if (next.FailureCount >= MaxFailures)
        {
            return End(language, DialogTexts.GiveUp(language, Example(skill, language)));
        }

        var intro = DialogTexts.FixThese(language) + "\n" + string.Join("\n", problems);
        return new DialogStep(next, [FormReply(skill, next, intro)], null);
    }

    private DialogStep AnswerPendingSlot(SkillManifest skill, DialogState state, string text)
    {
        var language = state.Language;
        var slot = (state.PendingSlot is { } name ? skill.FindSlot(name) : null) ?? NextMissing(skill, state);
        if (slot is null)
        {
            return Proceed(skill, state);
        }

        var (value, error) = SlotValidator.Validate(slot, text, language);
        if (error is not null)
        {
            var failed = state with { FailureCount = state.FailureCount + 1, PendingSlot = slot.Name };
            return failed.FailureCount >= MaxFailures
                ? End(language, DialogTexts.GiveUp(language, Example(skill, language)))
                : new DialogStep(failed, [Reply.Say(error + " " + slot.Prompt.Get(language), language)], null);
        }

        var slots = new Dictionary<string, string>(state.Slots, StringComparer.Ordinal);
        if (value.Length == 0)
        {
            slots.Remove(slot.Name);
        }
        else
        {
            slots[slot.Name] = value;
        }

        var next = state with { Slots = slots, FailureCount = 0 };
        var missing = NextMissing(skill, next);
        return missing is null
            ? Proceed(skill, next with { PendingSlot = null })
            : new DialogStep(next with { PendingSlot = missing.Name }, [Reply.Say(missing.Prompt.Get(language), language)], null);
    }

    private DialogStep Proceed(SkillManifest skill, DialogState state)
    {
        if (!skill.Confirm)
        {
            return Execute(skill, state);
        }

        var confirming = state with { Phase = DialogPhase.Confirming, PendingSlot = null };
        return new DialogStep(confirming,
            [Reply.Say(DialogTexts.ConfirmPrompt(state.Language), state.Language), ConfirmationReply(skill, confirming)], null);
    }

    private DialogStep Execute(SkillManifest skill, DialogState state)
    {
        if (NextMissing(skill, state) is { } missing)
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

    private static DialogStep End(string language, string text) =>
        new(DialogState.Initial(language), [Reply.Say(text, language)], null);

    private SkillManifest? Pinned(DialogState state) =>
        state.SkillId is { } id ? _catalog.Find(id, state.SkillVersion) : null;

    private static SlotDefinition? NextMissing(SkillManifest skill, DialogState state) =>
        skill.Slots.FirstOrDefault(s =>
            (s.Required || state.Slots.ContainsKey(s.Name)) && !SlotValidator.IsValid(s, state.Slots, state.Language));

    private static string PromptFor(SkillManifest skill, DialogState state) =>
        (state.PendingSlot is { } name ? skill.FindSlot(name) : null)?.Prompt.Get(state.Language) ?? "";

    private static string ChooseLanguage(DialogState state, Turn turn)
    {
        if (state.Phase != DialogPhase.Idle || string.IsNullOrWhiteSpace(turn.Text))
        {
            return state.Language;
        }

        return Recognition.TextFeatures.DetectLanguage(turn.Text)
            ?? (turn.Locale.StartsWith("ko", StringComparison.OrdinalIgnoreCase) ? "ko"
                : turn.Locale.Length > 0 ? "en" : state.Language);
    }
}
