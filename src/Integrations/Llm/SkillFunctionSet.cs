using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ChatFlow.Skills.Manifests;
using Microsoft.SemanticKernel;

namespace ChatFlow.Integrations.Llm;

/// <summary>The skills of one catalog snapshot as Semantic Kernel functions (one per skill, its slots as parameters)
/// in the plugin <see cref="PluginName"/>, and the way back from a function name to the skill.</summary>
/// <remarks>The functions describe skills to the model; they are never invoked (calling one throws): the recogniser
/// reads the function call the model returns and the dialog engine runs the skill.</remarks>
internal sealed class SkillFunctionSet
{
    /// <summary>Plugin name; the model sees <c>skills-{function}</c>.</summary>
    public const string PluginName = "skills";

    // OpenAI allows 64 characters for a tool name, the plugin prefix included.
    private const int MaxFunctionNameLength = 64 - 7;

    private readonly FrozenDictionary<string, SkillManifest> _byFunctionName;

    private SkillFunctionSet(SkillCatalog catalog, KernelPlugin plugin, FrozenDictionary<string, SkillManifest> byFunctionName)
    {
        Catalog = catalog;
        Plugin = plugin;
        _byFunctionName = byFunctionName;
    }

    /// <summary>The snapshot the functions were built from.</summary>
    public SkillCatalog Catalog { get; }

    /// <summary>One function per skill.</summary>
    public KernelPlugin Plugin { get; }

    /// <summary>Builds the functions of every skill in <paramref name="catalog"/> (latest versions).</summary>
    public static SkillFunctionSet Create(SkillCatalog catalog)
    {
        var byName = new Dictionary<string, SkillManifest>(StringComparer.Ordinal);
        var functions = new List<KernelFunction>();
        foreach (var skill in catalog.Skills)
        {
            var name = FunctionName(skill.Id);
            if (byName.ContainsKey(name))
            {
                // Two ids that sanitise alike ("a.b" and "a_b"): keep both, told apart by the id's digest.
                name = Shorten(name, MaxFunctionNameLength - 9) + "_" + Digest(skill.Id);
            }

            byName[name] = skill;
            functions.Add(KernelFunctionFactory.CreateFromMethod(
                NeverInvoked,
                functionName: name,
                description: Describe(skill),
                parameters: [.. skill.Slots.Select(Parameter)],
                returnParameter: new KernelReturnParameterMetadata { Description = "Nothing: ChatFlow runs the skill itself." }));
        }

        var plugin = KernelPluginFactory.CreateFromFunctions(PluginName, "ChatFlow skills the user can ask for.", functions);
        return new SkillFunctionSet(catalog, plugin, byName.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The skill behind <paramref name="functionName"/> (without the plugin prefix), or <c>null</c>.</summary>
    public SkillManifest? Find(string? pluginName, string functionName) =>
        pluginName is null or PluginName ? _byFunctionName.GetValueOrDefault(functionName) : null;

    /// <summary>The function name of a skill id: <c>[A-Za-z0-9_]</c> only (<c>erp.vendor.register</c> →
    /// <c>erp_vendor_register</c>), at most 57 characters.</summary>
    internal static string FunctionName(string skillId)
    {
        var builder = new StringBuilder(skillId.Length);
        foreach (var c in skillId)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        var name = builder.ToString();
        return name.Length <= MaxFunctionNameLength ? name : Shorten(name, MaxFunctionNameLength - 9) + "_" + Digest(skillId);
    }

    private static string Shorten(string name, int length) => name.Length <= length ? name : name[..length];

    private static string Digest(string skillId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(skillId)))[..8];

    private static string NeverInvoked() =>
        throw new InvalidOperationException("Skill functions describe skills to the model; ChatFlow never invokes them.");

    private static string Describe(SkillManifest skill)
    {
        var en = skill.Description is { } d ? $"{skill.Name.En}: {d.En}" : skill.Name.En;
        var ko = skill.Description?.Ko ?? skill.Name.Ko;
        return ko is null ? en : $"{en} ({skill.Name.Get("ko")}: {ko})";
    }

    private static KernelParameterMetadata Parameter(SlotDefinition slot)
    {
        var description = new StringBuilder(slot.Label.En);
        if (slot.Label.Ko is { } ko)
        {
            description.Append(" (").Append(ko).Append(')');
        }

        description.Append(". ").Append(TypeHint(slot));
        if (slot.Placeholder is { } placeholder)
        {
            description.Append(" Example: ").Append(placeholder).Append('.');
        }

        description.Append(" Only if the user said it; omit otherwise.");

        var schema = new JsonObject { ["type"] = JsonType(slot.Type), ["description"] = description.ToString() };
        var validation = slot.Validation;
        if (slot.Type == SlotType.Choice && validation.Choices.Count > 0)
        {
            schema["enum"] = new JsonArray([.. validation.Choices.Select(c => (JsonNode)JsonValue.Create(c))]);
        }

        if (slot.Type == SlotType.Email)
        {
            schema["format"] = "email";
        }

        if (validation.Pattern is { } pattern)
        {
            schema["pattern"] = pattern;
        }

        if (validation.MaxLength is { } maxLength)
        {
            schema["maxLength"] = maxLength;
        }

        if (slot.Type == SlotType.Number && validation.Min is { } min)
        {
            schema["minimum"] = min;
        }

        if (slot.Type == SlotType.Number && validation.Max is { } max)
        {
            schema["maximum"] = max;
        }

        return new KernelParameterMetadata(slot.Name)
        {
            Description = description.ToString(),
            // Never required: the model must not invent what the user did not say; the dialog asks for the rest.
            IsRequired = false,
            ParameterType = slot.Type switch
            {
                SlotType.Number => typeof(decimal),
                SlotType.Boolean => typeof(bool),
                _ => typeof(string),
            },
            Schema = KernelJsonSchema.Parse(schema.ToJsonString()),
        };
    }

    /// <summary>The JSON Schema type the model must use for a slot (and the JSON kind the recogniser accepts).</summary>
    internal static string JsonType(SlotType type) => type switch
    {
        SlotType.Number => "number",
        SlotType.Boolean => "boolean",
        _ => "string",
    };

    private static string TypeHint(SlotDefinition slot) => slot.Type switch
    {
        SlotType.Number => "A number.",
        SlotType.Money => "An amount with its currency as the user wrote it (45,000원, 5만원, $120.50).",
        SlotType.Date => "A date: yyyy-MM-dd when the user gave a full date, else the user's words (tomorrow, 내일).",
        SlotType.DateRange => "A date range in the user's words (오늘부터 일주일, from Monday to Wednesday).",
        SlotType.Duration => "A length of time in the user's words.",
        SlotType.Email => "An e-mail address.",
        SlotType.Person => "A person: a mention, a name or an e-mail address.",
        SlotType.Choice => "One of the listed values.",
        SlotType.Boolean => "true or false.",
        _ => "Text, as the user wrote it.",
    };
}
