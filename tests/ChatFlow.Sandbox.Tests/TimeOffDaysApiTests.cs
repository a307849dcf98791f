using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ChatFlow.Sandbox.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ChatFlow.Sandbox.Tests;

/// <summary>How <c>requestTimeOff</c> counts days over real HTTP: working days (Monday to Friday), a weekend-only range
/// refused, half days (morning or afternoon of one working day) counted 0.5, stored and returned.</summary>
public sealed class TimeOffDaysApiTests
{
    [Fact]
    public async Task RequestTimeOff_Ranges_CountWorkingDaysOnly()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var alice = await ApiAsync(sandbox, "alice");

        // Act: Fri–Mon, Wed–Fri, Sat–Wed, two whole weeks, across the year end (Wed Dec 30 – Sat Jan 2).
        var days = new List<decimal>();
        foreach (var dates in new[] { "2026-12-04/2026-12-07", "2026-12-09/2026-12-11", "2026-12-12/2026-12-16", "2026-12-14/2026-12-27", "2026-12-30/2027-01-02" })
        {
            using var response = await PostAsync(alice, $$"""{"dates":"{{dates}}","type":"annual"}""");
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var created = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(JsonValueKind.Null, created.GetProperty("halfDay").ValueKind);
            days.Add(created.GetProperty("days").GetDecimal());
        }

        // Assert
        Assert.Equal([2m, 3m, 3m, 10m, 3m], days);
        var listed = await alice.GetFromJsonAsync<JsonElement>("/sandbox/api/hr/timeoff");
        Assert.Equal([3m, 10m, 3m, 3m, 2m], listed.EnumerateArray().Select(r => r.GetProperty("days").GetDecimal()));
    }

    [Theory]
    [InlineData("2026-12-05", "Sat, Dec 5, 2026 is not a working day")]
    [InlineData("2026-12-05/2026-12-06", "Sat, Dec 5, 2026 to Sun, Dec 6, 2026 has no working days")]
    public async Task RequestTimeOff_WeekendOnly_Returns400SayingSoAndCreatesNothing(string dates, string title)
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var alice = await ApiAsync(sandbox, "alice");

        // Act
        using var response = await PostAsync(alice, $$"""{"dates":"{{dates}}","type":"annual"}""");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith(title, problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("errors").TryGetProperty("dates", out _));
        Assert.Empty((await alice.GetFromJsonAsync<JsonElement>("/sandbox/api/hr/timeoff")).EnumerateArray());
    }

    [Theory]
    [InlineData("morning")]
    [InlineData("afternoon")]
    public async Task RequestTimeOff_HalfDayOfOneWorkingDay_CountsHalfADayAndKeepsTheHalf(string half)
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var alice = await ApiAsync(sandbox, "alice");

        // Act
        using var response = await PostAsync(alice, $$"""{"dates":"2026-11-25/2026-11-25","type":"annual","reason":"","halfDay":"{{half}}"}""");
        var listed = await alice.GetFromJsonAsync<JsonElement>("/sandbox/api/hr/timeoff");

        // Assert
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0.5m, created.GetProperty("days").GetDecimal());
        Assert.Equal(half, created.GetProperty("halfDay").GetString());
        var stored = Assert.Single(listed.EnumerateArray());
        Assert.Equal((0.5m, half), (stored.GetProperty("days").GetDecimal(), stored.GetProperty("halfDay").GetString()));
    }

    [Fact]
    public async Task RequestTimeOff_EmptyHalfDay_IsWholeDays()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var alice = await ApiAsync(sandbox, "alice");

        // Act: what the bot sends when no half day was said.
        using var response = await PostAsync(alice, """{"dates":"2026-11-25/2026-11-26","type":"sick","reason":"","halfDay":""}""");

        // Assert
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2m, created.GetProperty("days").GetDecimal());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("halfDay").ValueKind);
    }

    [Theory]
    [InlineData("""{"dates":"2026-11-25/2026-11-26","type":"annual","halfDay":"morning"}""", "halfDay", "A half day is one day")]
    [InlineData("""{"dates":"2026-11-28","type":"annual","halfDay":"afternoon"}""", "dates", "Sat, Nov 28, 2026 is not a working day")]
    [InlineData("""{"dates":"2026-11-25","type":"annual","halfDay":"evening"}""", "halfDay", "Use morning or afternoon")]
    [InlineData("""{"dates":"2026-11-02/2027-02-05","type":"parental"}""", "dates", "One request takes at most 60 working days")]
    public async Task RequestTimeOff_BadHalfDayOrTooLong_Returns400NamingTheField(string body, string field, string title)
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var alice = await ApiAsync(sandbox, "alice");

        // Act
        using var response = await PostAsync(alice, body);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith(title, problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Start_TimeOffTableWithoutHalfDay_AddsTheColumnAndKeepsRequests()
    {
        // Arrange: a sandbox.db whose timeoff_requests table an older version made, without half_day.
        using var data = new TempDirectory();
        int port;
        await using (var first = await SandboxHost.StartAsync(data.Path))
        {
            port = first.Port;
            using var ready = await ApiAsync(first, "alice"); // the schema exists once a token is issued
        }

        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(data.Path, "sandbox.db")};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                DROP TABLE timeoff_requests;
                CREATE TABLE timeoff_requests (number INTEGER NOT NULL CONSTRAINT pk_timeoff PRIMARY KEY AUTOINCREMENT, employee TEXT NOT NULL,
                  start_date TEXT NOT NULL, end_date TEXT NOT NULL, type TEXT NOT NULL, reason TEXT NOT NULL, status TEXT NOT NULL,
                  approver TEXT NOT NULL, idempotency_key TEXT NULL, request_sha256 TEXT NOT NULL, created_at_ms INTEGER NOT NULL);
                INSERT INTO timeoff_requests (employee, start_date, end_date, type, reason, status, approver, request_sha256, created_at_ms)
                  VALUES ('alice', '2026-12-04', '2026-12-07', 'annual', '', 'pending', 'bob', 'x', 0);
                """;
            await command.ExecuteNonQueryAsync();
        }

        // Act
        await using var second = await SandboxHost.StartAsync(data.Path, port);
        using var alice = await ApiAsync(second, "alice");
        using var created = await PostAsync(alice, """{"dates":"2026-11-25","type":"annual","halfDay":"morning"}""");
        var listed = await alice.GetFromJsonAsync<JsonElement>("/sandbox/api/hr/timeoff");

        // Assert
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal([0.5m, 2m], listed.EnumerateArray().Select(r => r.GetProperty("days").GetDecimal()));
    }

    private static async Task<HttpClient> ApiAsync(SandboxHost sandbox, string username)
    {
        using var browser = new SandboxBrowser(sandbox.BaseAddress);
        var tokens = await browser.GetTokensAsync(username);
        return SandboxBrowser.ApiClient(sandbox.BaseAddress, tokens.AccessToken);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient api, string json) =>
        api.PostAsync("/sandbox/api/hr/timeoff", new StringContent(json, Encoding.UTF8, "application/json"));
}
