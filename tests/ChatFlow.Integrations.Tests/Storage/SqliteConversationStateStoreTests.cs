namespace ChatFlow.Integrations.Tests.Storage;

public sealed class SqliteConversationStateStoreTests(SqliteFixture fixture) : ConversationStateStoreContract(fixture), IClassFixture<SqliteFixture>;
