namespace ChatFlow.Sandbox.Tests.Infrastructure;

internal sealed record TokenSet(string AccessToken, string? RefreshToken, string? IdToken);
