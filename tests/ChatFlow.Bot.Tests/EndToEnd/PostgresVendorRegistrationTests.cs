using ChatFlow.Bot.Tests.Fixtures;

namespace ChatFlow.Bot.Tests.EndToEnd;

/// <summary>The same journey on the production store: PostgreSQL for the inbox, state, outbox, transcripts,
/// tokens and the Data Protection key ring.</summary>
public sealed class PostgresVendorRegistrationTests(PostgresHostFixture fixture) : IClassFixture<PostgresHostFixture>
{
    [Fact]
    public async Task RegisterVendor_OnPostgres_CreatesVendorUnderTheUsersToken()
    {
        using var chat = await DirectLineTestClient.StartAsync(fixture.Host.BaseAddress, "carol", "en-US");
        var name = $"Pg Trading {Guid.NewGuid():N}"[..21];

        var result = await VendorJourney.RunAsync(chat, "register a vendor",
            VendorJourney.Values(name, "123-45-67890", "1 Postgres Way, Seoul", "ap@pg.example"), "Confirm", "carol");

        Assert.True(VendorJourney.HasText(result, name), chat.Shown());
        Assert.Single(await SandboxApi.ListVendorsAsync(fixture.Host.BaseAddress, "carol"), v => (string?)v!["name"] == name);
    }

    [Fact]
    public async Task RegisterVendor_EmployeeOnPostgres_IsRefused()
    {
        using var chat = await DirectLineTestClient.StartAsync(fixture.Host.BaseAddress, "alice", "ko-KR");
        var name = $"거절상사 {Guid.NewGuid():N}"[..14];

        await VendorJourney.RunAsync(chat, "업체 등록해줘",
            VendorJourney.Values(name, "234-56-78901", "서울 중구 1", "ap@deny.example"), "확인", "alice");

        Assert.Matches("권한", chat.Shown());
        Assert.DoesNotContain(await SandboxApi.ListVendorsAsync(fixture.Host.BaseAddress, "carol"), v => (string?)v!["name"] == name);
    }
}
