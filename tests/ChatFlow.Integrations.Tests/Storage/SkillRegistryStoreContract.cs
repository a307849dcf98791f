using ChatFlow.Integrations.Storage;
using static ChatFlow.Integrations.Tests.Storage.StoreTestData;

namespace ChatFlow.Integrations.Tests.Storage;

/// <summary>What every <see cref="ISkillRegistryStore"/> must do.</summary>
public abstract class SkillRegistryStoreContract(IStoreTestDatabase database)
{
    [Fact]
    public async Task LoadAsync_EmptyRegistry_ReturnsRevisionZeroAndNoSkills()
    {
        await using var h = await StoreHarness.CreateAsync(database);

        var snapshot = await h.Get<ISkillRegistryStore>().LoadAsync(h.Ct);

        Assert.Equal(0, snapshot.Revision);
        Assert.Empty(snapshot.Skills);
        Assert.Empty(snapshot.Versions);
    }

    [Fact]
    public async Task RegisterAsync_SameIdTwice_MakesNewVersionEnabledAndBumpsRevision()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var store = h.Get<ISkillRegistryStore>();
        var id = NewId("skill");

        var first = await store.RegisterAsync(new SkillRegistryDraft(id, 1, "id: a", "yaml", "file:a.yaml"), onlyIfNew: false, h.Ct);
        var second = await store.RegisterAsync(new SkillRegistryDraft(id, 1, "id: a", "yaml", "dave"), onlyIfNew: false, h.Ct);
        var snapshot = await store.LoadAsync(h.Ct);

        Assert.Equal(1, first!.Version);
        Assert.Equal(2, second!.Version);
        Assert.Equal(2, snapshot.Revision);
        Assert.Equal([new SkillRegistryEntry(id, true, 2)], snapshot.Skills);
        Assert.Equal([first, second], snapshot.Versions);
        Assert.Equal("dave", snapshot.Versions[1].RegisteredBy);
        Assert.Equal(StoreHarness.Start.ToUnixTimeMilliseconds(), snapshot.Versions[1].RegisteredMs);
    }

    [Fact]
    public async Task RegisterAsync_DeclaredVersionAhead_KeepsDeclaredVersion()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var store = h.Get<ISkillRegistryStore>();
        var id = NewId("skill");

        var stored = await store.RegisterAsync(new SkillRegistryDraft(id, 3, "id: a", "yaml", "dave"), onlyIfNew: false, h.Ct);
        var next = await store.RegisterAsync(new SkillRegistryDraft(id, 1, "{}", "json", "dave"), onlyIfNew: false, h.Ct);

        Assert.Equal(3, stored!.Version);
        Assert.Equal(4, next!.Version);
        Assert.Equal("json", next.Format);
    }

    [Fact]
    public async Task RegisterAsync_OnlyIfNewWithKnownContent_SkipsWithoutRevisionBump()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var store = h.Get<ISkillRegistryStore>();
        var id = NewId("skill");
        await store.RegisterAsync(new SkillRegistryDraft(id, 1, "text v1", "yaml", "file:a.yaml"), onlyIfNew: true, h.Ct);
        await store.RegisterAsync(new SkillRegistryDraft(id, 1, "text v2", "yaml", "dave"), onlyIfNew: false, h.Ct);

        var skipped = await store.RegisterAsync(new SkillRegistryDraft(id, 1, "text v1", "yaml", "file:a.yaml"), onlyIfNew: true, h.Ct);
        var changed = await store.RegisterAsync(new SkillRegistryDraft(id, 1, "text v3", "yaml", "file:a.yaml"), onlyIfNew: true, h.Ct);

        Assert.Null(skipped);
        Assert.Equal(3, changed!.Version);
        Assert.Equal(3, await store.GetRevisionAsync(h.Ct));
    }

    [Fact]
    public async Task SetEnabledAsync_Toggle_ChangesFlagKeepsVersionsAndBumpsRevisionOnlyOnChange()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var store = h.Get<ISkillRegistryStore>();
        var id = NewId("skill");
        await store.RegisterAsync(new SkillRegistryDraft(id, 1, "id: a", "yaml", "dave"), onlyIfNew: false, h.Ct);

        var disabled = await store.SetEnabledAsync(id, false, h.Ct);
        var again = await store.SetEnabledAsync(id, false, h.Ct);
        var revisionAfterDisable = await store.GetRevisionAsync(h.Ct);
        var enabled = await store.SetEnabledAsync(id, true, h.Ct);

        Assert.Equal(new SkillRegistryEntry(id, false, 1), disabled);
        Assert.Equal(disabled, again);
        Assert.Equal(2, revisionAfterDisable);
        Assert.Equal(new SkillRegistryEntry(id, true, 1), enabled);
        Assert.Equal(3, await store.GetRevisionAsync(h.Ct));
    }

    [Fact]
    public async Task SetEnabledAsync_UnknownId_ReturnsNull()
    {
        await using var h = await StoreHarness.CreateAsync(database);

        var result = await h.Get<ISkillRegistryStore>().SetEnabledAsync(NewId("skill"), false, h.Ct);

        Assert.Null(result);
    }

    [Fact]
    public async Task RegisterAsync_OnOneHost_SeenByTheOtherHost()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        await using var other = h.OpenSecondHost();
        var id = NewId("skill");

        await h.Get<ISkillRegistryStore>().RegisterAsync(new SkillRegistryDraft(id, 1, "id: a", "yaml", "dave"), onlyIfNew: false, h.Ct);
        var seen = await other.Get<ISkillRegistryStore>().LoadAsync(h.Ct);

        Assert.Equal(1, seen.Revision);
        Assert.Equal(id, Assert.Single(seen.Versions).SkillId);
    }

    [Fact]
    public async Task RegisterAsync_ConcurrentRegistrations_GetDistinctVersions()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        await using var other = h.OpenSecondHost();
        var id = NewId("skill");
        var draft = new SkillRegistryDraft(id, 1, "id: a", "yaml", "dave");

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            (i % 2 == 0 ? h : other).Get<ISkillRegistryStore>().RegisterAsync(draft, onlyIfNew: false, h.Ct)));

        Assert.Equal([1, 2, 3, 4, 5, 6], results.Select(r => r!.Version).Order());
        Assert.Equal(6, await h.Get<ISkillRegistryStore>().GetRevisionAsync(h.Ct));
    }
}
