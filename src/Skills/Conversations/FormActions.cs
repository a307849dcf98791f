namespace ChatFlow.Skills.Conversations;

/// <summary>Action names carried in a form's submit data (<c>{"chatflow":{"action":…}}</c>).</summary>
public static class FormActions
{
    /// <summary>Submit the form's inputs as slot values.</summary>
    public const string Submit = "submit";

    /// <summary>Confirm the summarised skill run.</summary>
    public const string Confirm = "confirm";

    /// <summary>Cancel the current skill run.</summary>
    public const string Cancel = "cancel";

    /// <summary>Pick one of several offered choices; the chosen value is in <c>Values["choice"]</c>.</summary>
    public const string Choose = "choose";
}
