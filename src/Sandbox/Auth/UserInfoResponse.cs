using System.Text.Json.Serialization;

namespace ChatFlow.Sandbox.Auth;

/// <summary>OpenID Connect UserInfo response (https://openid.net/specs/openid-connect-core-1_0.html#UserInfoResponse).</summary>
internal sealed record UserInfoResponse(
    [property: JsonPropertyName("sub")] string Subject,
    [property: JsonPropertyName("name"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name,
    [property: JsonPropertyName("email"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Email,
    [property: JsonPropertyName("email_verified"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? EmailVerified,
    [property: JsonPropertyName("role"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Roles,
    [property: JsonPropertyName("manager"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Manager);
