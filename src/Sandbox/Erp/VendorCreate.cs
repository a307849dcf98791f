using System.Text.Json.Serialization;

namespace ChatFlow.Sandbox.Erp;

/// <summary>Body of <c>createVendor</c> (schema <c>VendorCreate</c>); unknown properties are refused.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record VendorCreate(string? Name, string? BusinessRegistrationNumber, string? Address, string? ContactEmail);
