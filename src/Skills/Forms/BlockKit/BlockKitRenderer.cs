using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatFlow.Skills.Conversations;

namespace ChatFlow.Skills.Forms.BlockKit;

/// <summary>Renders channel-neutral replies as Slack Block Kit: the same form model as
/// <see cref="AdaptiveCardRenderer"/>, so a skill needs no Slack-specific code.</summary>
/// <remarks>
/// <para><b>Contract with the inbound side</b> (<c>block_actions</c>, <c>view_submission</c>, <c>view_closed</c>):</para>
/// <list type="bullet">
/// <item>Every input's <c>block_id</c> and <c>action_id</c> is the field id (slot name); values are read from
/// <c>state.values[block_id][action_id]</c> by element type: <c>value</c> (<c>plain_text_input</c>,
/// <c>email_text_input</c>, <c>number_input</c>, as a string), <c>selected_date</c> (<c>datepicker</c>,
/// <c>yyyy-MM-dd</c>), <c>selected_option.value</c> (<c>static_select</c>), <c>selected_options</c>
/// (<c>checkboxes</c> of a yes/no field: one option valued <c>true</c>; none selected means <c>false</c>).</item>
/// <item>Every ChatFlow button's <c>value</c> is <see cref="SlackButtonValue"/> JSON
/// <c>{"action":"submit|confirm|cancel|choose|open","token":"&lt;state token&gt;","choice":"…"}</c>, at most 2000
/// characters (the token is about 200). <c>action_id</c>s are <c>chatflow.submit</c>, <c>chatflow.confirm</c>,
/// <c>chatflow.cancel</c>, <c>chatflow.open</c>, <c>chatflow.signin</c> (a link button: ignore its
/// <c>block_actions</c>) and <c>chatflow.choose.{n}</c> (a suggested action: <c>choice</c> is the user's text).</item>
/// <item>Forms of at most <see cref="MaxInlineFields"/> fields render inline: input blocks in the message (no
/// <c>dispatch_action</c>, so typing sends nothing) and an actions block whose Submit button's
/// <c>block_actions</c> carries the whole message's <c>state.values</c>. Longer forms render as a message with an
/// "open" button (<see cref="OpenFormAction"/>); on its <c>block_actions</c> the inbound side calls <c>views.open</c>
/// with the <c>trigger_id</c> (valid 3 s) and <see cref="RenderModal"/>, whose <c>private_metadata</c> is
/// <see cref="SlackViewMetadata"/> JSON and whose <c>callback_id</c> is <see cref="ModalCallbackId"/>;
/// <c>notify_on_close</c> is on, so closing it sends <c>view_closed</c> (a cancel).</item>
/// </list>
/// <para>Limits kept: at most 50 blocks per message (100 per modal), section text 3000 characters, button text 75,
/// <c>action_id</c>/<c>block_id</c> 255, 25 elements per actions block, 10 fields per section, modal title/submit/close
/// 24. Longer text is split or shortened with an ellipsis. https://docs.slack.dev/reference/block-kit/blocks</para>
/// </remarks>
public static partial class BlockKitRenderer
{
    /// <summary>Forms with at most this many fields render inline in the message; longer ones as a modal. Five inputs
    /// still fit on a phone screen next to the thread; beyond that a modal keeps the thread readable.</summary>
    public const int MaxInlineFields = 5;

    /// <summary>The button action (in <see cref="SlackButtonValue.Action"/>) that asks for the form's modal.</summary>
    public const string OpenFormAction = "open";

    /// <summary><c>callback_id</c> of ChatFlow's form modals.</summary>
    public const string ModalCallbackId = "chatflow.form";

    /// <summary><c>block_id</c> of the actions block holding a form's or confirmation's buttons.</summary>
    public const string ActionsBlockId = "chatflow.actions";

    /// <summary>Most blocks Slack accepts in a message.</summary>
    public const int MaxMessageBlocks = 50;

    /// <summary>Most blocks Slack accepts in a modal.</summary>
    public const int MaxModalBlocks = 100;

    /// <summary>Longest section text.</summary>
    public const int MaxSectionText = 3000;

    /// <summary>Longest button text.</summary>
    public const int MaxButtonText = 75;

    /// <summary>Longest button value.</summary>
    public const int MaxButtonValue = 2000;

    /// <summary>Longest <c>action_id</c> or <c>block_id</c>.</summary>
    public const int MaxId = 255;

    /// <summary>Most elements in an actions block.</summary>
    public const int MaxActionsElements = 25;

    private const int MaxSectionFields = 10;
    private const int MaxFieldText = 2000;
    private const int MaxHeaderText = 150;
    private const int MaxPlaceholder = 150;
    private const int MaxOptionText = 75;
    private const int MaxOptions = 100;
    private const int MaxModalTitle = 24;
    private const int MaxPrivateMetadata = 3000;

    /// <summary>Renders <paramref name="reply"/> as a message.</summary>
    /// <param name="reply">The reply.</param>
    /// <param name="conversationId">Optional conversation id (<c>{channel}/{thread ts}</c>) stamped into button values.</param>
    /// <returns>Fallback text and at most 50 blocks.</returns>
    /// <exception cref="InvalidOperationException">A button value would exceed 2000 characters (state token too long).</exception>
    public static BlockKitMessage Render(Reply reply, string? conversationId = null)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var blocks = new List<Block>();
        if (!string.IsNullOrWhiteSpace(reply.Text))
            blocks.AddRange(TextSections(ToMrkdwn(reply.Text)));

        if (reply.Form is { } form)
            AddForm(blocks, form, conversationId);
        else if (reply.Confirmation is { } confirmation)
            AddConfirmation(blocks, confirmation, conversationId);
        else if (reply.SignIn is { } signIn)
            AddSignIn(blocks, signIn);

        for (var i = 0; i < reply.SuggestedActions.Count; i += MaxActionsElements)
        {
            var elements = reply.SuggestedActions.Skip(i).Take(MaxActionsElements).Select((choice, n) => (BlockElement)Button(
                choice.Title, $"chatflow.{FormActions.Choose}.{i + n}",
                new SlackButtonValue(FormActions.Choose, ConversationId: conversationId, Choice: choice.Value))).ToList();
            blocks.Add(new ActionsBlock { BlockId = $"chatflow.suggested.{i / MaxActionsElements}", Elements = elements });
        }

        return new BlockKitMessage(FallbackText(reply), Cap(blocks, MaxMessageBlocks));
    }

    /// <summary>Renders the modal of a form too long to show inline (or any form, when the inbound side prefers a modal).</summary>
    /// <param name="form">The form.</param>
    /// <param name="conversationId">The conversation the submission belongs to (<c>{channel}/{thread ts}</c>).</param>
    /// <param name="messageTs">The message whose button opened the modal, so delivery can update it.</param>
    /// <returns>The view for <c>views.open</c>.</returns>
    /// <exception cref="InvalidOperationException"><c>private_metadata</c> would exceed 3000 characters.</exception>
    public static ModalView RenderModal(FormSpec form, string? conversationId = null, string? messageTs = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        var blocks = new List<Block>();
        if (!string.IsNullOrWhiteSpace(form.Intro))
            blocks.AddRange(TextSections(ToMrkdwn(form.Intro)));
        blocks.AddRange(form.Fields.Select(Input));
        var metadata = JsonSerializer.Serialize(new SlackViewMetadata(conversationId, form.StateToken, messageTs),
            BlockKitJsonContext.Default.SlackViewMetadata);
        if (metadata.Length > MaxPrivateMetadata)
            throw new InvalidOperationException($"The modal's private_metadata is {metadata.Length} characters; Slack allows {MaxPrivateMetadata}.");
        return new ModalView
        {
            CallbackId = ModalCallbackId,
            Title = TextObject.Plain(Truncate(form.Title, MaxModalTitle)),
            Submit = TextObject.Plain(Truncate(form.SubmitTitle, MaxModalTitle)),
            Close = TextObject.Plain(Truncate(form.CancelTitle, MaxModalTitle)),
            Blocks = Cap(blocks, MaxModalBlocks),
            PrivateMetadata = metadata,
            NotifyOnClose = true,
        };
    }

    /// <summary>The summary that replaces an answered form or confirmation (via <c>chat.update</c>): no buttons left
    /// to press twice.</summary>
    /// <param name="title">The form's title when known, else <c>null</c>.</param>
    /// <param name="action">What the user did (one of <see cref="FormActions"/>), or <c>null</c> when unknown.</param>
    /// <param name="locale"><c>en</c> or <c>ko</c>.</param>
    /// <returns>The replacement message.</returns>
    public static BlockKitMessage RenderOutcome(string? title, string? action, string locale)
    {
        var korean = locale.StartsWith("ko", StringComparison.OrdinalIgnoreCase);
        var outcome = action switch
        {
            FormActions.Submit => korean ? "✅ 제출됨" : "✅ Submitted",
            FormActions.Confirm => korean ? "✅ 확인됨" : "✅ Confirmed",
            FormActions.Cancel => korean ? "✖️ 취소됨" : "✖️ Cancelled",
            FormActions.Choose => korean ? "✅ 선택됨" : "✅ Chosen",
            _ => korean ? "✅ 응답됨" : "✅ Answered",
        };
        var text = string.IsNullOrWhiteSpace(title) ? outcome : $"{title}: {outcome}";
        var markdown = string.IsNullOrWhiteSpace(title) ? outcome : $"*{Escape(Truncate(title, MaxSectionText - 40))}*  {outcome}";
        return new BlockKitMessage(text, [new SectionBlock { Text = TextObject.Markdown(markdown) }]);
    }

    /// <summary>Converts the replies' simple Markdown to Slack <c>mrkdwn</c>: escapes <c>&amp; &lt; &gt;</c>,
    /// <c>**bold**</c> → <c>*bold*</c>, <c>[label](url)</c> → <c>&lt;url|label&gt;</c>, <c>- item</c> → <c>• item</c>.</summary>
    /// <param name="markdown">The text.</param>
    /// <returns>Slack mrkdwn.</returns>
    public static string ToMrkdwn(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = Escape(markdown);
        text = Bold().Replace(text, "*$1*");
        text = Link().Replace(text, "<$2|$1>");
        text = Bullet().Replace(text, "$1• ");
        return text;
    }

    private static void AddForm(List<Block> blocks, FormSpec form, string? conversationId)
    {
        blocks.Add(new HeaderBlock { Text = TextObject.Plain(Truncate(form.Title, MaxHeaderText)) });
        var inline = form.Fields.Count <= MaxInlineFields;
        if (!string.IsNullOrWhiteSpace(form.Intro))
            blocks.AddRange(TextSections(ToMrkdwn(form.Intro)));
        if (inline)
        {
            blocks.AddRange(form.Fields.Select(Input));
            blocks.Add(Actions(
                Button(form.SubmitTitle, "chatflow.submit", new SlackButtonValue(FormActions.Submit, form.StateToken, conversationId), "primary"),
                Button(form.CancelTitle, "chatflow.cancel", new SlackButtonValue(FormActions.Cancel, form.StateToken, conversationId))));
        }
        else
        {
            blocks.Add(new ContextBlock
            {
                Elements = [TextObject.Markdown(Escape(Truncate(string.Join(", ", form.Fields.Select(f => f.Label)), MaxSectionText)))],
            });
            blocks.Add(Actions(
                Button(form.Title, "chatflow.open", new SlackButtonValue(OpenFormAction, form.StateToken, conversationId), "primary"),
                Button(form.CancelTitle, "chatflow.cancel", new SlackButtonValue(FormActions.Cancel, form.StateToken, conversationId))));
        }
    }

    private static void AddConfirmation(List<Block> blocks, ConfirmationSpec confirmation, string? conversationId)
    {
        blocks.Add(new HeaderBlock { Text = TextObject.Plain(Truncate(confirmation.Title, MaxHeaderText)) });
        var fields = confirmation.Facts
            .Select(f => TextObject.Markdown(Truncate($"*{Escape(f.Key)}*\n{Escape(f.Value)}", MaxFieldText)))
            .ToList();
        for (var i = 0; i < fields.Count; i += MaxSectionFields)
            blocks.Add(new SectionBlock { Fields = fields.Skip(i).Take(MaxSectionFields).ToList() });
        blocks.Add(Actions(
            Button(confirmation.ConfirmTitle, "chatflow.confirm", new SlackButtonValue(FormActions.Confirm, confirmation.StateToken, conversationId), "primary"),
            Button(confirmation.CancelTitle, "chatflow.cancel", new SlackButtonValue(FormActions.Cancel, confirmation.StateToken, conversationId))));
    }

    private static void AddSignIn(List<Block> blocks, SignInSpec signIn)
    {
        blocks.AddRange(TextSections(ToMrkdwn(signIn.Text)));
        blocks.Add(new ActionsBlock
        {
            BlockId = ActionsBlockId,
            Elements =
            [
                new ButtonElement
                {
                    ActionId = "chatflow.signin",
                    Text = TextObject.Plain(Truncate(signIn.ButtonTitle, MaxButtonText)),
                    Url = signIn.Url.AbsoluteUri,
                    Style = "primary",
                },
            ],
        });
    }

    private static ActionsBlock Actions(params BlockElement[] elements) => new() { BlockId = ActionsBlockId, Elements = elements };

    private static ButtonElement Button(string title, string actionId, SlackButtonValue value, string? style = null)
    {
        var json = JsonSerializer.Serialize(value, BlockKitJsonContext.Default.SlackButtonValue);
        if (json.Length > MaxButtonValue)
            throw new InvalidOperationException($"A button value is {json.Length} characters; Slack allows {MaxButtonValue}.");
        return new ButtonElement
        {
            ActionId = Truncate(actionId, MaxId),
            Text = TextObject.Plain(Truncate(title, MaxButtonText)),
            Value = json,
            Style = style,
        };
    }

    private static InputBlock Input(FormField field)
    {
        var id = field.Id.Length <= MaxId ? field.Id
            : throw new InvalidOperationException($"Field id '{field.Id[..20]}…' is longer than {MaxId} characters.");
        var placeholder = string.IsNullOrEmpty(field.Placeholder) ? null : TextObject.Plain(Truncate(field.Placeholder, MaxPlaceholder));
        BlockElement element = field.Type switch
        {
            FieldType.Number => new NumberInputElement
            {
                ActionId = id,
                IsDecimalAllowed = true,
                InitialValue = decimal.TryParse(field.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                    ? number.ToString(CultureInfo.InvariantCulture) : null,
                Placeholder = placeholder,
            },
            FieldType.Email => new EmailTextInputElement { ActionId = id, InitialValue = Blank(field.Value), Placeholder = placeholder },
            FieldType.Date => new DatePickerElement
            {
                ActionId = id,
                InitialDate = DateOnly.TryParseExact(field.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    ? field.Value : null,
                Placeholder = placeholder,
            },
            FieldType.Choice => Select(field, id, placeholder),
            FieldType.Boolean => Checkbox(field, id),
            _ => new PlainTextInputElement
            {
                ActionId = id,
                Multiline = field.Type == FieldType.MultilineText,
                InitialValue = Blank(field.Value),
                Placeholder = placeholder,
            },
        };
        return new InputBlock
        {
            BlockId = id,
            Label = TextObject.Plain(Truncate(field.Label, MaxFieldText)),
            Element = element,
            // A yes/no checkbox left unticked means "no", so it never blocks submission.
            Optional = !field.Required || field.Type == FieldType.Boolean,
        };
    }

    private static StaticSelectElement Select(FormField field, string id, TextObject? placeholder)
    {
        var options = field.Choices.Take(MaxOptions).Select(c => new SelectOption(TextObject.Plain(Truncate(c.Title, MaxOptionText)), c.Value)).ToList();
        return new StaticSelectElement
        {
            ActionId = id,
            Options = options,
            InitialOption = options.FirstOrDefault(o => o.Value == field.Value),
            Placeholder = placeholder,
        };
    }

    private static CheckboxesElement Checkbox(FormField field, string id)
    {
        var yes = new SelectOption(TextObject.Plain(Truncate(field.Label, MaxOptionText)), "true");
        return new CheckboxesElement
        {
            ActionId = id,
            Options = [yes],
            InitialOptions = string.Equals(field.Value, "true", StringComparison.OrdinalIgnoreCase) ? [yes] : null,
        };
    }

    private static IEnumerable<Block> TextSections(string mrkdwn)
    {
        foreach (var chunk in Split(mrkdwn, MaxSectionText))
            yield return new SectionBlock { Text = TextObject.Markdown(chunk) };
    }

    /// <summary>Splits at the last line break (else space) before <paramref name="max"/>.</summary>
    private static IEnumerable<string> Split(string text, int max)
    {
        var rest = text;
        while (rest.Length > max)
        {
            var cut = rest.LastIndexOf('\n', max - 1);
            if (cut <= 0)
                cut = rest.LastIndexOf(' ', max - 1);
            if (cut <= 0)
                cut = max;
            yield return rest[..cut];
            rest = rest[cut..].TrimStart('\n', ' ');
        }

        if (rest.Length > 0)
            yield return rest;
    }

    private static List<Block> Cap(List<Block> blocks, int max)
    {
        if (blocks.Count <= max)
            return blocks;
        // Keep the buttons (last block) so the form can still be answered; drop the overflow before them.
        var kept = blocks.Take(max - 2).ToList();
        kept.Add(new ContextBlock { Elements = [TextObject.Plain("…")] });
        kept.Add(blocks[^1]);
        return kept;
    }

    private static string FallbackText(Reply reply)
    {
        var text = reply.Text ?? reply.Form?.Title ?? reply.Confirmation?.Title ?? reply.SignIn?.Text
            ?? reply.SuggestedActions.FirstOrDefault()?.Title ?? "…";
        return Truncate(text.Replace("**", "", StringComparison.Ordinal), MaxSectionText);
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>Slack's three control characters.</summary>
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static string Truncate(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    [GeneratedRegex(@"\*\*(.+?)\*\*", RegexOptions.Singleline)]
    private static partial Regex Bold();

    [GeneratedRegex(@"\[([^\]\n]+)\]\((https?://[^\s)]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(^|\n)[-*] ")]
    private static partial Regex Bullet();
}
