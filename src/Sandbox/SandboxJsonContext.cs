using System.Text.Json;
using System.Text.Json.Serialization;
using ChatFlow.Sandbox.Auth;
using ChatFlow.Sandbox.Erp;
using ChatFlow.Sandbox.Users;

namespace ChatFlow.Sandbox;

/// <summary>JSON of the sandbox API and userinfo endpoint (camelCase, web defaults).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(VendorCreate))]
[JsonSerializable(typeof(Vendor))]
[JsonSerializable(typeof(IReadOnlyList<Vendor>))]
[JsonSerializable(typeof(UserProfile))]
[JsonSerializable(typeof(UserInfoResponse))]
internal sealed partial class SandboxJsonContext : JsonSerializerContext;
