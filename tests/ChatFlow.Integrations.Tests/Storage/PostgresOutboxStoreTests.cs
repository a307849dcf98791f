namespace ChatFlow.Integrations.Tests.Storage;

public sealed class PostgresOutboxStoreTests(PostgresFixture fixture) : OutboxStoreContract(fixture), IClassFixture<PostgresFixture>;
