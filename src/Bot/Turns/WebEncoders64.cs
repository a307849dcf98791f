using Microsoft.AspNetCore.WebUtilities;

namespace ChatFlow.Bot.Turns;

/// <summary>Base64url without padding, as used in tokens that travel in JSON and URLs.</summary>
internal static class WebEncoders64
{
    public static string Encode(byte[] bytes) => WebEncoders.Base64UrlEncode(bytes);

    public static bool TryDecode(string text, out byte[] bytes)
    {
        try
        {
            bytes = WebEncoders.Base64UrlDecode(text);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}
