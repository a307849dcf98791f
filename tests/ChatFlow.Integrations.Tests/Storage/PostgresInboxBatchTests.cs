namespace ChatFlow.Integrations.Tests.Storage;

public sealed class PostgresInboxBatchTests(PostgresFixture fixture) : InboxBatchContract(fixture), IClassFixture<PostgresFixture>;
