using ChatFlow.Bot.Tests.Fixtures;
using ChatFlow.Bot.Turns;
using ChatFlow.Skills.Recognition;
using ChatFlow.Skills.Recognition.Encoders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Tests.Hosting;

/// <summary><c>ChatFlow:Recognizer:WordVectors</c> and <c>SentenceEncoder</c>: the host loads each once and every
/// catalog snapshot's recogniser uses them; a path to nothing stops the start with the setting's name.</summary>
public sealed class RecognizerSettingsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatflow-recognizer-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Host_WithWordVectors_TrainsEverySnapshotWithThem()
    {
        var source = Path.Combine(_folder, "glove.txt");
        File.WriteAllText(source, "vendor 1 0 0\nsupplier 0.9 0.1 0\nsalary 0 1 0\n");
        var path = Path.Combine(_folder, "en.cfwv");
        WordVectorImport.Run(source, path, maxWords: 10);

        await using var host = new ChatFlowHost(settings: new Dictionary<string, string> { ["ChatFlow:Recognizer:WordVectors"] = path });

        var snapshot = await RegistrySnapshotAsync(host, TimeSpan.FromSeconds(30));

        Assert.Equal(3, snapshot.RecognizerOptions.WordVectors?.Count);
    }

    [Fact]
    public void Host_WithWordVectorsPathToNothing_FailsToStartNamingTheSetting()
    {
        var missing = Path.Combine(_folder, "absent.cfwv");

        var error = Assert.ThrowsAny<Exception>(() =>
        {
            using var host = new ChatFlowHost(settings: new Dictionary<string, string> { ["ChatFlow:Recognizer:WordVectors"] = missing });
        });

        var validation = Assert.IsType<OptionsValidationException>(error.GetBaseException() as OptionsValidationException ?? error);
        Assert.Contains("ChatFlow:Recognizer:WordVectors", validation.Message, StringComparison.Ordinal);
        Assert.Contains(missing, validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_WithSentenceEncoderFolderWithoutModel_FailsToStartNamingTheSetting()
    {
        var error = Assert.ThrowsAny<Exception>(() =>
        {
            using var host = new ChatFlowHost(settings: new Dictionary<string, string> { ["ChatFlow:Recognizer:SentenceEncoder"] = _folder });
        });

        var validation = Assert.IsType<OptionsValidationException>(error.GetBaseException() as OptionsValidationException ?? error);
        Assert.Contains("ChatFlow:Recognizer:SentenceEncoder", validation.Message, StringComparison.Ordinal);
        Assert.Contains(_folder, validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_WithSentenceEncoder_TrainsEverySnapshotWithItAndAnswersAParaphrase()
    {
        if (Environment.GetEnvironmentVariable("CHATFLOW_SENTENCE_ENCODER") is not { Length: > 0 } encoder)
        {
            // scripts/test always fetches it; a developer's plain `dotnet test` may not have.
            Assert.NotEqual("true", Environment.GetEnvironmentVariable("CI"));
            return;
        }

        await using var host = new ChatFlowHost(settings: new Dictionary<string, string> { ["ChatFlow:Recognizer:SentenceEncoder"] = encoder });

        var snapshot = await RegistrySnapshotAsync(host, TimeSpan.FromSeconds(60));

        var cache = Assert.IsType<CachingSentenceEncoder>(snapshot.RecognizerOptions.SentenceEncoder);
        Assert.True(cache.Count > 100, $"{cache.Count} training texts remembered");
        Assert.Equal("hr.timeoff.request", snapshot.Recognizer.Recognize("I'd like some time away from work next Friday", "en").TopSkillId);
    }

    /// <summary>The registry's snapshot (revision ≥ 0), which replaces the files' one (-1) once the start-up sync ran;
    /// polled until <paramref name="timeout"/>.</summary>
    private static async Task<SkillSnapshot> RegistrySnapshotAsync(ChatFlowHost host, TimeSpan timeout)
    {
        var accessor = host.Services.GetRequiredService<SkillCatalogAccessor>();
        var deadline = DateTime.UtcNow + timeout;
        while (accessor.Snapshot.Revision < 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.True(accessor.Snapshot.Revision >= 0, "the registry's catalog was not loaded");
        return accessor.Snapshot;
    }
}
