using System.Security.Claims;
using System.Text.Json;
using ChatFlow.Sandbox.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChatFlow.Sandbox.Erp;

/// <summary><c>submitExpense</c> and <c>listExpenses</c> under <c>/sandbox/api/erp/expenses</c>: every employee
/// submits her own; she lists her own, finance lists everybody's.</summary>
internal static class ExpenseEndpoints
{
    private static readonly CreateRequestReader<ExpenseCreate> ExpenseReader =
        new(SandboxJsonContext.Default.ExpenseCreate, "the expense", "amount, date, category and memo");

    public static RouteGroupBuilder MapExpenses(this RouteGroupBuilder api)
    {
        var expenses = api.MapGroup("/erp/expenses");
        expenses.MapPost("/", SubmitExpense).WithName("submitExpense").DisableAntiforgery();
        expenses.MapGet("/", ListExpenses).WithName("listExpenses");
        return api;
    }

    private static async Task<Results<Created<Expense>, ValidationProblem, ProblemHttpResult>> SubmitExpense(
        HttpRequest request, ClaimsPrincipal principal, ExpenseRepository expenses, CancellationToken cancellationToken)
    {
        var username = principal.GetClaim(Claims.Subject) ?? string.Empty;
        var read = await ExpenseReader.ReadAsync(request, cancellationToken);
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

        var errors = ExpenseValidator.Validate(body, out var amount, out var currency, out _);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Correct the highlighted expense fields.");
        }

        var (status, expense) = await expenses.CreateAsync(body, amount, currency, username, idempotencyKey, cancellationToken);
        return status == SubmitStatus.KeyReused
            ? TypedResults.Problem(title: "This Idempotency-Key was already used with a different expense; use a new key for a new request.",
                statusCode: StatusCodes.Status422UnprocessableEntity)
            : TypedResults.Created($"{SandboxPaths.Api}/erp/expenses/{expense!.Id}", expense);
    }

    private static async Task<Ok<IReadOnlyList<Expense>>> ListExpenses(
        ClaimsPrincipal principal, ExpenseRepository expenses, CancellationToken cancellationToken)
    {
        var username = principal.GetClaim(Claims.Subject) ?? string.Empty;
        var everybody = principal.HasClaim(Claims.Role, "finance");
        return TypedResults.Ok(await expenses.ListAsync(everybody ? null : username, cancellationToken));
    }
}
