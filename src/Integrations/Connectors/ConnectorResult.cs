using System.Text.Json;

namespace ChatFlow.Integrations.Connectors;

/// <summary>The outcome of a connector call. A class, not a record: its body may hold business data that must not
/// be printed into logs by accident.</summary>
public sealed class ConnectorResult
{
    private static readonly IReadOnlyDictionary<string, string> NoFields = new Dictionary<string, string>();

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoFieldErrors = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Creates a result.</summary>
    public ConnectorResult(ConnectorResultStatus status, int? httpStatus, JsonElement? body = null,
        IReadOnlyDictionary<string, string>? fields = null, string? problemTitle = null, string? problemDetail = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? fieldErrors = null)
    {
        Status = status;
        HttpStatus = httpStatus;
        Body = body;
        Fields = fields ?? NoFields;
        ProblemTitle = problemTitle;
        ProblemDetail = problemDetail;
        FieldErrors = fieldErrors ?? NoFieldErrors;
    }

    /// <summary>The outcome class.</summary>
    public ConnectorResultStatus Status { get; }

    /// <summary>HTTP status code; <c>null</c> when no response arrived (network failure, timeout).</summary>
    public int? HttpStatus { get; }

    /// <summary>The JSON response body (cloned, safe to keep), or <c>null</c> when empty or not JSON.</summary>
    public JsonElement? Body { get; }

    /// <summary>The JSON body's scalars as text by path, for reply templates such as <c>{result.id}</c>: top-level
    /// properties by name, nested objects as <c>a.b</c>, arrays as <c>a.count</c> and <c>a.0.b</c> (a top-level array
    /// as <c>count</c>, <c>0.b</c>; at most 20 items each). Numbers as written, booleans <c>true</c>/<c>false</c>,
    /// nulls omitted. Empty for a body that is not JSON.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; }

    /// <summary><c>title</c> of an RFC 9457 problem body (https://www.rfc-editor.org/rfc/rfc9457), if any.</summary>
    public string? ProblemTitle { get; }

    /// <summary><c>detail</c> of an RFC 9457 problem body, if any.</summary>
    public string? ProblemDetail { get; }

    /// <summary>The back end's messages per refused field, from the <c>errors</c> object of a validation problem body
    /// (<c>{"errors": {"amount": ["…"]}}</c>, ASP.NET Core's <c>ValidationProblemDetails</c>): field name as the back
    /// end wrote it → its messages. Empty when the call was not refused or the body names no fields.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FieldErrors { get; }

    /// <summary>True for <see cref="ConnectorResultStatus.Succeeded"/>.</summary>
    public bool Succeeded => Status == ConnectorResultStatus.Succeeded;
}
