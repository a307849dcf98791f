using System.Globalization;

namespace ChatFlow.Sandbox.Erp;

/// <summary>Vendor ids: <c>V-</c> followed by the sequential number.</summary>
internal static class VendorId
{
    private const string Prefix = "V-";

    public static string Format(long number) => Prefix + number.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? id, out long number)
    {
        number = 0;
        return id is not null
            && id.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(id.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }
}
