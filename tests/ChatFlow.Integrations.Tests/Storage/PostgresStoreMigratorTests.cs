namespace ChatFlow.Integrations.Tests.Storage;

public sealed class PostgresStoreMigratorTests(PostgresFixture fixture) : StoreMigratorContract(fixture), IClassFixture<PostgresFixture>;
