using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatFlow.Sandbox.Erp;

/// <summary>Reads the common part of the sandbox's create operations (vendors, expenses, time off): the optional
/// <c>Idempotency-Key</c> header (1–200 characters) and a JSON body of type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The body type.</typeparam>
/// <param name="TypeInfo">Source-generated JSON metadata of the body.</param>
/// <param name="ContentName">What the body is, for the 415 title ("the vendor", "the expense", "the request").</param>
/// <param name="FieldsHint">The fields a valid body has, for the 400 message ("name, … and contactEmail").</param>
internal sealed record CreateRequestReader<T>(JsonTypeInfo<T> TypeInfo, string ContentName, string FieldsHint)
    where T : class
{
    /// <summary>Longest accepted idempotency key, in characters.</summary>
    public const int IdempotencyKeyMaxLength = 200;

    /// <summary>Reads the request. Exactly one of <see cref="CreateRequest{T}.Body"/>,
    /// <see cref="CreateRequest{T}.Invalid"/> (400) and <see cref="CreateRequest{T}.Unsupported"/> (415) is set.</summary>
    public async Task<CreateRequest<T>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        string? idempotencyKey = request.Headers[VendorEndpoints.IdempotencyKeyHeader];
        if (idempotencyKey is { Length: 0 or > IdempotencyKeyMaxLength })
        {
            return new(null, idempotencyKey, TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [VendorEndpoints.IdempotencyKeyHeader] = [$"Send 1 to {IdempotencyKeyMaxLength} characters."] },
                title: "The Idempotency-Key header is invalid."), null);
        }

        if (!request.HasJsonContentType())
        {
            return new(null, idempotencyKey, null,
                TypedResults.Problem(title: $"Send {ContentName} as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        var invalidTitle = $"The request body is not a valid {typeof(T).Name} object.";
        T? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(request.Body, TypeInfo, cancellationToken);
        }
        catch (JsonException exception)
        {
            return new(null, idempotencyKey, TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [exception.Path ?? "$"] = [$"Send a JSON object with only {FieldsHint} (strings)."] },
                title: invalidTitle), null);
        }

        return body is null
            ? new(null, idempotencyKey, TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["$"] = ["Send a JSON object, not null."] }, title: invalidTitle), null)
            : new(body, idempotencyKey, null, null);
    }
}

/// <summary>The outcome of <see cref="CreateRequestReader{T}.ReadAsync"/>.</summary>
/// <typeparam name="T">The body type.</typeparam>
/// <param name="Body">The parsed body, when valid.</param>
/// <param name="IdempotencyKey">The <c>Idempotency-Key</c> header, or <c>null</c>.</param>
/// <param name="Invalid">A 400 problem (bad header or body).</param>
/// <param name="Unsupported">A 415 problem (not JSON).</param>
internal sealed record CreateRequest<T>(T? Body, string? IdempotencyKey, ValidationProblem? Invalid, ProblemHttpResult? Unsupported)
    where T : class;
