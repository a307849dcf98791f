namespace ChatFlow.Integrations.Tests.Storage;

public sealed class PostgresAuditStoreTests(PostgresFixture fixture) : AuditStoreContract(fixture), IClassFixture<PostgresFixture>;
