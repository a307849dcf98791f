namespace ChatFlow.Bot.Channels.DirectLine;

/// <summary>Error codes of Direct Line error bodies.</summary>
/// <remarks>https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-direct-line-3-0-api-reference</remarks>
internal static class DirectLineErrorCodes
{
    public const string BadArgument = "BadArgument";
    public const string BadSyntax = "BadSyntax";
    public const string MissingProperty = "MissingProperty";
    public const string MessageSizeTooBig = "MessageSizeTooBig";
    public const string Unauthorized = "Unauthorized";
    public const string Forbidden = "Forbidden";
    public const string TokenExpired = "TokenExpired";
    public const string NotFound = "NotFound";
}
