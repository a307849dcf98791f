using System.Text.RegularExpressions;

namespace ChatFlow.Sandbox.Graph;

/// <summary>The part of OData <c>$filter</c> the sandbox directory understands: clauses
/// <c>startswith(prop,'text')</c> and <c>prop eq 'text'</c> joined by <c>or</c>, over <c>displayName</c>,
/// <c>givenName</c>, <c>surname</c>, <c>mail</c>, <c>userPrincipalName</c> and <c>department</c>; case-insensitive like
/// Graph.</summary>
/// <remarks>https://learn.microsoft.com/graph/filter-query-parameter</remarks>
internal static partial class GraphFilter
{
    [GeneratedRegex(@"^\s*(?:startswith\(\s*(?<prop>\w+)\s*,\s*'(?<value>(?:[^']|'')*)'\s*\)|(?<prop>\w+)\s+eq\s+'(?<eqvalue>(?:[^']|'')*)')\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Clause();

    [GeneratedRegex(@"\s+or\s+(?=(?:[^']*'[^']*')*[^']*$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Or();

    /// <summary>A predicate for <paramref name="filter"/>, or <see langword="null"/> when it is not supported.</summary>
    public static Func<GraphUser, bool>? Parse(string filter)
    {
        var clauses = new List<Func<GraphUser, bool>>();
        foreach (var part in Or().Split(filter))
        {
            var match = Clause().Match(part);
            if (!match.Success)
            {
                return null;
            }

            Func<GraphUser, string>? property = match.Groups["prop"].Value.ToLowerInvariant() switch
            {
                "displayname" => u => u.DisplayName,
                "givenname" => u => u.GivenName,
                "surname" => u => u.Surname,
                "mail" => u => u.Mail,
                "userprincipalname" => u => u.UserPrincipalName,
                "department" => u => u.Department,
                _ => null,
            };
            if (property is null)
            {
                return null;
            }

            var startsWith = match.Groups["value"].Success;
            var value = (startsWith ? match.Groups["value"].Value : match.Groups["eqvalue"].Value).Replace("''", "'", StringComparison.Ordinal);
            clauses.Add(startsWith
                ? u => property(u).StartsWith(value, StringComparison.OrdinalIgnoreCase)
                : u => string.Equals(property(u), value, StringComparison.OrdinalIgnoreCase));
        }

        return clauses.Count == 0 ? null : u => clauses.Any(c => c(u));
    }
}
