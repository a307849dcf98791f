namespace ChatFlow.Integrations.Tests.Storage;

public sealed class SqliteOutboxStoreTests(SqliteFixture fixture) : OutboxStoreContract(fixture), IClassFixture<SqliteFixture>;
