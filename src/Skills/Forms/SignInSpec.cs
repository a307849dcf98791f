namespace ChatFlow.Skills.Forms;

/// <summary>A prompt to sign in to a connection before the pending skill can run.</summary>
/// <param name="Text">Why sign-in is needed, in the reply's language.</param>
/// <param name="ButtonTitle">Title of the sign-in button.</param>
/// <param name="Url">Absolute URL that starts the OAuth 2.0 authorization-code + PKCE flow (ChatFlow's own
/// <c>/auth/signin/{id}</c>, which redirects to the authorization server).</param>
public sealed record SignInSpec(string Text, string ButtonTitle, Uri Url);
