namespace ChatFlow.Integrations.Tests.Storage;

public sealed class SqlitePendingSignInStoreTests(SqliteFixture fixture) : PendingSignInStoreContract(fixture), IClassFixture<SqliteFixture>;
