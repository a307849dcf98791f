using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ChatFlow.Integrations.Storage;

/// <summary>Data Protection's key ring in the <c>data_protection_keys</c> table, so every replica shares one ring.
/// Synchronous because <see cref="IXmlRepository"/> is; Data Protection calls it rarely (start-up, key rotation).</summary>
internal sealed class DataProtectionKeyRepository(StoreDatabase database, TimeProvider time) : IXmlRepository
{
    private const string SelectAllSql = "SELECT xml FROM data_protection_keys ORDER BY id";

    private const string UpsertSql = """
        INSERT INTO data_protection_keys (friendly_name, xml, created_at_ms) VALUES (@FriendlyName, @Xml, @NowMs)
        ON CONFLICT (friendly_name) DO UPDATE SET xml = excluded.xml
        """;

    /// <inheritdoc />
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = database.Open();
        return connection.Query<string>(new CommandDefinition(SelectAllSql))
            .Select(xml => XElement.Parse(xml))
            .ToList()
            .AsReadOnly();
    }

    /// <inheritdoc />
    /// <remarks>Data Protection names keys <c>key-{guid}</c>; a missing name gets a fresh one. Storing the same name again
    /// replaces the element.</remarks>
    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var connection = database.Open();
        connection.Execute(new CommandDefinition(UpsertSql, new
        {
            FriendlyName = string.IsNullOrWhiteSpace(friendlyName) ? "element-" + Guid.NewGuid().ToString("N") : friendlyName,
            Xml = element.ToString(SaveOptions.DisableFormatting),
            NowMs = time.GetUtcNow().ToUnixTimeMilliseconds(),
        }));
    }
}
