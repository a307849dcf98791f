namespace ChatFlow.Integrations.Tests.Storage;

public sealed class SqliteUserTokenStoreTests(SqliteFixture fixture) : UserTokenStoreContract(fixture), IClassFixture<SqliteFixture>;
