namespace ChatFlow.Integrations.Tests.Storage;

public sealed class SqliteAuditStoreTests(SqliteFixture fixture) : AuditStoreContract(fixture), IClassFixture<SqliteFixture>;
