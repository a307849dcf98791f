using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Channels.Slack.WebApi;

/// <summary>The bot's own Slack user id: <see cref="SlackOptions.BotUserId"/> when configured, else read once from
/// <c>auth.test</c> (a failed look-up is retried on the next call).</summary>
internal sealed class SlackBotIdentity(IServiceScopeFactory scopes, IOptions<SlackOptions> options)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? userId = options.Value.BotUserId;

    /// <summary>The bot user id (<c>U…</c>).</summary>
    /// <exception cref="SlackApiException"><c>auth.test</c> failed (for example <c>invalid_auth</c>).</exception>
    public async Task<string> GetBotUserIdAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref userId) is { Length: > 0 } known)
            return known;
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (userId is { Length: > 0 } raced)
                return raced;
            await using var scope = scopes.CreateAsyncScope();
            var info = await scope.ServiceProvider.GetRequiredService<SlackWebApiClient>().AuthTestAsync(cancellationToken);
            Volatile.Write(ref userId, info.UserId);
            return info.UserId;
        }
        finally
        {
            gate.Release();
        }
    }
}
