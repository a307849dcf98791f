namespace ChatFlow.Integrations.Tests.Storage;

public sealed class PostgresInboxStoreTests(PostgresFixture fixture) : InboxStoreContract(fixture), IClassFixture<PostgresFixture>;
