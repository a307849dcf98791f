using System.Diagnostics;
using ChatFlow.Skills.Recognition;
using ChatFlow.Skills.Recognition.Encoders;
using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Turns;

/// <summary>Builds the embedded recogniser's options from <see cref="RecognizerOptions"/>: loads the word vectors
/// and the sentence encoder once per host (every catalog snapshot shares them; the encoder remembers the training
/// texts' vectors across catalog changes).</summary>
internal static partial class RecognizerSetup
{
    /// <summary>The options for every <see cref="SkillSnapshot"/>.</summary>
    /// <exception cref="InvalidDataException">The configured word-vector file or sentence-encoder directory is not
    /// one (the message names the file).</exception>
    public static EmbeddedRecognizerOptions Create(IServiceProvider services)
    {
        var settings = services.GetRequiredService<IOptions<RecognizerOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RecognizerSetup));
        WordVectors? vectors = null;
        if (!string.IsNullOrWhiteSpace(settings.WordVectors))
        {
            var stopwatch = Stopwatch.StartNew();
            vectors = WordVectors.Load(settings.WordVectors);
            WordVectorsLoaded(logger, vectors.Count, vectors.Dimensions, settings.WordVectors, stopwatch.ElapsedMilliseconds);
        }

        ISentenceEncoder? encoder = null;
        if (!string.IsNullOrWhiteSpace(settings.SentenceEncoder))
        {
            var stopwatch = Stopwatch.StartNew();
            encoder = new CachingSentenceEncoder(UniversalSentenceEncoderLite.Load(settings.SentenceEncoder));
            SentenceEncoderLoaded(logger, encoder.Dimensions, settings.SentenceEncoder, stopwatch.ElapsedMilliseconds);
        }

        return new EmbeddedRecognizerOptions { WordVectors = vectors, SentenceEncoder = encoder };
    }

    [LoggerMessage(2010, LogLevel.Information, "Recogniser word vectors: {Words} words × {Dimensions} from {Path} in {ElapsedMs} ms")]
    private static partial void WordVectorsLoaded(ILogger logger, int words, int dimensions, string path, long elapsedMs);

    [LoggerMessage(2011, LogLevel.Information, "Recogniser sentence encoder: Universal Sentence Encoder Lite, {Dimensions} dimensions, from {Path} in {ElapsedMs} ms")]
    private static partial void SentenceEncoderLoaded(ILogger logger, int dimensions, string path, long elapsedMs);
}
