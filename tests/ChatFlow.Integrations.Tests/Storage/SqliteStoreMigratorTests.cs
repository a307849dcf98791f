namespace ChatFlow.Integrations.Tests.Storage;

public sealed class SqliteStoreMigratorTests(SqliteFixture fixture) : StoreMigratorContract(fixture), IClassFixture<SqliteFixture>;
