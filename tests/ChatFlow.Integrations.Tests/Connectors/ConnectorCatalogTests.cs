using ChatFlow.Integrations.Connectors;

namespace ChatFlow.Integrations.Tests.Connectors;

public sealed class ConnectorCatalogTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("chatflow-connectors-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private const string MinimalOpenApi = """
        openapi: 3.0.3
        info: { title: t, version: "1" }
        paths:
          /things:
            get:
              operationId: listThings
              responses: { '200': { description: ok } }
        """;

    [Fact]
    public void Load_RepositoryConnectors_FindsCreateVendorOfAcmeErp()
    {
        // Act
        var catalog = ConnectorCatalog.Load(FakeApi.RepositoryConnectors);

        // Assert
        var connector = catalog.Get("acme-erp");
        Assert.Equal("acme", connector.Connection);
        Assert.Contains("createVendor", connector.OperationIds);
        var createVendor = catalog.GetDefinition("acme-erp").GetOperation("createVendor");
        Assert.Equal(HttpMethod.Post, createVendor.Method);
        Assert.True(createVendor.DeclaresIdempotencyKey);
        Assert.Equal(["address", "businessRegistrationNumber", "contactEmail", "name"], createVendor.BodyProperties.Keys.Order());
        Assert.Equal(["acme-erp", "acme-hr", "graph"], catalog.Connectors.Select(c => c.Id));
    }

    [Fact]
    public void Load_GraphKind_OffersFindPeopleWithoutAnOpenApiDocument()
    {
        // Arrange
        File.WriteAllText(Path.Combine(directory, "people.yaml"), "id: people\nkind: graph\nbaseUrl: /sandbox/graph/v1.0\nconnection: acme\n");

        // Act
        var catalog = ConnectorCatalog.Load(directory);

        // Assert
        var connector = catalog.GetDefinition("people");
        Assert.Equal("graph", connector.Kind);
        Assert.Equal(["findPeople"], catalog.Get("people").OperationIds);
        Assert.Equal("/sandbox/graph/v1.0", connector.BaseUrl);
    }

    [Fact]
    public void GetOperation_UnknownOperationId_ThrowsNamingConnectorFileAndKnownOperations()
    {
        // Arrange
        var connector = ConnectorCatalog.Load(FakeApi.RepositoryConnectors).GetDefinition("acme-erp");

        // Act
        var ex = Assert.Throws<InvalidOperationException>(() => connector.GetOperation("deleteEverything"));

        // Assert
        Assert.Contains("'deleteEverything'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("acme-erp.yaml", ex.Message, StringComparison.Ordinal);
        Assert.Contains("createVendor", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetDefinition_UnknownConnector_ThrowsNamingIt()
    {
        // Act
        var ex = Assert.Throws<InvalidOperationException>(() => ConnectorCatalog.Load(FakeApi.RepositoryConnectors).GetDefinition("nope"));

        // Assert
        Assert.Contains("'nope'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ManifestWithoutConnection_ThrowsNamingFileAndKey()
    {
        // Arrange
        File.WriteAllText(Path.Combine(directory, "things.openapi.yaml"), MinimalOpenApi);
        File.WriteAllText(Path.Combine(directory, "things.yaml"), "id: things\nkind: openapi\nopenapi: things.openapi.yaml\nbaseUrl: /api\n");

        // Act
        var ex = Assert.Throws<ConnectorManifestException>(() => ConnectorCatalog.Load(directory));

        // Assert
        Assert.EndsWith("things.yaml", ex.FilePath, StringComparison.Ordinal);
        Assert.Contains("'connection' is required", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ManifestWithUnknownKey_ThrowsWithFileAndLine()
    {
        // Arrange
        File.WriteAllText(Path.Combine(directory, "things.openapi.yaml"), MinimalOpenApi);
        File.WriteAllText(Path.Combine(directory, "things.yaml"),
            "id: things\nkind: openapi\nopenapi: things.openapi.yaml\nconection: acme\n");

        // Act
        var ex = Assert.Throws<ConnectorManifestException>(() => ConnectorCatalog.Load(directory));

        // Assert
        Assert.Contains("things.yaml: line 4", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingOpenApiDocument_ThrowsNamingIt()
    {
        // Arrange
        File.WriteAllText(Path.Combine(directory, "things.yaml"),
            "id: things\nkind: openapi\nopenapi: missing.yaml\nbaseUrl: /api\nconnection: acme\n");

        // Act
        var ex = Assert.Throws<ConnectorManifestException>(() => ConnectorCatalog.Load(directory));

        // Assert
        Assert.Contains("'missing.yaml' does not exist", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnsupportedKind_Throws()
    {
        // Arrange
        File.WriteAllText(Path.Combine(directory, "things.yaml"), "id: things\nkind: soap\nopenapi: x.yaml\nconnection: acme\n");

        // Act
        var ex = Assert.Throws<ConnectorManifestException>(() => ConnectorCatalog.Load(directory));

        // Assert
        Assert.Contains("kind 'soap' is not supported", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InvalidOpenApiDocument_ThrowsNamingTheDocument()
    {
        // Arrange
        File.WriteAllText(Path.Combine(directory, "things.openapi.yaml"), "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths:\n  /x:\n    get:\n      operationId: [1, 2]\n");
        File.WriteAllText(Path.Combine(directory, "things.yaml"),
            "id: things\nkind: openapi\nopenapi: things.openapi.yaml\nbaseUrl: /api\nconnection: acme\n");

        // Act
        var ex = Assert.Throws<ConnectorManifestException>(() => ConnectorCatalog.Load(directory));

        // Assert
        Assert.EndsWith("things.openapi.yaml", ex.FilePath, StringComparison.Ordinal);
    }
}
