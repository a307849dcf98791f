namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>Kinds of typed values the entity extractor finds in an utterance.</summary>
public enum EntityKind
{
    /// <summary>An e-mail address; the value is the address as typed.</summary>
    Email = 0,

    /// <summary>A Korean business registration number (사업자등록번호), normalised to <c>000-00-00000</c>.</summary>
    BusinessRegistrationNumber = 1,

    /// <summary>A number; the value is invariant-culture decimal text (<c>1234.5</c>).</summary>
    Number = 2,

    /// <summary>An amount of money; the value is <c>{amount} {ISO 4217 code}</c> (<c>45000 KRW</c>, <c>120.50 USD</c>).</summary>
    Money = 3,

    /// <summary>A calendar date; the value is ISO 8601 <c>yyyy-MM-dd</c>.</summary>
    Date = 4,

    /// <summary>A range of calendar days, both ends included; the value is an ISO 8601 interval
    /// <c>yyyy-MM-dd/yyyy-MM-dd</c>.</summary>
    DateRange = 5,

    /// <summary>A length of time; the value is an ISO 8601 duration (<c>P3D</c>, <c>P2W</c>, <c>PT2H</c>).</summary>
    Duration = 6,

    /// <summary>A mention of a person: Slack <c>&lt;@U123ABC&gt;</c> (value: the user id) or Teams
    /// <c>&lt;at&gt;Name&lt;/at&gt;</c> (value: the name).</summary>
    Mention = 7,

    /// <summary>A calendar month (<c>last month</c>, <c>October</c>, <c>지난달</c>, <c>2026년 10월</c>); the value is
    /// ISO 8601 <c>yyyy-MM</c>.</summary>
    Month = 8,
}
