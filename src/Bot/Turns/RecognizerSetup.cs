using System.Diagnostics;
using ChatFlow.Skills.Recognition;
using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Turns;

/// <summary>Builds the embedded recogniser's options from <see cref="RecognizerOptions"/>: loads the word vectors
/// once per host (every catalog snapshot shares them).</summary>
internal static partial class RecognizerSetup
{
    /// <summary>The options for every <see cref="SkillSnapshot"/>.</summary>
    /// <exception cref="InvalidDataException">The configured word-vector file is not one.</exception>
    public static EmbeddedRecognizerOptions Create(IServiceProvider services)
    {
        var settings = services.GetRequiredService<IOptions<RecognizerOptions>>().Value;
        if (string.IsNullOrWhiteSpace(settings.WordVectors))
        {
            return new EmbeddedRecognizerOptions();
        }

        var stopwatch = Stopwatch.StartNew();
        var vectors = WordVectors.Load(settings.WordVectors);
        WordVectorsLoaded(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RecognizerSetup)),
            vectors.Count, vectors.Dimensions, settings.WordVectors, stopwatch.ElapsedMilliseconds);
        return new EmbeddedRecognizerOptions { WordVectors = vectors };
    }

    [LoggerMessage(2010, LogLevel.Information, "Recogniser word vectors: {Words} words × {Dimensions} from {Path} in {ElapsedMs} ms")]
    private static partial void WordVectorsLoaded(ILogger logger, int words, int dimensions, string path, long elapsedMs);
}
