namespace ChatFlow.Integrations.Tokens;

/// <summary>ChatFlow's own public base URL, e.g. <c>http://localhost:5000/</c>.</summary>
/// <remarks>The host implements it (from configuration or from the server's listening address). Relative
/// connection authorities, the OAuth callback, the sign-in link and relative connector base URLs resolve against it:
/// a relative value is appended to the base URL's path (<c>/sandbox/</c> on <c>http://host/chatflow/</c> gives
/// <c>http://host/chatflow/sandbox/</c>).</remarks>
public interface IServiceBaseAddress
{
    /// <summary>Absolute http(s) URL; its path ends with <c>/</c> or is treated as if it did.</summary>
    Uri BaseAddress { get; }
}
