namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>Kinds of typed values the entity extractor finds in an utterance.</summary>
internal enum EntityKind
{
    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A Korean business registration number (사업자등록번호), normalised to <c>000-00-00000</c>.</summary>
    BusinessRegistrationNumber,
}
