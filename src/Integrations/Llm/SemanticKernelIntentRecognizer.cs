using System.Globalization;
using System.Text.Json;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI.Chat;

namespace ChatFlow.Integrations.Llm;

/// <summary>Asks a chat model, through Semantic Kernel function calling, which skill the utterance asks for: every
/// skill of the current catalog is offered as a function whose parameters are its slots; the function the model calls
/// (never invoked here) is the intent, its arguments the slot values.</summary>
/// <remarks>No tool call means out of scope. An unknown function, or arguments that are not a JSON object of the
/// declared types, raise <see cref="LlmResponseException"/>; HTTP and protocol errors propagate. The caller
/// (<see cref="FallbackIntentRecognizer"/>) applies the timeout and falls back.</remarks>
internal sealed class SemanticKernelIntentRecognizer : IAsyncIntentRecognizer
{
    internal const string SystemPrompt =
        "You route requests of a company's employees to skills. Call the one function (skill) that fits the user's "
        + "request, with only the arguments the user actually gave, in the user's words; never guess a value. "
        + "If no skill fits, call no function and answer briefly without a tool.";

    private static readonly OpenAIPromptExecutionSettings Settings = new()
    {
        Temperature = 0,
        FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(autoInvoke: false),
    };

    private readonly IServiceProvider _kernelServices;
    private readonly ISkillCatalogSource _catalogs;
    private readonly ILogger _logger;
    private volatile Prepared? _prepared;

    /// <summary>Creates the recogniser.</summary>
    /// <param name="kernelServices">Services of a kernel holding the chat completion service (see
    /// <see cref="LlmKernelFactory"/>).</param>
    /// <param name="catalogs">The skills to offer, read on every call.</param>
    /// <param name="logger">Logger.</param>
    public SemanticKernelIntentRecognizer(IServiceProvider kernelServices, ISkillCatalogSource catalogs, ILogger<SemanticKernelIntentRecognizer> logger)
    {
        _kernelServices = kernelServices;
        _catalogs = catalogs;
        _logger = logger;
    }

    /// <inheritdoc/>
    public async Task<IntentRecognition> RecognizeAsync(string utterance, string? locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        var prepared = Prepare(_catalogs.Current);
        if (prepared.Functions.Catalog.Skills.Count == 0)
        {
            return IntentRecognition.OutOfScope;
        }

        var history = new ChatHistory(locale is null ? SystemPrompt : $"{SystemPrompt} The user's locale is {locale}.");
        history.AddUserMessage(utterance);
        LlmLog.Asking(_logger, utterance, locale);

        var chat = prepared.Kernel.GetRequiredService<IChatCompletionService>();
        var reply = await chat.GetChatMessageContentAsync(history, Settings, prepared.Kernel, cancellationToken).ConfigureAwait(false);

        var calls = FunctionCallContent.GetFunctionCalls(reply).ToList();
        if (calls.Count == 0)
        {
            LlmLog.NoSkill(_logger);
            return IntentRecognition.OutOfScope;
        }

        var candidates = new List<IntentCandidate>();
        IReadOnlyDictionary<string, string>? slots = null;
        foreach (var call in calls)
        {
            var skill = prepared.Functions.Find(call.PluginName, call.FunctionName)
                ?? throw new LlmResponseException("The model called a function that is not a skill.");
            var values = ReadSlots(skill, call);
            slots ??= values;
            if (!candidates.Exists(c => string.Equals(c.SkillId, skill.Id, StringComparison.Ordinal)))
            {
                candidates.Add(new IntentCandidate(skill.Id, 1.0));
            }
        }

        LlmLog.Chose(_logger, candidates[0].SkillId, string.Join(",", slots!.Keys));
        return new IntentRecognition
        {
            Candidates = candidates,
            Slots = slots,
            // Several skills called at once: the model could not choose either, so the dialog asks.
            IsAmbiguous = candidates.Count > 1,
        };
    }

    private Prepared Prepare(SkillCatalog catalog)
    {
        var prepared = _prepared;
        if (prepared is not null && ReferenceEquals(prepared.Functions.Catalog, catalog))
        {
            return prepared;
        }

        var functions = SkillFunctionSet.Create(catalog);
        LlmLog.FunctionsBuilt(_logger, functions.Plugin.FunctionCount);
        prepared = new Prepared(functions, new Kernel(_kernelServices, [functions.Plugin]));
        _prepared = prepared;
        return prepared;
    }

    private Dictionary<string, string> ReadSlots(SkillManifest skill, FunctionCallContent call)
    {
        if (call.Exception is not null)
        {
            throw new LlmResponseException($"The arguments of the call to skill '{skill.Id}' are not a JSON object.", call.Exception);
        }

        using var arguments = ArgumentsJson(skill, call);
        var root = arguments.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new LlmResponseException($"The arguments of the call to skill '{skill.Id}' are not a JSON object.");
        }

        if (_logger.IsEnabled(LogLevel.Trace))
        {
            LlmLog.CalledWith(_logger, call.FunctionName, root.GetRawText());
        }

        var slots = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            var slot = skill.FindSlot(property.Name)
                ?? throw new LlmResponseException($"The call to skill '{skill.Id}' has an argument that is not one of its slots.");
            if (Text(slot, property.Value) is { } text && !string.IsNullOrWhiteSpace(text))
            {
                slots[slot.Name] = text.Trim();
            }
        }

        return slots;
    }

    private static JsonDocument ArgumentsJson(SkillManifest skill, FunctionCallContent call)
    {
        try
        {
            // The raw arguments keep their JSON types; FunctionCallContent.Arguments has lost some of them.
            if (call.InnerContent is ChatToolCall toolCall)
            {
                return JsonDocument.Parse(toolCall.FunctionArguments.ToMemory());
            }

            return JsonSerializer.SerializeToDocument(call.Arguments ?? []);
        }
        catch (JsonException exception)
        {
            throw new LlmResponseException($"The arguments of the call to skill '{skill.Id}' are not a JSON object.", exception);
        }
    }

    /// <summary>The slot value as text (as if the user had typed it), <c>null</c> for a JSON null; the JSON kind must
    /// match the slot's declared type.</summary>
    private static string? Text(SlotDefinition slot, JsonElement value) => (SkillFunctionSet.JsonType(slot.Type), value.ValueKind) switch
    {
        (_, JsonValueKind.Null) => null,
        ("string", JsonValueKind.String) => value.GetString(),
        ("number", JsonValueKind.Number) when value.TryGetDecimal(out var number) => number.ToString(CultureInfo.InvariantCulture),
        ("boolean", JsonValueKind.True) => "true",
        ("boolean", JsonValueKind.False) => "false",
        _ => throw new LlmResponseException($"Slot '{slot.Name}' needs a JSON {SkillFunctionSet.JsonType(slot.Type)}, not {value.ValueKind}."),
    };

    private sealed record Prepared(SkillFunctionSet Functions, Kernel Kernel);
}
