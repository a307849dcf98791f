namespace ChatFlow.Integrations.Tests.Storage;

public sealed class PostgresInboxHeadClaimTests(PostgresFixture fixture) : InboxHeadClaimContract(fixture), IClassFixture<PostgresFixture>;
