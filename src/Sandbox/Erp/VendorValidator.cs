using System.Net.Mail;
using System.Text.RegularExpressions;

namespace ChatFlow.Sandbox.Erp;

/// <summary>Checks a <see cref="VendorCreate"/> against the OpenAPI schema; errors are keyed by JSON property name.</summary>
internal static partial class VendorValidator
{
    public static Dictionary<string, string[]> Validate(VendorCreate vendor)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Text(errors, "name", vendor.Name, 200);
        Text(errors, "address", vendor.Address, 500);

        if (string.IsNullOrEmpty(vendor.BusinessRegistrationNumber))
        {
            errors["businessRegistrationNumber"] = ["Enter the business registration number."];
        }
        else if (!BusinessRegistrationNumber().IsMatch(vendor.BusinessRegistrationNumber))
        {
            errors["businessRegistrationNumber"] = ["Use the format 000-00-00000 (3, 2 and 5 digits)."];
        }

        if (string.IsNullOrEmpty(vendor.ContactEmail))
        {
            errors["contactEmail"] = ["Enter the contact email."];
        }
        else if (vendor.ContactEmail.Length > 254 || !IsEmail(vendor.ContactEmail))
        {
            errors["contactEmail"] = ["Enter a valid email address of at most 254 characters, e.g. ap@vendor.example."];
        }

        return errors;
    }

    private static void Text(Dictionary<string, string[]> errors, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [$"Enter the {field}."];
        }
        else if (value.Length > maxLength)
        {
            errors[field] = [$"Use at most {maxLength} characters."];
        }
    }

    private static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address)
        && string.Equals(address.Address, value, StringComparison.Ordinal)
        && address.Host.Contains('.', StringComparison.Ordinal);

    [GeneratedRegex("^[0-9]{3}-[0-9]{2}-[0-9]{5}$", RegexOptions.CultureInvariant)]
    private static partial Regex BusinessRegistrationNumber();
}
