using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ChatFlow.Integrations.Tokens;
using Microsoft.Extensions.Logging;
using Polly;

namespace ChatFlow.Integrations.Connectors;

/// <summary>Calls OpenAPI operations over HTTP as the signed-in user.</summary>
/// <remarks>Problem bodies: RFC 9457 (https://www.rfc-editor.org/rfc/rfc9457). Idempotency-Key header:
/// https://datatracker.ietf.org/doc/draft-ietf-httpapi-idempotency-key-header/.</remarks>
internal sealed class OpenApiConnectorInvoker(
    ConnectorCatalog catalog,
    IHttpClientFactory httpClientFactory,
    IServiceBaseAddress serviceBaseAddress,
    ILogger<OpenApiConnectorInvoker> logger) : IConnectorInvoker
{
    /// <summary>Name of the <see cref="HttpClient"/> used for connector calls.</summary>
    public const string HttpClientName = "ChatFlow.Connectors";

    /// <summary>The idempotency key header.</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public async Task<ConnectorResult> InvokeAsync(ConnectorCall call, string accessToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        var connector = catalog.GetDefinition(call.Connector);
        var operation = connector.GetOperation(call.Operation);

        using var request = BuildRequest(connector, operation, call);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        ConnectorsLog.Calling(logger, connector.Id, operation.Id, request.Method.Method);

        HttpResponseMessage response;
        try
        {
            response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested
            && ex is HttpRequestException or TaskCanceledException or ExecutionRejectedException)
        {
            ConnectorsLog.CallFailed(logger, connector.Id, operation.Id, ex);
            return new ConnectorResult(ConnectorResultStatus.Failed, null);
        }

        using (response)
        {
            var result = await ReadResultAsync(response, cancellationToken);
            ConnectorsLog.Called(logger, connector.Id, operation.Id, result.HttpStatus ?? 0, result.Status);
            return result;
        }
    }

    internal HttpRequestMessage BuildRequest(ConnectorDefinition connector, ConnectorOperation operation, ConnectorCall call)
    {
        var remaining = new Dictionary<string, string>(call.Arguments, StringComparer.Ordinal);
        var path = new StringBuilder(operation.PathTemplate);
        var query = new StringBuilder();
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var parameter in operation.Parameters)
        {
            if (parameter.Location == ConnectorParameterLocation.Header
                && string.Equals(parameter.Name, IdempotencyKeyHeader, StringComparison.OrdinalIgnoreCase))
            {
                remaining.Remove(parameter.Name);
                continue;
            }

            if (!remaining.Remove(parameter.Name, out var value))
            {
                if (parameter.Location == ConnectorParameterLocation.Path)
                {
                    throw new InvalidOperationException(
                        $"Operation '{operation.Id}' of connector '{connector.Id}' needs the path argument '{parameter.Name}'.");
                }

                continue;
            }

            switch (parameter.Location)
            {
                case ConnectorParameterLocation.Path:
                    path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(value));
                    break;
                case ConnectorParameterLocation.Query:
                    query.Append(query.Length == 0 ? '?' : '&')
                        .Append(Uri.EscapeDataString(parameter.Name)).Append('=').Append(Uri.EscapeDataString(value));
                    break;
                default:
                    headers.Add(new(parameter.Name, value));
                    break;
            }
        }

        var baseUri = ServiceUri.WithTrailingSlash(ServiceUri.Resolve(serviceBaseAddress.BaseAddress, connector.BaseUrl));
        var request = new HttpRequestMessage(operation.Method, new Uri(baseUri, path.ToString().TrimStart('/') + query));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/problem+json"));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (operation.DeclaresIdempotencyKey || !SafeMethodRetry.IsSafe(operation.Method))
        {
            request.Headers.TryAddWithoutValidation(IdempotencyKeyHeader, call.IdempotencyKey);
        }

        if (operation.HasJsonBody)
        {
            request.Content = new ByteArrayContent(WriteBody(operation, remaining));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }
        else if (remaining.Count > 0)
        {
            ConnectorsLog.ArgumentsIgnored(logger, connector.Id, operation.Id, string.Join(",", remaining.Keys));
        }

        return request;
    }

    private static byte[] WriteBody(ConnectorOperation operation, Dictionary<string, string> arguments)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in arguments.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                var type = operation.BodyProperties.GetValueOrDefault(name, BodyPropertyType.String);
                if (type == BodyPropertyType.Integer
                    && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                {
                    writer.WriteNumber(name, integer);
                }
                else if (type == BodyPropertyType.Number
                    && decimal.TryParse(value, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number))
                {
                    writer.WriteNumber(name, number);
                }
                else if (type == BodyPropertyType.Boolean && bool.TryParse(value, out var boolean))
                {
                    writer.WriteBoolean(name, boolean);
                }
                else
                {
                    // Text, or a value that does not parse as its declared type: the back end's validation answers.
                    writer.WriteString(name, value);
                }
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static async Task<ConnectorResult> ReadResultAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var httpStatus = (int)response.StatusCode;
        var status = httpStatus switch
        {
            >= 200 and < 300 => ConnectorResultStatus.Succeeded,
            401 => ConnectorResultStatus.Unauthorized,
            403 => ConnectorResultStatus.Forbidden,
            400 or 422 => ConnectorResultStatus.Invalid,
            409 => ConnectorResultStatus.Conflict,
            404 or 410 => ConnectorResultStatus.NotFound,
            _ => ConnectorResultStatus.Failed,
        };

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var isJson = mediaType is not null
            && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        if (!isJson)
        {
            return new ConnectorResult(status, httpStatus);
        }

        JsonElement body;
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var document = await JsonDocument.ParseAsync(stream, default, cancellationToken);
            body = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return new ConnectorResult(status, httpStatus);
        }

        var fields = ResultFields.Flatten(body);
        string? title = null, detail = null;
        IReadOnlyDictionary<string, IReadOnlyList<string>>? fieldErrors = null;
        if (body.ValueKind == JsonValueKind.Object)
        {
            var isProblem = mediaType!.Equals("application/problem+json", StringComparison.OrdinalIgnoreCase);
            if (isProblem || status != ConnectorResultStatus.Succeeded)
            {
                title = fields.GetValueOrDefault("title");
                detail = fields.GetValueOrDefault("detail");
            }

            if (status == ConnectorResultStatus.Invalid)
            {
                fieldErrors = ConnectorFieldErrors.Read(body);
            }
        }

        return new ConnectorResult(status, httpStatus, body, fields, title, detail, fieldErrors);
    }
}
