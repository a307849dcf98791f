namespace ChatFlow.Integrations.Storage;

/// <summary>One activity of a Direct Line conversation's transcript.</summary>
/// <param name="Sequence">Position in the conversation, from 1; the Direct Line watermark is the last sequence read.</param>
/// <param name="ActivityId">The activity's id.</param>
/// <param name="ActivityJson">The Bot Framework activity as JSON.</param>
public sealed record TranscriptActivity(long Sequence, string ActivityId, string ActivityJson);
