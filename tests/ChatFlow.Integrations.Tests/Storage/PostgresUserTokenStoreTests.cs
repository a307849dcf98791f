namespace ChatFlow.Integrations.Tests.Storage;

public sealed class PostgresUserTokenStoreTests(PostgresFixture fixture) : UserTokenStoreContract(fixture), IClassFixture<PostgresFixture>;
