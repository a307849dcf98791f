using System.Globalization;
using System.Text.Json;

namespace ChatFlow.Integrations.Connectors;

/// <summary>Flattens a JSON result body into text fields for reply templates: scalars by their path, nested objects
/// as <c>a.b</c>, arrays as <c>a.count</c> and <c>a.0.b</c> (a top-level array as <c>count</c>, <c>0.b</c>).
/// Numbers as written, booleans <c>true</c>/<c>false</c>, nulls omitted.</summary>
internal static class ResultFields
{
    /// <summary>Array items flattened per array; <c>count</c> still says how many there are.</summary>
    public const int MaxItems = 20;

    private const int MaxDepth = 4;

    public static Dictionary<string, string> Flatten(JsonElement body)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(fields, "", body, 0);
        return fields;
    }

    private static void Add(Dictionary<string, string> fields, string path, JsonElement value, int depth)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object when depth <= MaxDepth:
                foreach (var property in value.EnumerateObject())
                {
                    Add(fields, Join(path, property.Name), property.Value, depth + 1);
                }

                break;
            case JsonValueKind.Array when depth <= MaxDepth:
                fields[Join(path, "count")] = value.GetArrayLength().ToString(CultureInfo.InvariantCulture);
                var index = 0;
                foreach (var item in value.EnumerateArray().Take(MaxItems))
                {
                    Add(fields, Join(path, index.ToString(CultureInfo.InvariantCulture)), item, depth + 1);
                    index++;
                }

                break;
            case JsonValueKind.String when path.Length > 0:
                fields[path] = value.GetString()!;
                break;
            case JsonValueKind.Number when path.Length > 0:
                fields[path] = value.GetRawText();
                break;
            case JsonValueKind.True or JsonValueKind.False when path.Length > 0:
                fields[path] = value.ValueKind == JsonValueKind.True ? "true" : "false";
                break;
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;
}
