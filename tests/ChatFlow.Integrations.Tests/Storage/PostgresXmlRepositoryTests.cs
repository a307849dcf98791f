namespace ChatFlow.Integrations.Tests.Storage;

public sealed class PostgresXmlRepositoryTests(PostgresFixture fixture) : XmlRepositoryContract(fixture), IClassFixture<PostgresFixture>;
