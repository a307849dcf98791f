using System.Text.Json;
using ChatFlow.Integrations.Connectors;

namespace ChatFlow.Integrations.Tests.Connectors;

public sealed class TypedRequestMappingTests : IAsyncLifetime
{
    private const string OpenApi = """
        openapi: 3.0.3
        info: { title: inventory, version: "1" }
        paths:
          /items/{itemId}:
            parameters:
              - { name: itemId, in: path, required: true, schema: { type: string } }
            patch:
              operationId: updateItem
              parameters:
                - { name: dryRun, in: query, schema: { type: boolean } }
                - { name: X-Trace, in: header, schema: { type: string } }
              requestBody:
                required: true
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/ItemUpdate' }
              responses: { '200': { description: ok } }
        components:
          schemas:
            ItemUpdate:
              type: object
              properties:
                quantity: { type: integer }
                price: { type: number }
                active: { type: boolean }
                note: { type: string }
        """;

    private readonly string directory = Directory.CreateTempSubdirectory("chatflow-connectors-").FullName;
    private FakeApi api = null!;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(Path.Combine(directory, "inventory.openapi.yaml"), OpenApi);
        await File.WriteAllTextAsync(Path.Combine(directory, "inventory.yaml"),
            "id: inventory\nkind: openapi\nopenapi: inventory.openapi.yaml\nbaseUrl: /inv/v1/\nconnection: acme\n");
        api = await FakeApi.StartAsync(directory);
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task InvokeAsync_PatchWithTypedSchema_MapsPathQueryHeaderAndTypedBody()
    {
        // Arrange
        var call = new ConnectorCall("inventory", "updateItem", new Dictionary<string, string>
        {
            ["itemId"] = "I-7",
            ["dryRun"] = "true",
            ["X-Trace"] = "trace-1",
            ["quantity"] = "12",
            ["price"] = "45000.5",
            ["active"] = "false",
            ["note"] = "42",
            ["extra"] = "kept as text",
        }, "key-7");

        // Act
        var result = await api.Invoker.InvokeAsync(call, "t", CancellationToken.None);

        // Assert
        Assert.True(result.Succeeded);
        var request = Assert.Single(api.Requests);
        Assert.Equal("PATCH", request.Method);
        Assert.Equal("/inv/v1/items/I-7?dryRun=true", request.PathAndQuery);
        Assert.Equal("trace-1", request.Header("X-Trace"));
        Assert.Equal("key-7", request.Header("Idempotency-Key")); // unsafe method, though not declared
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        Assert.Equal(12, root.GetProperty("quantity").GetInt64());
        Assert.Equal(45000.5m, root.GetProperty("price").GetDecimal());
        Assert.Equal(JsonValueKind.False, root.GetProperty("active").ValueKind);
        Assert.Equal("42", root.GetProperty("note").GetString());
        Assert.Equal("kept as text", root.GetProperty("extra").GetString());
        Assert.False(root.TryGetProperty("itemId", out _));
        Assert.False(root.TryGetProperty("X-Trace", out _));
    }

    [Fact]
    public async Task InvokeAsync_ValueNotOfDeclaredType_SentAsStringForTheBackEndToRefuse()
    {
        // Arrange
        var call = new ConnectorCall("inventory", "updateItem",
            new Dictionary<string, string> { ["itemId"] = "I-7", ["quantity"] = "a dozen" }, "k");

        // Act
        await api.Invoker.InvokeAsync(call, "t", CancellationToken.None);

        // Assert
        using var body = JsonDocument.Parse(Assert.Single(api.Requests).Body);
        Assert.Equal("a dozen", body.RootElement.GetProperty("quantity").GetString());
    }
}
