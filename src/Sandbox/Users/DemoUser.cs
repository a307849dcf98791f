namespace ChatFlow.Sandbox.Users;

/// <summary>A person of the fictional Acme company.</summary>
/// <param name="Username">Login name, also the <c>sub</c> claim.</param>
/// <param name="DisplayName">Full name (<c>name</c> claim).</param>
/// <param name="Email">Work email (<c>email</c> claim).</param>
/// <param name="Roles">Roles (<c>role</c> claims): employee, manager, finance, admin.</param>
/// <param name="Manager">Username of the manager, if any (<c>manager</c> claim).</param>
internal sealed record DemoUser(string Username, string DisplayName, string Email, IReadOnlyList<string> Roles, string? Manager);
