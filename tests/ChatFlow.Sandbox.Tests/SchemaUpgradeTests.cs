using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ChatFlow.Sandbox.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ChatFlow.Sandbox.Tests;

public sealed class SchemaUpgradeTests
{
    [Fact]
    public async Task Start_DatabaseFromBeforeExpensesAndTimeOff_AddsTheMissingTablesAndKeepsVendors()
    {
        // Arrange: a sandbox.db as an older version left it, without the expense and time-off tables.
        using var data = new TempDirectory();
        int port;
        await using (var first = await SandboxHost.StartAsync(data.Path))
        {
            port = first.Port;
            using var browser = new SandboxBrowser(first.BaseAddress);
            using var carol = SandboxBrowser.ApiClient(first.BaseAddress, (await browser.GetTokensAsync("carol")).AccessToken);
            Assert.Equal(5, (await carol.GetFromJsonAsync<JsonElement>("/sandbox/api/erp/vendors")).GetArrayLength());
        }

        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(data.Path, "sandbox.db")};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE expenses; DROP TABLE timeoff_requests;";
            await drop.ExecuteNonQueryAsync();
        }

        // Act
        await using var second = await SandboxHost.StartAsync(data.Path, port);
        using var secondBrowser = new SandboxBrowser(second.BaseAddress);
        using var api = SandboxBrowser.ApiClient(second.BaseAddress, (await secondBrowser.GetTokensAsync("carol")).AccessToken);
        using var created = await api.PostAsync("/sandbox/api/erp/expenses",
            new StringContent("""{"amount":"45000 KRW","date":"2026-11-19","category":"meals"}""", Encoding.UTF8, "application/json"));

        // Assert
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(5, (await api.GetFromJsonAsync<JsonElement>("/sandbox/api/erp/vendors")).GetArrayLength());
        Assert.Empty((await api.GetFromJsonAsync<JsonElement>("/sandbox/api/hr/timeoff")).EnumerateArray());
    }
}
