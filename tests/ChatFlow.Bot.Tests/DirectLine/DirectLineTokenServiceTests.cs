using ChatFlow.Bot.Channels.DirectLine;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatFlow.Bot.Tests.DirectLine;

public sealed class DirectLineTokenServiceTests
{
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);
    private readonly EphemeralDataProtectionProvider keys = new();

    private DirectLineTokenService Service() =>
        new(keys, time, Options.Create(new DirectLineOptions { TokenLifetime = TimeSpan.FromMinutes(30) }));

    [Fact]
    public void Validate_FreshToken_ReturnsConversationAndUser()
    {
        // Arrange
        var service = Service();
        var token = service.Issue("conv1", "web-alice");

        // Act
        var (status, payload) = service.Validate(token);

        // Assert
        Assert.Equal(TokenStatus.Valid, status);
        Assert.Equal(new TokenPayload("conv1", "web-alice"), payload);
        Assert.Equal(1800, service.ExpiresInSeconds);
    }

    [Fact]
    public void Validate_AfterLifetime_ReturnsExpired()
    {
        // Arrange
        var service = Service();
        var token = service.Issue("conv1", "web-alice");

        // Act
        time.Advance(TimeSpan.FromMinutes(30));
        var (status, payload) = service.Validate(token);

        // Assert
        Assert.Equal(TokenStatus.Expired, status);
        Assert.Null(payload);
    }

    [Fact]
    public void Validate_JustBeforeLifetime_ReturnsValid()
    {
        // Arrange
        var service = Service();
        var token = service.Issue("conv1", "web-alice");

        // Act
        time.Advance(TimeSpan.FromMinutes(29));
        var (status, _) = service.Validate(token);

        // Assert
        Assert.Equal(TokenStatus.Valid, status);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Validate_ForgedToken_ReturnsInvalid(string forged)
    {
        // Arrange
        var service = Service();

        // Act
        var (status, payload) = service.Validate(forged);

        // Assert
        Assert.Equal(TokenStatus.Invalid, status);
        Assert.Null(payload);
    }

    [Fact]
    public void Validate_TamperedToken_ReturnsInvalid()
    {
        // Arrange
        var service = Service();
        var token = service.Issue("conv1", "web-alice");
        var tampered = token[..^2] + (token[^2] == 'A' ? "BB" : "AA");

        // Act
        var (status, _) = service.Validate(tampered);

        // Assert
        Assert.Equal(TokenStatus.Invalid, status);
    }

    [Fact]
    public void Validate_TokenFromOtherKeys_ReturnsInvalid()
    {
        // Arrange
        var other = new DirectLineTokenService(new EphemeralDataProtectionProvider(), time,
            Options.Create(new DirectLineOptions()));
        var token = other.Issue("conv1", "web-alice");

        // Act
        var (status, _) = Service().Validate(token);

        // Assert
        Assert.Equal(TokenStatus.Invalid, status);
    }
}
