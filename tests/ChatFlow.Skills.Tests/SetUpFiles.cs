using System.Diagnostics.CodeAnalysis;

namespace ChatFlow.Skills.Tests;

/// <summary>The files <c>scripts/test</c> makes or fetches before the tests (the word vectors, the sentence encoder),
/// found through the variables it sets. A test that needs one runs only where it exists: a developer's plain
/// <c>dotnet test</c> may not have it, but on CI (<c>CI=true</c>) its absence fails the test.</summary>
internal static class SetUpFiles
{
    /// <summary>The word-vector file in <c>CHATFLOW_WORD_VECTORS</c>, or <c>null</c>.</summary>
    internal static string? WordVectors =>
        Environment.GetEnvironmentVariable("CHATFLOW_WORD_VECTORS") is { Length: > 0 } path && File.Exists(path) ? path : null;

    /// <summary>The sentence-encoder folder in <c>CHATFLOW_SENTENCE_ENCODER</c> (with its <c>model.json</c>), or
    /// <c>null</c>.</summary>
    internal static string? SentenceEncoder =>
        Environment.GetEnvironmentVariable("CHATFLOW_SENTENCE_ENCODER") is { Length: > 0 } path && File.Exists(Path.Combine(path, "model.json")) ? path : null;

    /// <summary>Whether <paramref name="value"/> (made from one of these files) is missing; fails on CI when it is.</summary>
    internal static bool Missing<T>(T? value, [NotNullWhen(false)] out T? found)
        where T : class
    {
        if (value is not null)
        {
            found = value;
            return false;
        }

        found = null;

        Assert.NotEqual("true", Environment.GetEnvironmentVariable("CI"));
        return true;
    }
}
