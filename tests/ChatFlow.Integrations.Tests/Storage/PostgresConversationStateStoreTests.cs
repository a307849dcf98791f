namespace ChatFlow.Integrations.Tests.Storage;

public sealed class PostgresConversationStateStoreTests(PostgresFixture fixture) : ConversationStateStoreContract(fixture), IClassFixture<PostgresFixture>;
