namespace ChatFlow.Integrations.Tests.Storage;

public sealed class PostgresDirectLineStoreTests(PostgresFixture fixture) : DirectLineStoreContract(fixture), IClassFixture<PostgresFixture>;
