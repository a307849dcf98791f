namespace ChatFlow.Integrations.Tests.Storage;

public sealed class PostgresPendingSignInStoreTests(PostgresFixture fixture) : PendingSignInStoreContract(fixture), IClassFixture<PostgresFixture>;
