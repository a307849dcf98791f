namespace ChatFlow.Skills.Forms;

/// <summary>Input kinds a form field can have; each channel renders them with its closest native input.</summary>
public enum FieldType
{
    /// <summary>Single-line text.</summary>
    Text = 0,

    /// <summary>Multi-line text.</summary>
    MultilineText = 1,

    /// <summary>A number.</summary>
    Number = 2,

    /// <summary>An e-mail address.</summary>
    Email = 3,

    /// <summary>A calendar date (ISO 8601 <c>yyyy-MM-dd</c>).</summary>
    Date = 4,

    /// <summary>One of <see cref="FormField.Choices"/>.</summary>
    Choice = 5,

    /// <summary>Yes or no.</summary>
    Boolean = 6,
}
