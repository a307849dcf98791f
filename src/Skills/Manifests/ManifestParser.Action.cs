using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ChatFlow.Skills.Manifests;

/// <summary>The action (connector call) and the approval step.</summary>
internal sealed partial class ManifestParser
{
    internal static readonly string[] ActionFields = ["connector", "operation", "connection", "arguments", "systemName"];

    internal static readonly string[] ApprovalFields = ["approver", "timeout", "reminder"];

    private SkillAction? ParseAction(YamlMappingNode root, HashSet<string> slotNames)
    {
        var node = Child(root, "action");
        if (node is null)
        {
            Error(root, "action", "Missing required field 'action' (connector, operation, connection, arguments).");
            return null;
        }

        if (node is not YamlMappingNode map)
        {
            WrongType(node, "action", "a mapping (connector, operation, connection, arguments, systemName)");
            return null;
        }

        CheckFields(map, "action", ActionFields);
        var connector = RequiredText(map, "action", "connector");
        var operation = RequiredText(map, "action", "operation");
        var connection = RequiredText(map, "action", "connection");
        var systemName = Localized(map, "action", "systemName", required: false);
        CheckConnector(map, connector, operation);
        var arguments = new List<KeyValuePair<string, string>>();
        var argsNode = Child(map, "arguments");
        if (argsNode is YamlMappingNode args)
        {
            foreach (var (keyNode, valueNode) in args.Children)
            {
                var key = ((YamlScalarNode)keyNode).Value ?? "";
                var path = "action.arguments." + key;
                var template = Text(valueNode, path);
                if (template is null)
                {
                    continue;
                }

                CheckTemplateText(valueNode, path, template, slotNames, allowResult: false);
                arguments.Add(new(key, template));
            }
        }
        else if (argsNode is not null)
        {
            WrongType(argsNode, "action.arguments", "a mapping of argument names to templates like \"{vendorName}\"");
        }

        if (connector is null || operation is null || connection is null)
        {
            return null;
        }

        return new SkillAction
        {
            Connector = connector,
            Operation = operation,
            Connection = connection,
            Arguments = arguments,
            SystemName = systemName ?? new LocalizedText(DeriveSystemName(connector)),
        };
    }

    private void CheckConnector(YamlMappingNode action, string? connector, string? operation)
    {
        if (rules.Connectors is not { } connectors || connector is null)
        {
            return;
        }

        if (!connectors.TryGetValue(connector, out var operations))
        {
            var known = connectors.Keys.Order(StringComparer.Ordinal).ToList();
            Error(Child(action, "connector")!, "action.connector", $"Unknown connector '{connector}'" + Suggestions.Hint(connector, known,
                known.Count == 0 ? "; no connectors are installed." : $"; known connectors: {string.Join(", ", known)}."));
            return;
        }

        if (operation is not null && !operations.Contains(operation))
        {
            var known = operations.Order(StringComparer.Ordinal).ToList();
            Error(Child(action, "operation")!, "action.operation", $"'{operation}' is not an operation of connector '{connector}'"
                + Suggestions.Hint(operation, known, $"; its operations are {string.Join(", ", known)}."));
        }
    }

    private SkillApproval? ParseApproval(YamlMappingNode root)
    {
        var node = Child(root, "approval");
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMappingNode map)
        {
            WrongType(node, "approval", "a mapping (approver, timeout, reminder)");
            return null;
        }

        CheckFields(map, "approval", ApprovalFields);
        var approver = RequiredText(map, "approval", "approver");
        ApproverKind? kind = null;
        string? approverName = null;
        if (approver is not null)
        {
            var match = ApproverPattern().Match(approver);
            if (approver == "manager")
            {
                kind = ApproverKind.Manager;
            }
            else if (match.Success)
            {
                kind = match.Groups[1].Value == "role" ? ApproverKind.Role : ApproverKind.User;
                approverName = match.Groups[2].Value;
            }
            else
            {
                var hint = Suggestions.Closest(approver, ["manager"]) is not null ? "; did you mean 'manager'?"
                    : "; use 'manager', 'role:<name>' or 'user:<subject>'.";
                Error(Child(map, "approver")!, "approval.approver", $"'{approver}' is not an approver" + hint);
            }
        }

        var timeout = Duration(map, "timeout");
        var reminder = Duration(map, "reminder");
        if (timeout is not null && reminder is not null && reminder >= timeout)
        {
            Error(Child(map, "reminder")!, "approval.reminder",
                $"'reminder' ({((YamlScalarNode)Child(map, "reminder")!).Value}) must be shorter than 'timeout' ({((YamlScalarNode)Child(map, "timeout")!).Value}).");
        }

        return kind is { } k ? new SkillApproval { Approver = k, ApproverName = approverName, Timeout = timeout, Reminder = reminder } : null;
    }

    private TimeSpan? Duration(YamlMappingNode map, string key)
    {
        var path = "approval." + key;
        if (Child(map, key) is not { } node || Text(node, path) is not { } text)
        {
            return null;
        }

        if (TryParseDuration(text, out var value))
        {
            return value;
        }

        Error(node, path, $"'{text}' is not a duration; write an ISO 8601 duration in days, hours, minutes or seconds, e.g. P2D, PT4H or P1DT12H.");
        return null;
    }

    /// <summary>Parses <c>P[nD][T[nH][nM][nS]]</c> (at least one part, greater than zero).</summary>
    internal static bool TryParseDuration(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        var m = DurationPattern().Match(text);
        if (!m.Success || text is "P" or "PT" || text.EndsWith('T'))
        {
            return false;
        }

        static long Part(Group g) => g.Success ? long.Parse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        try
        {
            value = TimeSpan.FromDays(Part(m.Groups["d"])) + TimeSpan.FromHours(Part(m.Groups["h"]))
                + TimeSpan.FromMinutes(Part(m.Groups["m"])) + TimeSpan.FromSeconds(Part(m.Groups["s"]));
        }
        catch (OverflowException)
        {
            return false;
        }

        return value > TimeSpan.Zero;
    }

    private static string DeriveSystemName(string connector)
    {
        var words = connector.Split(['-', '_', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length <= 3
                ? w.ToUpperInvariant()
                : char.ToUpperInvariant(w[0]) + w[1..]);
        return string.Join(' ', words);
    }

    [GeneratedRegex(@"^(role|user):(\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ApproverPattern();

    [GeneratedRegex(@"^P(?:(?<d>\d{1,6})D)?(?:T(?:(?<h>\d{1,6})H)?(?:(?<m>\d{1,6})M)?(?:(?<s>\d{1,6})S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();
}
