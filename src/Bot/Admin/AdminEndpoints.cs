using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatFlow.Bot.Admin;

/// <summary>The admin API under <c>/admin</c> (bearer token with role <c>admin</c>): register, list, get, enable and
/// disable skills, and list the manifest files skipped at start-up.</summary>
internal static class AdminEndpoints
{
    private const int MaxManifestBytes = 512 * 1024;

    /// <summary>Maps <c>/admin/skills</c>.</summary>
    public static IEndpointRouteBuilder MapChatFlowAdmin(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin").RequireAuthorization(AdminServiceCollectionExtensions.Policy);
        group.MapGet("/skills", ListSkills);
        group.MapGet("/skills/load-errors", ListLoadErrors); // a literal segment outranks {id}
        group.MapGet("/skills/{id}", GetSkill);
        group.MapPut("/skills/{id}", PutSkill);
        group.MapPost("/skills/{id}/enable", (string id, ClaimsPrincipal user, SkillRegistry skills, CancellationToken cancellationToken) =>
            SetEnabled(id, true, user, skills, cancellationToken));
        group.MapPost("/skills/{id}/disable", (string id, ClaimsPrincipal user, SkillRegistry skills, CancellationToken cancellationToken) =>
            SetEnabled(id, false, user, skills, cancellationToken));
        return app;
    }

    private static Ok<IReadOnlyList<SkillListItem>> ListSkills(SkillRegistry skills) => TypedResults.Ok(skills.List());

    private static Ok<IReadOnlyList<SkillLoadError>> ListLoadErrors(SkillRegistry skills) => TypedResults.Ok(skills.LoadErrors());

    private static Results<Ok<SkillDetails>, ProblemHttpResult> GetSkill(string id, SkillRegistry skills) =>
        skills.Get(id) is { } details ? TypedResults.Ok(details) : NotFound(id);

    private static async Task<Results<Ok<SkillSummary>, ProblemHttpResult>> PutSkill(
        string id, HttpRequest request, ClaimsPrincipal user, SkillRegistry skills, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxManifestBytes)
        {
            return TypedResults.Problem(title: $"The manifest is larger than {MaxManifestBytes / 1024} KiB.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken);
        var format = request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true ? "json" : "yaml";
        var result = await skills.RegisterAsync(id, text, format, Subject(user), cancellationToken);
        return result.IsValid
            ? TypedResults.Ok(result.Summary)
            : TypedResults.Problem(new HttpValidationProblemDetails(result.Errors)
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = $"The manifest for skill '{id}' is not valid; fix the errors listed and register it again.",
            });
    }

    private static async Task<Results<Ok<SkillEnabledResult>, ProblemHttpResult>> SetEnabled(
        string id, bool enabled, ClaimsPrincipal user, SkillRegistry skills, CancellationToken cancellationToken) =>
        await skills.SetEnabledAsync(id, enabled, Subject(user), cancellationToken) is { } result ? TypedResults.Ok(result) : NotFound(id);

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(title: $"No skill '{id}' is registered; GET /admin/skills lists the registered ids.", statusCode: StatusCodes.Status404NotFound);

    private static string Subject(ClaimsPrincipal user) => user.FindFirstValue("sub") ?? user.Identity?.Name ?? "unknown";
}
