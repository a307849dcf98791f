namespace ChatFlow.Integrations.Tests.Storage;

public sealed class SqliteSkillRegistryStoreTests(SqliteFixture fixture) : SkillRegistryStoreContract(fixture), IClassFixture<SqliteFixture>;
