namespace ChatFlow.Integrations.Tests.Storage;

public sealed class SqliteInboxStoreTests(SqliteFixture fixture) : InboxStoreContract(fixture), IClassFixture<SqliteFixture>;
