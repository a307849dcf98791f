using ChatFlow.Bot.Tests.Fixtures;

namespace ChatFlow.Bot.Tests.EndToEnd;

/// <summary>The walking skeleton through the real host's Direct Line API on the embedded default (SQLite):
/// a finance user registers a vendor under her own token; an employee is refused and nothing is created.</summary>
public sealed class VendorRegistrationTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private Uri Host => fixture.Host.BaseAddress;

    [Fact]
    public async Task RegisterVendor_FinanceUserInEnglish_CreatesVendorUnderHerName()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "carol", "en-US");
        var name = $"Hanbit Trading {Guid.NewGuid():N}"[..24];

        var result = await VendorJourney.RunAsync(chat, "register a vendor",
            VendorJourney.Values(name, "123-45-67890", "12 Sejong-daero, Jung-gu, Seoul", "ap@hanbit.example"), "Confirm", "carol");

        Assert.True(VendorJourney.HasText(result, name), chat.Shown());
        Assert.Matches("V-\\d+", chat.Shown());
        var vendors = await SandboxApi.ListVendorsAsync(Host, "carol");
        var created = Assert.Single(vendors, v => (string?)v!["name"] == name);
        Assert.Equal("carol", (string?)created!["createdBy"]);
    }

    [Fact]
    public async Task RegisterVendor_FinanceUserInKorean_CreatesVendorAndAnswersInKorean()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "carol", "ko-KR");
        var name = $"한빛상사 {Guid.NewGuid():N}"[..16];

        var result = await VendorJourney.RunAsync(chat, "업체 등록해줘",
            VendorJourney.Values(name, "234-56-78901", "서울특별시 중구 세종대로 12", "ap@hanbit-ko.example"), "확인", "carol");

        Assert.True(VendorJourney.HasText(result, name), chat.Shown());
        Assert.Contains("등록", chat.Shown(), StringComparison.Ordinal);
        Assert.Single(await SandboxApi.ListVendorsAsync(Host, "carol"), v => (string?)v!["name"] == name);
    }

    [Fact]
    public async Task RegisterVendor_EmployeeWithoutPermission_IsRefusedAndNothingIsCreated()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "alice", "en-US");
        var name = $"Blue Harbor {Guid.NewGuid():N}"[..22];

        var result = await VendorJourney.RunAsync(chat, "I need to add a new supplier",
            VendorJourney.Values(name, "345-67-89012", "7 Harbor Rd, Busan", "sales@blueharbor.example"), "Confirm", "alice");

        Assert.Matches("(?i)permission", chat.Shown());
        Assert.DoesNotMatch("(?i)vendor (id|number)[: ]+\\w+", chat.Shown());
        Assert.DoesNotContain(await SandboxApi.ListVendorsAsync(Host, "carol"), v => (string?)v!["name"] == name);
    }

    [Fact]
    public async Task RegisterVendor_EmployeeInKorean_IsRefusedInKoreanAndNothingIsCreated()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "alice", "ko-KR");
        var name = $"푸른항구 {Guid.NewGuid():N}"[..14];

        await VendorJourney.RunAsync(chat, "거래처 등록해 주세요",
            VendorJourney.Values(name, "456-78-90123", "부산광역시 해운대구 1", "sales@harbor-ko.example"), "확인", "alice");

        Assert.Matches("권한", chat.Shown());
        Assert.DoesNotContain(await SandboxApi.ListVendorsAsync(Host, "carol"), v => (string?)v!["name"] == name);
    }

    [Fact]
    public async Task Utterance_OutOfScope_GetsHelpNotAForm()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "alice", "en-US");

        await chat.SayAsync("what's the weather like in Busan tomorrow?");

        Assert.Empty(chat.Inputs());
        Assert.Matches("(?i)register a vendor", chat.Shown());
    }

    [Fact]
    public async Task FormSubmit_InvalidRegistrationNumber_RepromptsWithTheFieldsErrorMessage()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "carol", "en-US");
        await chat.SayAsync("register a vendor", VendorJourney.HasInputs);

        await chat.FillAsync(VendorJourney.Values("Bad Number Co", "12345", "1 Main St", "ap@bad.example"), VendorJourney.HasInputs);

        Assert.Contains("123-45-67890", chat.Shown(), StringComparison.Ordinal);
        Assert.False(VendorJourney.HasButton(chat.Last, "Confirm"));
    }

    [Fact]
    public async Task Cancel_WhileCollecting_EndsTheRunAndNothingIsCreated()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "carol", "en-US");
        await chat.SayAsync("register a vendor", VendorJourney.HasInputs);

        await chat.SayAsync("never mind");

        Assert.Matches("(?i)cancel", chat.Shown());
        Assert.Empty(chat.Inputs());
    }

    [Fact]
    public async Task SignedInUser_SecondRegistration_RunsWithoutSigningInAgain()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "carol", "en-US");
        await VendorJourney.RunAsync(chat, "register a vendor",
            VendorJourney.Values($"First {Guid.NewGuid():N}"[..18], "111-22-33333", "1 First St", "a@first.example"), "Confirm", "carol");
        var second = $"Second {Guid.NewGuid():N}"[..19];

        await chat.SayAsync("add a vendor", VendorJourney.HasInputs);
        await chat.FillAsync(VendorJourney.Values(second, "222-33-44444", "2 Second St", "b@second.example"), got => VendorJourney.HasButton(got, "Confirm"));
        var result = await chat.ClickAsync("Confirm", got => VendorJourney.HasSignIn(got) || VendorJourney.HasText(got, second));

        Assert.False(VendorJourney.HasSignIn(result));
        Assert.True(VendorJourney.HasText(result, second), chat.Shown());
    }
}
