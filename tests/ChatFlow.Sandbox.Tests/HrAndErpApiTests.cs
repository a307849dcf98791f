using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ChatFlow.Sandbox.Tests.Infrastructure;

namespace ChatFlow.Sandbox.Tests;

/// <summary>Invoices, expenses, time off and payslips of the sandbox API, each under the caller's own permissions.</summary>
public sealed class HrAndErpApiTests
{
    [Fact]
    public async Task GetMyPayslip_OwnMonth_ReturnsOwnAmountsAndAnotherEmployeesIs403()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var api = await ApiAsync(sandbox, "alice");

        // Act
        var own = await api.GetFromJsonAsync<JsonElement>("/sandbox/api/hr/payslips/2026-10");
        using var others = await api.GetAsync("/sandbox/api/hr/payslips/2026-10?employee=bob");
        using var missing = await api.GetAsync("/sandbox/api/hr/payslips/2024-01");

        // Assert
        Assert.Equal("alice", own.GetProperty("employee").GetString());
        Assert.Equal(4_200_000m, own.GetProperty("grossPay").GetDecimal());
        Assert.Equal(3_696_000m, own.GetProperty("netPay").GetDecimal());
        Assert.Equal(HttpStatusCode.Forbidden, others.StatusCode);
        Assert.Equal("application/problem+json", others.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task RequestTimeOff_SameIdempotencyKeyTwice_CreatesOnePendingRequestForTheManager()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var alice = await ApiAsync(sandbox, "alice");
        using var bob = await ApiAsync(sandbox, "bob");
        const string body = """{"dates":"2026-12-01/2026-12-03","type":"annual","reason":"Trip"}""";

        // Act
        using var first = await PostAsync(alice, "/sandbox/api/hr/timeoff", body, "key-1");
        using var retry = await PostAsync(alice, "/sandbox/api/hr/timeoff", body, "key-1");

        // Assert
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var created = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("pending", created.GetProperty("status").GetString());
        Assert.Equal("bob", created.GetProperty("approver").GetString());
        Assert.Equal(3, created.GetProperty("days").GetInt32());
        Assert.Equal(created.GetProperty("id").GetString(), (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        Assert.Single((await alice.GetFromJsonAsync<JsonElement>("/sandbox/api/hr/timeoff")).EnumerateArray());
        Assert.Single((await bob.GetFromJsonAsync<JsonElement>("/sandbox/api/hr/timeoff")).EnumerateArray());
    }

    [Fact]
    public async Task RequestTimeOff_UserWithoutManager_Returns422AndCreatesNothing()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var dave = await ApiAsync(sandbox, "dave");

        // Act
        using var response = await PostAsync(dave, "/sandbox/api/hr/timeoff", """{"dates":"2026-12-01","type":"annual"}""", null);

        // Assert
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Empty((await dave.GetFromJsonAsync<JsonElement>("/sandbox/api/hr/timeoff")).EnumerateArray());
    }

    [Fact]
    public async Task SubmitExpense_ValidAndInvalid_CreatesOnlyTheValidOneUnderTheCaller()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var carol = await ApiAsync(sandbox, "carol");
        using var alice = await ApiAsync(sandbox, "alice");

        // Act
        using var valid = await PostAsync(alice, "/sandbox/api/erp/expenses", """{"amount":"120.50 USD","date":"2026-11-20","category":"travel","memo":"Taxi"}""", "e-1");
        using var invalid = await PostAsync(alice, "/sandbox/api/erp/expenses", """{"amount":"12.5 KRW","date":"20 Nov","category":"fun"}""", "e-2");

        // Assert
        Assert.Equal(HttpStatusCode.Created, valid.StatusCode);
        var created = await valid.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("alice", created.GetProperty("employee").GetString());
        Assert.Equal(120.5m, created.GetProperty("amount").GetDecimal());
        Assert.Equal("USD", created.GetProperty("currency").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("amount", out _) && errors.TryGetProperty("date", out _) && errors.TryGetProperty("category", out _));
        Assert.Single((await alice.GetFromJsonAsync<JsonElement>("/sandbox/api/erp/expenses")).EnumerateArray());
        Assert.Single((await carol.GetFromJsonAsync<JsonElement>("/sandbox/api/erp/expenses")).EnumerateArray()); // finance sees all
    }

    [Fact]
    public async Task Invoices_EmployeeIsRefusedAndFinanceFindsByNumberOrVendor()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var alice = await ApiAsync(sandbox, "alice");
        using var carol = await ApiAsync(sandbox, "carol");

        // Act
        using var refused = await alice.GetAsync("/sandbox/api/erp/invoices/INV-2025-0101");
        var byNumber = await carol.GetFromJsonAsync<JsonElement>("/sandbox/api/erp/invoices/INV-2025-0101");
        var byVendor = await carol.GetFromJsonAsync<JsonElement>("/sandbox/api/erp/invoices?vendor=V-1002");
        var search = await carol.GetFromJsonAsync<JsonElement>("/sandbox/api/erp/invoices/search?q=blue harbor");
        using var none = await carol.GetAsync("/sandbox/api/erp/invoices/search?q=nobody");
        var byPart = await carol.GetFromJsonAsync<JsonElement>("/sandbox/api/erp/invoices/search?q=0102");
        using var noPart = await carol.GetAsync("/sandbox/api/erp/invoices/search?q=0999");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("KRW", byNumber.GetProperty("currency").GetString());
        Assert.Equal(2, byVendor.GetArrayLength());
        Assert.Equal("INV-2025-0301", search[0].GetProperty("number").GetString());
        Assert.Equal("USD", search[0].GetProperty("currency").GetString());
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Equal("INV-2025-0102", Assert.Single(byPart.EnumerateArray()).GetProperty("number").GetString());
        Assert.Equal(HttpStatusCode.NotFound, noPart.StatusCode);
    }

    [Fact]
    public async Task GraphDirectory_FilterAndManager_AnswerInGraphShape()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var bob = await ApiAsync(sandbox, "bob");

        // Act
        var found = await bob.GetFromJsonAsync<JsonElement>("/sandbox/graph/v1.0/users?$filter=startswith(displayName,'alice') or mail eq 'nobody@acme.example'");
        var alice = found.GetProperty("value")[0];
        var manager = await bob.GetFromJsonAsync<JsonElement>($"/sandbox/graph/v1.0/users/{alice.GetProperty("id").GetString()}/manager");
        using var unsupported = await bob.GetAsync("/sandbox/graph/v1.0/users?$filter=jobTitle ne 'x'");
        using var top = await bob.GetAsync($"/sandbox/graph/v1.0/users/dave@acme.example/manager");
        var me = await bob.GetFromJsonAsync<JsonElement>("/sandbox/graph/v1.0/me");
        var myManager = await bob.GetFromJsonAsync<JsonElement>("/sandbox/graph/v1.0/me/manager");

        // Assert
        Assert.Equal(1, found.GetProperty("value").GetArrayLength());
        Assert.Equal("Software Engineer", alice.GetProperty("jobTitle").GetString());
        Assert.Equal("#microsoft.graph.user", manager.GetProperty("@odata.type").GetString());
        Assert.Equal("Bob Lee", manager.GetProperty("displayName").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unsupported.StatusCode);
        Assert.Equal("Request_UnsupportedQuery", (await unsupported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, top.StatusCode);
        Assert.Equal("bob@acme.example", me.GetProperty("mail").GetString());
        Assert.Equal("Dave Choi", myManager.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task KoreanNames_VendorsInvoicesAndColleagues_AreFoundByKoreanFragments()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var carol = await ApiAsync(sandbox, "carol");

        // Act
        var vendors = await carol.GetFromJsonAsync<JsonElement>("/sandbox/api/erp/vendors?name=" + Uri.EscapeDataString("한빛"));
        var invoices = await carol.GetFromJsonAsync<JsonElement>("/sandbox/api/erp/invoices/search?q=" + Uri.EscapeDataString("한빛"));
        var byGivenName = await carol.GetFromJsonAsync<JsonElement>(
            "/sandbox/graph/v1.0/users?$filter=" + Uri.EscapeDataString("startswith(displayName,'민수') or startswith(givenName,'민수') or startswith(surname,'민수')"));
        var byFullName = await carol.GetFromJsonAsync<JsonElement>(
            "/sandbox/graph/v1.0/users?$filter=" + Uri.EscapeDataString("startswith(displayName,'김민수')"));

        // Assert
        var vendor = Assert.Single(vendors.EnumerateArray());
        Assert.Equal(("V-1004", "한빛상사"), (vendor.GetProperty("id").GetString(), vendor.GetProperty("name").GetString()));
        Assert.Equal(["INV-2025-0401", "INV-2025-0402"], invoices.EnumerateArray().Select(i => i.GetProperty("number").GetString()).Order());
        Assert.All(invoices.EnumerateArray(), i => Assert.Equal("한빛상사", i.GetProperty("vendorName").GetString()));
        var minsu = Assert.Single(byGivenName.GetProperty("value").EnumerateArray());
        Assert.Equal(("김민수", "minsu.kim@acme.example"), (minsu.GetProperty("displayName").GetString(), minsu.GetProperty("mail").GetString()));
        Assert.Equal("김민수", Assert.Single(byFullName.GetProperty("value").EnumerateArray()).GetProperty("displayName").GetString());
    }

    private static async Task<HttpClient> ApiAsync(SandboxHost sandbox, string username)
    {
        using var browser = new SandboxBrowser(sandbox.BaseAddress);
        var tokens = await browser.GetTokensAsync(username);
        return SandboxBrowser.ApiClient(sandbox.BaseAddress, tokens.AccessToken);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient api, string path, string json, string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await api.SendAsync(request);
    }
}
