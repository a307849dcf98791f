using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using ChatFlow.Sandbox.Erp;
using ChatFlow.Sandbox.Storage;
using ChatFlow.Sandbox.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChatFlow.Sandbox.Hr;

/// <summary><c>requestTimeOff</c> and <c>listTimeOff</c> under <c>/sandbox/api/hr/timeoff</c>. A request is created
/// for the caller, <c>pending</c>, with her manager as approver; a user without a manager cannot request (422). Leave
/// is counted in working days, or half a day (<see cref="LeaveDays"/>).</summary>
internal static class TimeOffEndpoints
{
    private static readonly CreateRequestReader<TimeOffCreate> TimeOffReader =
        new(SandboxJsonContext.Default.TimeOffCreate, "the request", "dates, type and reason");

    /// <summary>The allowed types of leave.</summary>
    public static readonly string[] Types = ["annual", "sick", "parental", "family", "unpaid"];

    /// <summary>Most working days one request may take (twelve weeks).</summary>
    private const int MaxWorkingDays = 60;

    public static RouteGroupBuilder MapTimeOff(this RouteGroupBuilder api)
    {
        var timeOff = api.MapGroup("/hr/timeoff");
        timeOff.MapPost("/", RequestTimeOff).WithName("requestTimeOff").DisableAntiforgery();
        timeOff.MapGet("/", ListTimeOff).WithName("listTimeOff");
        return api;
    }

    private static async Task<Results<Created<TimeOffRequest>, ValidationProblem, ProblemHttpResult>> RequestTimeOff(
        HttpRequest request, ClaimsPrincipal principal, DemoUserDirectory users, TimeOffRepository requests, CancellationToken cancellationToken)
    {
        var username = principal.GetClaim(Claims.Subject) ?? string.Empty;
        var read = await TimeOffReader.ReadAsync(request, cancellationToken);
        if (read.Invalid is { } invalid)
        {
            return invalid;
        }

        if (read.Unsupported is { } unsupported)
        {
            return unsupported;
        }

        var body = read.Body!;
        var idempotencyKey = read.IdempotencyKey;

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var (start, end, halfDay) = CheckDays(body, errors);
        if (!Types.Contains(body.Type, StringComparer.Ordinal))
        {
            errors["type"] = [$"Use one of: {string.Join(", ", Types)}."];
        }

        if (body.Reason is { Length: > 500 })
        {
            errors["reason"] = ["The reason is at most 500 characters."];
        }

        if (errors.Count > 0)
        {
            // One problem is said in the title, which a chat shows; several point at the fields.
            return TypedResults.ValidationProblem(errors,
                title: errors.Count == 1 && errors.Single().Value is [var only] ? only : "Correct the highlighted time-off fields.");
        }

        if (users.Find(username)?.Manager is not { } approver)
        {
            return TypedResults.Problem(title: "You have no manager to approve time off; ask HR to record it.",
                statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        var (status, created) = await requests.CreateAsync(body, start, end, halfDay, username, approver, idempotencyKey, cancellationToken);
        return status == SubmitStatus.KeyReused
            ? TypedResults.Problem(title: "This Idempotency-Key was already used with a different request; use a new key for a new request.",
                statusCode: StatusCodes.Status422UnprocessableEntity)
            : TypedResults.Created($"{SandboxPaths.Api}/hr/timeoff/{created!.Id}", created);
    }

    /// <summary>Reads <c>dates</c> and <c>halfDay</c>: a range of at least one and at most <see cref="MaxWorkingDays"/>
    /// working days (weekend days inside it are not counted; a range of only weekend days is refused, it needs no
    /// leave), and a half day only of one working day. Problems go to <paramref name="errors"/>.</summary>
    private static (DateOnly Start, DateOnly End, string? HalfDay) CheckDays(TimeOffCreate body, Dictionary<string, string[]> errors)
    {
        var halfDay = string.IsNullOrEmpty(body.HalfDay) ? null : body.HalfDay;
        if (halfDay is not null && !LeaveDays.HalfDays.Contains(halfDay, StringComparer.Ordinal))
        {
            errors["halfDay"] = ["Use morning or afternoon for half a day, or leave halfDay out for whole days."];
        }

        var parts = (body.Dates ?? "").Split('/');
        DateOnly start = default, end = default;
        if (parts.Length is not (1 or 2)
            || !DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start)
            || !DateOnly.TryParseExact(parts[^1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out end)
            || end < start)
        {
            errors["dates"] = ["Send the first and last day as yyyy-MM-dd/yyyy-MM-dd."];
            return (start, end, halfDay);
        }

        var working = LeaveDays.WorkingDays(start, end);
        if (working == 0)
        {
            errors["dates"] = [start == end
                ? $"{LeaveDays.Show(start)} is not a working day; time off is taken on working days (Monday to Friday)."
                : $"{LeaveDays.Show(start)} to {LeaveDays.Show(end)} has no working days; time off is taken on working days (Monday to Friday)."];
        }
        else if (working > MaxWorkingDays)
        {
            errors["dates"] = [$"One request takes at most {MaxWorkingDays} working days; split longer leave into several requests."];
        }
        else if (halfDay is not null && start != end)
        {
            errors["halfDay"] = ["A half day is one day: send the same first and last day, or leave halfDay out for whole days."];
        }

        return (start, end, halfDay);
    }

    private static async Task<Ok<IReadOnlyList<TimeOffRequest>>> ListTimeOff(
        ClaimsPrincipal principal, TimeOffRepository requests, CancellationToken cancellationToken) =>
        TypedResults.Ok(await requests.ListVisibleToAsync(principal.GetClaim(Claims.Subject) ?? string.Empty, cancellationToken));
}
