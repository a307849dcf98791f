using System.Net;
using System.Text.RegularExpressions;

namespace ChatFlow.Sandbox.Tests.Infrastructure;

/// <summary>The first HTML form with <c>username</c> and <c>password</c> inputs, as a scripted client reads it.</summary>
internal sealed partial record LoginForm(string? Action, Dictionary<string, string> Fields)
{
    public static LoginForm? Parse(string html)
    {
        foreach (Match form in FormTag().Matches(html))
        {
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Match input in InputTag().Matches(form.Groups["body"].Value))
            {
                var name = Attribute(input.Value, "name");
                if (name is not null)
                {
                    fields[name] = Attribute(input.Value, "value") ?? string.Empty;
                }
            }

            if (fields.ContainsKey("username") && fields.ContainsKey("password"))
            {
                return new LoginForm(Attribute(form.Groups["open"].Value, "action"), fields);
            }
        }

        return null;
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"(?<value>[^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups["value"].Value) : null;
    }

    [GeneratedRegex("(?<open><form[^>]*>)(?<body>.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormTag();

    [GeneratedRegex("<input[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputTag();
}
