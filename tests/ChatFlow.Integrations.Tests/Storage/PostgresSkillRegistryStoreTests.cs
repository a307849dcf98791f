namespace ChatFlow.Integrations.Tests.Storage;

public sealed class PostgresSkillRegistryStoreTests(PostgresFixture fixture) : SkillRegistryStoreContract(fixture), IClassFixture<PostgresFixture>;
