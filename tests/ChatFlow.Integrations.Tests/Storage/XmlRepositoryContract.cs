using System.Xml.Linq;
using ChatFlow.Integrations.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;

namespace ChatFlow.Integrations.Tests.Storage;

/// <summary>What the Data Protection key repository must do.</summary>
public abstract class XmlRepositoryContract(IStoreTestDatabase database)
{
    [Fact]
    public async Task GetAllElements_NothingStored_ReturnsEmpty()
    {
        await using var h = await StoreHarness.CreateAsync(database);

        var elements = h.Get<DataProtectionKeyRepository>().GetAllElements();

        Assert.Empty(elements);
    }

    [Fact]
    public async Task StoreElement_ThenGetAllElements_ReturnsElementsInStoreOrder()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        IXmlRepository repository = h.Get<DataProtectionKeyRepository>();
        var first = new XElement("key", new XAttribute("id", "1"), new XElement("descriptor", "ﾃ 한국어"));
        var second = new XElement("key", new XAttribute("id", "2"));

        repository.StoreElement(first, "key-1");
        repository.StoreElement(second, "key-2");
        var elements = repository.GetAllElements();

        Assert.Equal([first.ToString(), second.ToString()], elements.Select(e => e.ToString()));
    }

    [Fact]
    public async Task StoreElement_SameFriendlyName_ReplacesElement()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        IXmlRepository repository = h.Get<DataProtectionKeyRepository>();
        repository.StoreElement(new XElement("key", new XAttribute("v", "1")), "key-1");

        repository.StoreElement(new XElement("key", new XAttribute("v", "2")), "key-1");

        Assert.Equal("2", Assert.Single(repository.GetAllElements()).Attribute("v")?.Value);
    }

    [Fact]
    public async Task PersistKeysToChatFlowStore_TwoHosts_ShareOneKeyRing()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        await using var first = NewDataProtectionHost(h.Options);
        await using var second = NewDataProtectionHost(h.Options);

        var secret = first.GetDataProtector("test").Protect("refresh-token");
        var plain = second.GetDataProtector("test").Unprotect(secret);

        Assert.Equal("refresh-token", plain);
        Assert.NotEmpty(h.Get<DataProtectionKeyRepository>().GetAllElements());
    }

    private static ServiceProvider NewDataProtectionHost(StorageOptions options)
    {
        var services = new ServiceCollection().AddChatFlowStorage(options);
        services.AddDataProtection().SetApplicationName("chatflow-tests").PersistKeysToChatFlowStore();
        return services.BuildServiceProvider();
    }
}
