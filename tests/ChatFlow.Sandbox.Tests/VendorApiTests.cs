using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ChatFlow.Sandbox.Tests.Infrastructure;

namespace ChatFlow.Sandbox.Tests;

public sealed class VendorApiTests
{
    [Fact]
    public async Task CreateVendor_AliceNotInFinance_Returns403ProblemAndCreatesNothing()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var browser = new SandboxBrowser(sandbox.BaseAddress);
        var tokens = await browser.GetTokensAsync("alice");
        using var api = SandboxBrowser.ApiClient(sandbox.BaseAddress, tokens.AccessToken);
        var before = await VendorRequests.CountAsync(api);

        // Act
        using var response = await VendorRequests.CreateAsync(api, VendorRequests.ValidBody());

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("You do not have permission to register vendors.", problem.GetProperty("title").GetString());
        Assert.Equal(before, await VendorRequests.CountAsync(api));
    }

    [Fact]
    public async Task ListVendors_WithoutToken_Returns401Problem()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var api = SandboxBrowser.ApiClient(sandbox.BaseAddress, accessToken: null);

        // Act
        using var response = await api.GetAsync(VendorRequests.VendorsPath);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(response.Headers.WwwAuthenticate, header => header.Scheme == "Bearer");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task ListVendors_MalformedToken_Returns401Problem()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var api = SandboxBrowser.ApiClient(sandbox.BaseAddress, "not-a-jwt." + Guid.NewGuid().ToString("N"));

        // Act
        using var response = await api.GetAsync(VendorRequests.VendorsPath);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invalid_token", problem.GetProperty("error").GetString());
    }

    [Fact]
    public async Task CreateVendor_InvalidFields_Returns400WithFieldErrors()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var browser = new SandboxBrowser(sandbox.BaseAddress);
        var tokens = await browser.GetTokensAsync("carol");
        using var api = SandboxBrowser.ApiClient(sandbox.BaseAddress, tokens.AccessToken);
        var before = await VendorRequests.CountAsync(api);

        // Act
        using var response = await VendorRequests.CreateAsync(api, new
        {
            name = "",
            businessRegistrationNumber = "12-345-67890",
            address = new string('a', 501),
            contactEmail = "not-an-email",
        });

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("businessRegistrationNumber", out _));
        Assert.True(errors.TryGetProperty("address", out _));
        Assert.True(errors.TryGetProperty("contactEmail", out _));
        Assert.Equal(before, await VendorRequests.CountAsync(api));
    }

    [Fact]
    public async Task CreateVendor_UnknownPropertyOrBrokenJson_Returns400Problem()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var browser = new SandboxBrowser(sandbox.BaseAddress);
        var tokens = await browser.GetTokensAsync("carol");
        using var api = SandboxBrowser.ApiClient(sandbox.BaseAddress, tokens.AccessToken);

        // Act
        using var unknown = await VendorRequests.CreateAsync(api, new
        {
            name = "Extra Co",
            businessRegistrationNumber = "123-45-67890",
            address = "Seoul",
            contactEmail = "ap@extra.example",
            iban = "KR00",
        });
        using var broken = await api.PostAsync(VendorRequests.VendorsPath, new StringContent("{\"name\":", Encoding.UTF8, "application/json"));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("application/problem+json", broken.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CreateVendor_SameIdempotencyKeyAndBody_ReturnsFirstVendorAndCreatesNothing()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var browser = new SandboxBrowser(sandbox.BaseAddress);
        var tokens = await browser.GetTokensAsync("carol");
        using var api = SandboxBrowser.ApiClient(sandbox.BaseAddress, tokens.AccessToken);
        var key = Guid.NewGuid().ToString();
        var body = VendorRequests.ValidBody();
        using var first = await VendorRequests.CreateAsync(api, body, key);
        var firstVendor = await first.Content.ReadFromJsonAsync<JsonElement>();
        var countAfterFirst = await VendorRequests.CountAsync(api);

        // Act
        using var replay = await VendorRequests.CreateAsync(api, body, key);

        // Assert
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        var replayed = await replay.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(firstVendor.GetProperty("id").GetString(), replayed.GetProperty("id").GetString());
        Assert.Equal(countAfterFirst, await VendorRequests.CountAsync(api));
    }

    [Fact]
    public async Task CreateVendor_SameIdempotencyKeyDifferentBody_Returns422AndCreatesNothing()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var browser = new SandboxBrowser(sandbox.BaseAddress);
        var tokens = await browser.GetTokensAsync("carol");
        using var api = SandboxBrowser.ApiClient(sandbox.BaseAddress, tokens.AccessToken);
        var key = Guid.NewGuid().ToString();
        using var first = await VendorRequests.CreateAsync(api, VendorRequests.ValidBody(), key);
        var countAfterFirst = await VendorRequests.CountAsync(api);

        // Act
        using var reused = await VendorRequests.CreateAsync(api, VendorRequests.ValidBody(), key);

        // Assert
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal("application/problem+json", reused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(countAfterFirst, await VendorRequests.CountAsync(api));
    }

    [Fact]
    public async Task GetVendor_SeededAndUnknownIds_Returns200And404Problem()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var browser = new SandboxBrowser(sandbox.BaseAddress);
        var tokens = await browser.GetTokensAsync("bob");
        using var api = SandboxBrowser.ApiClient(sandbox.BaseAddress, tokens.AccessToken);

        // Act
        using var seeded = await api.GetAsync(VendorRequests.VendorsPath + "/V-1001");
        using var unknown = await api.GetAsync(VendorRequests.VendorsPath + "/V-999999");

        // Assert
        Assert.Equal(HttpStatusCode.OK, seeded.StatusCode);
        Assert.Equal("V-1001", (await seeded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ListVendors_NameFilter_ReturnsMatchesOnly()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var browser = new SandboxBrowser(sandbox.BaseAddress);
        var tokens = await browser.GetTokensAsync("dave");
        using var api = SandboxBrowser.ApiClient(sandbox.BaseAddress, tokens.AccessToken);

        // Act
        var vendors = await api.GetFromJsonAsync<JsonElement>(VendorRequests.VendorsPath + "?name=logistics");

        // Assert
        var vendor = Assert.Single(vendors.EnumerateArray());
        Assert.Equal("Daehan Logistics", vendor.GetProperty("name").GetString());
    }

    [Fact]
    public async Task GetMe_Alice_ReturnsProfileWithRolesAndManager()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var browser = new SandboxBrowser(sandbox.BaseAddress);
        var tokens = await browser.GetTokensAsync("alice");
        using var api = SandboxBrowser.ApiClient(sandbox.BaseAddress, tokens.AccessToken);

        // Act
        var me = await api.GetFromJsonAsync<JsonElement>("/sandbox/api/me");

        // Assert
        Assert.Equal("alice", me.GetProperty("username").GetString());
        Assert.Equal("alice@acme.example", me.GetProperty("email").GetString());
        Assert.Equal("bob", me.GetProperty("manager").GetString());
        Assert.Contains(me.GetProperty("roles").EnumerateArray(), role => role.GetString() == "employee");
    }

    [Fact]
    public async Task GetOpenApiDocument_Anonymous_ServesEmbeddedYaml()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var http = SandboxBrowser.ApiClient(sandbox.BaseAddress, accessToken: null);

        // Act
        using var response = await http.GetAsync("/sandbox/openapi.yaml");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/yaml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("operationId: createVendor", await response.Content.ReadAsStringAsync());
    }
}
