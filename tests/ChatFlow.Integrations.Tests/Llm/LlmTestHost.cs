using ChatFlow.Integrations.Llm;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatFlow.Integrations.Tests.Llm;

/// <summary>The LLM recogniser composed as the host composes it (<see cref="LlmServiceCollectionExtensions.AddChatFlowLlm"/>),
/// against a <see cref="FakeChatModelServer"/>, with a fixed embedded recogniser and a capturing logger.</summary>
internal sealed class LlmTestHost : IAsyncDisposable
{
    public const string ApiKey = "sk-test-7f3c9a1e5b2d4c6e8a0b1c2d3e4f5a6b";

    private readonly ServiceProvider services;

    private LlmTestHost(ServiceProvider services, StubEmbeddedRecognizer embedded, CapturingLoggerProvider logs)
    {
        this.services = services;
        Embedded = embedded;
        Logs = logs;
    }

    public IAsyncIntentRecognizer Recognizer => services.GetRequiredService<IAsyncIntentRecognizer>();

    public StubEmbeddedRecognizer Embedded { get; }

    public CapturingLoggerProvider Logs { get; }

    public static LlmTestHost Create(IDictionary<string, string?> settings, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var logs = new CapturingLoggerProvider();
        var embedded = new StubEmbeddedRecognizer();
        var collection = new ServiceCollection();
        collection.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        if (time is not null)
        {
            collection.AddSingleton(time);
        }

        collection.AddSingleton<IIntentRecognizer>(embedded);
        collection.AddSingleton<ISkillCatalogSource>(new FixedCatalogSource(TestSkills.Catalog));
        collection.AddChatFlowLlm(configuration);
        var provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new LlmTestHost(provider, embedded, logs);
    }

    public static LlmTestHost OpenAI(FakeChatModelServer server, TimeProvider? time = null, string timeout = "00:00:08") => Create(
        new Dictionary<string, string?>
        {
            ["ChatFlow:Llm:Provider"] = "OpenAI",
            ["ChatFlow:Llm:Endpoint"] = server.OpenAIEndpoint.ToString(),
            ["ChatFlow:Llm:ApiKey"] = ApiKey,
            ["ChatFlow:Llm:Model"] = "gpt-4o-mini",
            ["ChatFlow:Llm:Timeout"] = timeout,
        },
        time);

    public static LlmTestHost AzureOpenAI(FakeChatModelServer server) => Create(new Dictionary<string, string?>
    {
        ["ChatFlow:Llm:Provider"] = "AzureOpenAI",
        ["ChatFlow:Llm:Endpoint"] = server.BaseAddress.ToString(),
        ["ChatFlow:Llm:ApiKey"] = ApiKey,
        ["ChatFlow:Llm:Deployment"] = "chatflow-router",
    });

    public ValueTask DisposeAsync() => services.DisposeAsync();
}

/// <summary>The embedded recogniser's stand-in: always the same, recognisable answer.</summary>
internal sealed class StubEmbeddedRecognizer : IIntentRecognizer
{
    public static IntentRecognition Answer { get; } = new()
    {
        Candidates = [new IntentCandidate("embedded.answer", 0.42)],
    };

    public int Calls { get; private set; }

    public IntentRecognition Recognize(string utterance, string? locale)
    {
        Calls++;
        return Answer;
    }
}

internal sealed class FixedCatalogSource(SkillCatalog catalog) : ISkillCatalogSource
{
    public SkillCatalog Current { get; } = catalog;
}

/// <summary>The shipped manifests (copied to the test output) plus a leave skill with one slot of each JSON type.</summary>
internal static class TestSkills
{
    public const string LeaveYaml = """
        id: hr.leave.request
        version: 1
        name: { en: Request time off, ko: 휴가 신청 }
        description: { en: Requests paid leave for a date range., ko: 휴가를 신청합니다. }
        utterances:
          en: [request time off, I want to take leave]
          ko: [휴가 신청할게]
        slots:
          - name: startDate
            type: date
            required: true
            label: { en: First day, ko: 시작일 }
            prompt: { en: From which day?, ko: 언제부터인가요? }
          - name: days
            type: number
            required: true
            label: { en: Number of days, ko: 일수 }
            prompt: { en: How many days?, ko: 며칠인가요? }
            validation: { min: 0.5, max: 30 }
          - name: halfDay
            type: boolean
            label: { en: Half day, ko: 반차 }
            prompt: { en: Half day?, ko: 반차인가요? }
          - name: leaveType
            type: choice
            label: { en: Leave type, ko: 휴가 종류 }
            prompt: { en: Which kind of leave?, ko: 어떤 휴가인가요? }
            validation: { choices: [annual, sick] }
        action:
          connector: acme-hr
          operation: requestLeave
          connection: acme
          arguments:
            start: "{startDate}"
            days: "{days}"
        """;

    public static SkillCatalog Catalog { get; } = Load();

    private static SkillCatalog Load()
    {
        var shipped = SkillCatalog.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "manifests", "skills"));
        Assert.Empty(shipped.Errors);
        var leave = SkillManifestLoader.LoadText(LeaveYaml, "tests/hr.leave.request.yaml");
        Assert.True(leave.IsValid, string.Join("; ", leave.Errors));
        // Only the vendor skill of the shipped ones, so the function list these tests assert does not move when
        // more skills ship.
        return SkillCatalog.Create(shipped.Catalog.Skills.Where(s => s.Id == "erp.vendor.register")).With(leave.Manifest!);
    }
}
