using ChatFlow.Integrations.Tokens;

namespace ChatFlow.Integrations.Tests.Tokens;

public class PkceTests
{
    [Fact]
    public void ComputeS256Challenge_Rfc7636AppendixBVerifier_ReturnsAppendixBChallenge()
    {
        // Arrange: RFC 7636 Appendix B.
        const string verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

        // Act
        var challenge = Pkce.ComputeS256Challenge(verifier);

        // Assert
        Assert.Equal("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", challenge);
    }

    [Fact]
    public void CreateVerifier_Called_ReturnsFreshUnreservedStringOf43To128Chars()
    {
        // Act
        var first = Pkce.CreateVerifier();
        var second = Pkce.CreateVerifier();

        // Assert (RFC 7636 §4.1: unreserved characters, 43–128 long)
        Assert.InRange(first.Length, 43, 128);
        Assert.All(first, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~', $"'{c}'"));
        Assert.NotEqual(first, second);
    }
}
