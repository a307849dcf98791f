namespace ChatFlow.Skills.Forms;

/// <summary>One option of a choice field or of a reply's buttons.</summary>
/// <param name="Value">What is submitted when chosen.</param>
/// <param name="Title">What the user sees.</param>
public sealed record FormChoice(string Value, string Title);
