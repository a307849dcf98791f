namespace ChatFlow.Integrations.Tests.Storage;

public sealed class SqliteDirectLineStoreTests(SqliteFixture fixture) : DirectLineStoreContract(fixture), IClassFixture<SqliteFixture>;
