using System.Net.Http.Json;
using System.Text.Json;

namespace ChatFlow.Sandbox.Tests.Infrastructure;

internal static class VendorRequests
{
    public const string VendorsPath = "/sandbox/api/erp/vendors";

    public static object ValidBody(string? name = null) => new
    {
        name = name ?? "Vendor " + Guid.NewGuid().ToString("N")[..8],
        businessRegistrationNumber = "123-45-67890",
        address = "1 Test-ro, Seoul",
        contactEmail = "ap@vendor.example",
    };

    public static async Task<HttpResponseMessage> CreateAsync(HttpClient api, object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, VendorsPath) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await api.SendAsync(request);
    }

    public static async Task<int> CountAsync(HttpClient api)
    {
        var vendors = await api.GetFromJsonAsync<JsonElement>(VendorsPath);
        return vendors.GetArrayLength();
    }
}
