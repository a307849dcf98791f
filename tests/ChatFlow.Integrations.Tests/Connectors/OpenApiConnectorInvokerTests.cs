using System.Text.Json;
using ChatFlow.Integrations.Connectors;

namespace ChatFlow.Integrations.Tests.Connectors;

public sealed class OpenApiConnectorInvokerTests : IAsyncLifetime
{
    private FakeApi api = null!;

    public async Task InitializeAsync() => api = await FakeApi.StartAsync(FakeApi.RepositoryConnectors);

    public async Task DisposeAsync() => await api.DisposeAsync();

    private static CancellationToken Ct => CancellationToken.None;

    private static ConnectorCall CreateVendor(string key = "key-1") => new("acme-erp", "createVendor",
        new Dictionary<string, string>
        {
            ["name"] = "ABC Corp",
            ["businessRegistrationNumber"] = "123-45-67890",
            ["address"] = "1 Main St, Seoul",
            ["contactEmail"] = "ap@abc.example",
        }, key);

    [Fact]
    public async Task InvokeAsync_CreateVendor_PostsJsonBodyWithBearerAndIdempotencyKey()
    {
        // Arrange
        api.Response = (201, "application/json", """{"id":"V-1001","name":"ABC Corp","createdBy":"alice"}""");

        // Act
        var result = await api.Invoker.InvokeAsync(CreateVendor("key-1"), "token-alice", Ct);

        // Assert
        var request = Assert.Single(api.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/sandbox/api/erp/vendors", request.PathAndQuery);
        Assert.Equal("Bearer token-alice", request.Header("Authorization"));
        Assert.Equal("key-1", request.Header("Idempotency-Key"));
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("ABC Corp", body.RootElement.GetProperty("name").GetString());
        Assert.Equal("123-45-67890", body.RootElement.GetProperty("businessRegistrationNumber").GetString());
        Assert.Equal(4, body.RootElement.EnumerateObject().Count());
        Assert.Equal(ConnectorResultStatus.Succeeded, result.Status);
        Assert.Equal(201, result.HttpStatus);
    }

    [Fact]
    public async Task InvokeAsync_JsonObjectBody_FieldsHoldScalarsByPathAndBodyIsKept()
    {
        // Arrange
        api.Response = (201, "application/json", """{"id":"V-1001","count":3,"active":true,"tags":["a"],"owner":{"x":1},"gone":null}""");

        // Act
        var result = await api.Invoker.InvokeAsync(CreateVendor(), "t", Ct);

        // Assert
        Assert.Equal(new Dictionary<string, string>
        {
            ["id"] = "V-1001", ["count"] = "3", ["active"] = "true", ["tags.count"] = "1", ["tags.0"] = "a", ["owner.x"] = "1",
        }, result.Fields);
        Assert.Equal("a", result.Body!.Value.GetProperty("tags")[0].GetString());
        Assert.Null(result.ProblemTitle);
    }

    [Fact]
    public async Task InvokeAsync_TwoUsers_EachRequestCarriesItsOwnBearer()
    {
        // Act
        await api.Invoker.InvokeAsync(CreateVendor("k1"), "token-alice", Ct);
        await api.Invoker.InvokeAsync(CreateVendor("k2"), "token-bob", Ct);
        await api.Invoker.InvokeAsync(new ConnectorCall("acme-erp", "getMe", new Dictionary<string, string>(), "k3"), "token-carol", Ct);

        // Assert
        Assert.Equal(["Bearer token-alice", "Bearer token-bob", "Bearer token-carol"], api.Requests.Select(r => r.Header("Authorization")));
    }

    [Fact]
    public async Task InvokeAsync_GetVendor_EscapesPathParameterAndSendsNoIdempotencyKey()
    {
        // Arrange
        var call = new ConnectorCall("acme-erp", "getVendor", new Dictionary<string, string> { ["vendorId"] = "V 1/2" }, "key-9");

        // Act
        await api.Invoker.InvokeAsync(call, "t", Ct);

        // Assert
        var request = Assert.Single(api.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/sandbox/api/erp/vendors/V%201%2F2", request.PathAndQuery);
        Assert.Null(request.Header("Idempotency-Key"));
        Assert.Equal("", request.Body);
    }

    [Fact]
    public async Task InvokeAsync_ListVendors_SendsEscapedQueryParameter()
    {
        // Arrange
        var call = new ConnectorCall("acme-erp", "listVendors", new Dictionary<string, string> { ["name"] = "에이비씨 & co" }, "k");

        // Act
        await api.Invoker.InvokeAsync(call, "t", Ct);

        // Assert
        Assert.Equal("/sandbox/api/erp/vendors?name=" + Uri.EscapeDataString("에이비씨 & co"), Assert.Single(api.Requests).PathAndQuery);
    }

    [Fact]
    public async Task InvokeAsync_MissingPathArgument_ThrowsNamingIt()
    {
        // Arrange
        var call = new ConnectorCall("acme-erp", "getVendor", new Dictionary<string, string>(), "k");

        // Act
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => api.Invoker.InvokeAsync(call, "t", Ct));

        // Assert
        Assert.Contains("'vendorId'", ex.Message, StringComparison.Ordinal);
        Assert.Empty(api.Requests);
    }

    [Fact]
    public async Task InvokeAsync_UnknownOperation_ThrowsNamingIt()
    {
        // Arrange
        var call = new ConnectorCall("acme-erp", "nope", new Dictionary<string, string>(), "k");

        // Act
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => api.Invoker.InvokeAsync(call, "t", Ct));

        // Assert
        Assert.Contains("'nope'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(200, ConnectorResultStatus.Succeeded)]
    [InlineData(400, ConnectorResultStatus.Invalid)]
    [InlineData(401, ConnectorResultStatus.Unauthorized)]
    [InlineData(403, ConnectorResultStatus.Forbidden)]
    [InlineData(404, ConnectorResultStatus.NotFound)]
    [InlineData(409, ConnectorResultStatus.Conflict)]
    [InlineData(422, ConnectorResultStatus.Invalid)]
    [InlineData(429, ConnectorResultStatus.Failed)]
    [InlineData(500, ConnectorResultStatus.Failed)]
    [InlineData(503, ConnectorResultStatus.Failed)]
    public async Task InvokeAsync_HttpStatus_MapsToResultStatus(int httpStatus, ConnectorResultStatus expected)
    {
        // Arrange
        api.Response = (httpStatus, "application/problem+json", """{"title":"t","status":0}""");

        // Act
        var result = await api.Invoker.InvokeAsync(CreateVendor(), "t", Ct);

        // Assert
        Assert.Equal(expected, result.Status);
        Assert.Equal(httpStatus, result.HttpStatus);
    }

    [Fact]
    public async Task InvokeAsync_PostAnswers500_IsSentOnlyOnce()
    {
        // Arrange
        api.Response = (500, "application/problem+json", """{"title":"Boom"}""");

        // Act
        var result = await api.Invoker.InvokeAsync(CreateVendor(), "t", Ct);

        // Assert
        Assert.Equal(ConnectorResultStatus.Failed, result.Status);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task InvokeAsync_ProblemJson_ReadsTitleAndDetail()
    {
        // Arrange
        api.Response = (403, "application/problem+json",
            """{"type":"about:blank","title":"Only finance may create vendors.","status":403,"detail":"alice is not in finance."}""");

        // Act
        var result = await api.Invoker.InvokeAsync(CreateVendor(), "t", Ct);

        // Assert
        Assert.Equal(ConnectorResultStatus.Forbidden, result.Status);
        Assert.Equal("Only finance may create vendors.", result.ProblemTitle);
        Assert.Equal("alice is not in finance.", result.ProblemDetail);
    }

    [Fact]
    public async Task InvokeAsync_NonJsonResponse_HasNoBody()
    {
        // Arrange
        api.Response = (502, "text/html", "<html>bad gateway</html>");

        // Act
        var result = await api.Invoker.InvokeAsync(CreateVendor(), "t", Ct);

        // Assert
        Assert.Equal(ConnectorResultStatus.Failed, result.Status);
        Assert.Null(result.Body);
        Assert.Empty(result.Fields);
    }
}
