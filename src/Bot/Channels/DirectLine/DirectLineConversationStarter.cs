using System.Security.Cryptography;
using ChatFlow.Integrations.Storage;
using Microsoft.Extensions.Logging;

namespace ChatFlow.Bot.Channels.DirectLine;

/// <summary>Creates conversations bound to a user and issues their tokens (Direct Line endpoints and the Web Chat page).</summary>
internal sealed class DirectLineConversationStarter(
    IDirectLineStore store, DirectLineTokenService tokens, ILogger<DirectLineConversationStarter> logger)
{
    /// <summary>Longest accepted user id.</summary>
    public const int MaxUserIdLength = 128;

    /// <summary>Whether a client-chosen user id is acceptable: 1–128 characters, no control characters or spaces at the ends.</summary>
    public static bool IsValidUserId(string? userId) =>
        !string.IsNullOrWhiteSpace(userId)
        && userId.Length <= MaxUserIdLength
        && userId.Trim().Length == userId.Length
        && !userId.Any(char.IsControl);

    /// <summary>A random user id, <paramref name="prefix"/> + 24 hex digits.</summary>
    public static string NewUserId(string prefix) => prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    /// <summary>Stores a new conversation for the user and returns it with a token.</summary>
    public async Task<(DirectLineConversation Conversation, string Token)> StartAsync(string userId, CancellationToken cancellationToken)
    {
        var conversationId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var conversation = await store.EnsureConversationAsync(conversationId, userId, cancellationToken);
        DirectLineLog.ConversationStarted(logger, conversation.ConversationId, conversation.UserId);
        return (conversation, tokens.Issue(conversation.ConversationId, conversation.UserId));
    }
}
