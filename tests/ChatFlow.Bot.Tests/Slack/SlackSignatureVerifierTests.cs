using System.Text;
using System.Text.Json;
using ChatFlow.Bot.Channels.Slack;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace ChatFlow.Bot.Tests.Slack;

public sealed class SlackSignatureVerifierTests
{
    private static (string Secret, string Timestamp, byte[] Body, string Signature) Vector()
    {
        using var doc = JsonDocument.Parse(SlackFixtures.Read("signing-vector.json"));
        var root = doc.RootElement;
        return (root.GetProperty("secret").GetString()!, root.GetProperty("timestamp").GetString()!,
            Encoding.UTF8.GetBytes(root.GetProperty("body").GetString()!), root.GetProperty("signature").GetString()!);
    }

    private static SlackSignatureVerifier At(string secret, long unixSeconds) =>
        new(secret, TimeSpan.FromMinutes(5), new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    [Fact]
    public void IsValid_SlackDocsVector_Accepted()
    {
        var (secret, ts, body, signature) = Vector();
        Assert.True(At(secret, long.Parse(ts)).IsValid(ts, signature, body));
    }

    [Fact]
    public void IsValid_BodyChangedByOneByte_Refused()
    {
        var (secret, ts, body, signature) = Vector();
        body[^1] ^= 1;
        Assert.False(At(secret, long.Parse(ts)).IsValid(ts, signature, body));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v0=")]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503")]
    public void IsValid_MissingOrMalformedSignature_Refused(string? signature)
    {
        var (secret, ts, body, _) = Vector();
        Assert.False(At(secret, long.Parse(ts)).IsValid(ts, signature, body));
    }

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    public void IsValid_TimestampOutsideFiveMinutes_Refused(long offsetSeconds)
    {
        var (secret, ts, body, signature) = Vector();
        Assert.False(At(secret, long.Parse(ts) + offsetSeconds).IsValid(ts, signature, body));
    }

    [Fact]
    public void IsValid_TimestampAtWindowEdge_Accepted()
    {
        var (secret, ts, body, signature) = Vector();
        Assert.True(At(secret, long.Parse(ts) + 300).IsValid(ts, signature, body));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-1531420618")]
    public void IsValid_NonNumericTimestamp_Refused(string ts)
    {
        var (secret, realTs, body, signature) = Vector();
        Assert.False(At(secret, long.Parse(realTs)).IsValid(ts, signature, body));
    }

    [Fact]
    public void IsValid_WrongSecret_Refused()
    {
        var (_, ts, body, signature) = Vector();
        Assert.False(At("another-secret", long.Parse(ts)).IsValid(ts, signature, body));
    }
}
