namespace ChatFlow.Sandbox.Users;

/// <summary>Response of <c>getMe</c>: the calling user as the sandbox knows them.</summary>
internal sealed record UserProfile(string Username, string DisplayName, string Email, IReadOnlyList<string> Roles, string? Manager);
