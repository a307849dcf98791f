using ChatFlow.Bot.Tests.Fixtures;
using ChatFlow.Bot.Turns;
using ChatFlow.Skills.Recognition;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Tests.Hosting;

/// <summary><c>ChatFlow:Recognizer:WordVectors</c>: the host loads the file once and every catalog snapshot's
/// recogniser uses it; a path to nothing stops the start with the setting's name.</summary>
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
        var accessor = host.Services.GetRequiredService<SkillCatalogAccessor>();

        // The registry's snapshot (revision ≥ 0) replaces the files' one (-1) once the start-up sync ran.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (accessor.Snapshot.Revision < 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.True(accessor.Snapshot.Revision >= 0, "the registry's catalog was not loaded");
        Assert.Equal(3, accessor.Snapshot.RecognizerOptions.WordVectors?.Count);
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
}
