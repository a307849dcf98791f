using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatFlow.Integrations.Tests.Tokens;

/// <summary>A fake OpenID provider under <c>/sandbox/</c> on loopback: discovery, token and UserInfo endpoints.
/// It issues tokens <c>at-1</c>, <c>at-2</c>… and <c>rt-1</c>, <c>rt-2</c>… for subject <see cref="Subject"/>.</summary>
internal sealed class FakeOAuthServer : IAsyncDisposable
{
    public const string Subject = "alice";
    private LoopbackServer server = null!;
    private int issued;

    public ConcurrentQueue<RecordedTokenRequest> TokenRequests { get; } = new();
    public ConcurrentQueue<string?> UserInfoAuthorizations { get; } = new();

    /// <summary>When set, the token endpoint answers this status and body instead of tokens.</summary>
    public (int Status, string Body)? TokenFailure { get; set; }

    public bool IncludeIdToken { get; set; } = true;

    public long ExpiresInSeconds { get; set; } = 3600;

    public Uri BaseAddress => server.BaseAddress;

    public Uri Authority => new(server.BaseAddress, "sandbox/");

    public static async Task<FakeOAuthServer> StartAsync()
    {
        var fake = new FakeOAuthServer();
        fake.server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/sandbox/.well-known/openid-configuration", (HttpContext ctx) =>
            {
                var root = $"{ctx.Request.Scheme}://{ctx.Request.Host}/sandbox/";
                return Results.Json(new Dictionary<string, string>
                {
                    ["issuer"] = root,
                    ["authorization_endpoint"] = root + "connect/authorize",
                    ["token_endpoint"] = root + "connect/token",
                    ["userinfo_endpoint"] = root + "connect/userinfo",
                });
            });
            app.MapPost("/sandbox/connect/token", (Delegate)fake.TokenAsync);
            app.MapGet("/sandbox/connect/userinfo", (HttpContext ctx) =>
            {
                fake.UserInfoAuthorizations.Enqueue(ctx.Request.Headers.Authorization.ToString());
                return Results.Json(new { sub = Subject, name = "Alice" });
            });
        });
        return fake;
    }

    public static string UnsignedIdToken(string subject, string audience)
    {
        static string Part(object value) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(value));
        return $"{Part(new { alg = "none", typ = "JWT" })}.{Part(new { sub = subject, aud = audience, iss = "fake" })}.";
    }

    private async Task<IResult> TokenAsync(HttpContext ctx)
    {
        var form = await ctx.Request.ReadFormAsync();
        TokenRequests.Enqueue(new RecordedTokenRequest(
            form.ToDictionary(f => f.Key, f => f.Value.ToString()),
            ctx.Request.Headers.Authorization.ToString()));
        if (TokenFailure is { } failure)
        {
            return Results.Text(failure.Body, "application/json", Encoding.UTF8, failure.Status);
        }

        var n = Interlocked.Increment(ref issued);
        var body = new Dictionary<string, object>
        {
            ["access_token"] = $"at-{n}",
            ["token_type"] = "Bearer",
            ["expires_in"] = ExpiresInSeconds,
            ["refresh_token"] = $"rt-{n}",
        };
        if (IncludeIdToken)
        {
            body["id_token"] = UnsignedIdToken(Subject, "chatflow");
        }

        return Results.Json(body);
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}

internal sealed record RecordedTokenRequest(Dictionary<string, string> Form, string Authorization);
