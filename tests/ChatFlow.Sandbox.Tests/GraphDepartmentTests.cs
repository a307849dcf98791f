using System.Net.Http.Json;
using System.Text.Json;
using ChatFlow.Sandbox.Tests.Infrastructure;

namespace ChatFlow.Sandbox.Tests;

/// <summary>The sandbox directory filters by department the way Graph does (<c>department eq '…'</c>, ignoring case),
/// so "who's in finance?" can be answered.</summary>
public sealed class GraphDepartmentTests
{
    [Fact]
    public async Task Users_FilterByDepartment_ListsThatDepartmentsPeople()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var browser = new SandboxBrowser(sandbox.BaseAddress);
        using var alice = SandboxBrowser.ApiClient(sandbox.BaseAddress, (await browser.GetTokensAsync("alice")).AccessToken);

        // Act
        var finance = await alice.GetFromJsonAsync<JsonElement>("/sandbox/graph/v1.0/users?$filter="
            + Uri.EscapeDataString("startswith(displayName,'finance') or department eq 'finance'"));
        var development = await alice.GetFromJsonAsync<JsonElement>("/sandbox/graph/v1.0/users?$filter="
            + Uri.EscapeDataString("department eq '개발팀'"));

        // Assert
        Assert.Equal(["Carol Park"], finance.GetProperty("value").EnumerateArray().Select(u => u.GetProperty("displayName").GetString()));
        Assert.Equal(["이서연"], development.GetProperty("value").EnumerateArray().Select(u => u.GetProperty("displayName").GetString()));
    }
}
