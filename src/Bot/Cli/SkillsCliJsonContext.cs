using System.Text.Json.Serialization;

namespace ChatFlow.Bot.Cli;

/// <summary>The admin API's bodies as the <c>skills</c> command reads them (camelCase, as ASP.NET Core writes).</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AdminSkillSummary))]
[JsonSerializable(typeof(List<AdminSkillListItem>))]
[JsonSerializable(typeof(AdminProblem))]
internal sealed partial class SkillsCliJsonContext : JsonSerializerContext;

/// <summary><c>PUT /admin/skills/{id}</c> → 200.</summary>
internal sealed record AdminSkillSummary(string Id, int Version, bool Enabled);

/// <summary>One row of <c>GET /admin/skills</c>.</summary>
internal sealed record AdminSkillListItem(string Id, int Version, bool Enabled, string? Name);

/// <summary>An <c>application/problem+json</c> body; <see cref="Errors"/> keyed <c>file:line:col</c> on 422.</summary>
internal sealed record AdminProblem(string? Title, int? Status, string? Detail, Dictionary<string, string[]>? Errors);
