namespace ChatFlow.Integrations.Tests.Storage;

public sealed class SqliteInboxBatchTests(SqliteFixture fixture) : InboxBatchContract(fixture), IClassFixture<SqliteFixture>;
