namespace ChatFlow.Bot.Channels.DirectLine;

/// <summary>Reads a raw request body with a size limit, before anything parses it.</summary>
internal static class RequestBody
{
    /// <summary>The body bytes, or <c>TooLarge</c> when it exceeds <paramref name="maxBytes"/> (nothing more is read).</summary>
    public static async Task<(byte[] Body, bool TooLarge)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
            return ([], true);

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                return ([], true);
            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), false);
    }
}
