namespace ChatFlow.Skills.Manifests;

/// <summary>The type of a skill slot, as written in a manifest (<c>type: email</c>).</summary>
public enum SlotType
{
    /// <summary><c>text</c>: free text.</summary>
    Text = 0,

    /// <summary><c>number</c>: a decimal number (invariant culture, <c>1234.5</c>).</summary>
    Number = 1,

    /// <summary><c>money</c>: an amount with a currency (<c>45,000원</c>, <c>$120.50</c>); text for now.</summary>
    Money = 2,

    /// <summary><c>date</c>: a calendar date, ISO 8601 <c>yyyy-MM-dd</c>.</summary>
    Date = 3,

    /// <summary><c>daterange</c>: a date range (<c>오늘부터 일주일</c>); text for now.</summary>
    DateRange = 4,

    /// <summary><c>duration</c>: a length of time; text for now.</summary>
    Duration = 5,

    /// <summary><c>email</c>: an e-mail address.</summary>
    Email = 6,

    /// <summary><c>person</c>: a mention or a directory lookup; text for now.</summary>
    Person = 7,

    /// <summary><c>choice</c>: one of <see cref="SlotValidation.Choices"/>.</summary>
    Choice = 8,

    /// <summary><c>boolean</c>: yes or no, stored as <c>true</c>/<c>false</c>.</summary>
    Boolean = 9,
}
