using System.Text.Json;
using System.Text.Json.Serialization;
using ChatFlow.Sandbox.Auth;
using ChatFlow.Sandbox.Erp;
using ChatFlow.Sandbox.Graph;
using ChatFlow.Sandbox.Hr;
using ChatFlow.Sandbox.Users;

namespace ChatFlow.Sandbox;

/// <summary>JSON of the sandbox API and userinfo endpoint (camelCase, web defaults).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(VendorCreate))]
[JsonSerializable(typeof(Vendor))]
[JsonSerializable(typeof(IReadOnlyList<Vendor>))]
[JsonSerializable(typeof(Invoice))]
[JsonSerializable(typeof(IReadOnlyList<Invoice>))]
[JsonSerializable(typeof(ExpenseCreate))]
[JsonSerializable(typeof(Expense))]
[JsonSerializable(typeof(IReadOnlyList<Expense>))]
[JsonSerializable(typeof(TimeOffCreate))]
[JsonSerializable(typeof(TimeOffRequest))]
[JsonSerializable(typeof(IReadOnlyList<TimeOffRequest>))]
[JsonSerializable(typeof(Payslip))]
[JsonSerializable(typeof(GraphUser))]
[JsonSerializable(typeof(GraphUserCollection))]
[JsonSerializable(typeof(GraphErrorResponse))]
[JsonSerializable(typeof(UserProfile))]
[JsonSerializable(typeof(UserInfoResponse))]
internal sealed partial class SandboxJsonContext : JsonSerializerContext;
