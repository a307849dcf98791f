namespace ChatFlow.Integrations.Tokens;

/// <summary>The absolute endpoints of a connection's authorization server.</summary>
internal sealed record OAuthEndpoints(Uri AuthorizationEndpoint, Uri TokenEndpoint, Uri? UserInfoEndpoint);
