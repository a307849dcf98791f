namespace ChatFlow.Integrations.Tests.Storage;

public sealed class SqliteXmlRepositoryTests(SqliteFixture fixture) : XmlRepositoryContract(fixture), IClassFixture<SqliteFixture>;
