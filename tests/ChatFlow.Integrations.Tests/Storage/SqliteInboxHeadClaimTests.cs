namespace ChatFlow.Integrations.Tests.Storage;

public sealed class SqliteInboxHeadClaimTests(SqliteFixture fixture) : InboxHeadClaimContract(fixture), IClassFixture<SqliteFixture>;
