namespace ChatFlow.Skills.Manifests;

/// <summary>What a free-text slot holds (<c>role:</c> in a manifest), which tells the slot filler how to read its value
/// out of a sentence. Without one, the role is inferred from the slot's name and label (<c>vendorName</c>, "Name or
/// email", "…명").</summary>
public enum SlotRole
{
    /// <summary>Not given: inferred from the slot's name and label.</summary>
    Inferred = 0,

    /// <summary><c>name</c>: what a record is called (a vendor's name, <c>Hanbit Trading</c>, <c>한빛상사</c>). A Korean
    /// particle or a possessive's tail is cut off (<c>한빛에</c> → <c>한빛</c>).</summary>
    Name = 1,

    /// <summary><c>person</c>: a person, by name or e-mail (<c>Bob</c>, <c>박지훈</c>, <c>김민수 님</c>); titles and
    /// particles are cut off, and words like <c>someone</c> or <c>사람</c> are no value.</summary>
    Person = 2,

    /// <summary><c>query</c>: what a lookup searches for (an invoice number or a vendor, <c>한빛</c>); any word the skill
    /// does not know may be it.</summary>
    Query = 3,

    /// <summary><c>text</c>: anything else (an address, a memo, a reason), taken as written.</summary>
    Text = 4,
}
