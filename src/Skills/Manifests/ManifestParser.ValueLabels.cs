using YamlDotNet.RepresentationModel;

namespace ChatFlow.Skills.Manifests;

/// <summary>The texts result values read as per language (<c>valueLabels</c>).</summary>
internal sealed partial class ManifestParser
{
    /// <summary>Reads <c>valueLabels</c>: a mapping of placeholder names (<c>result.&lt;field&gt;</c>, or
    /// <c>item.&lt;field&gt;</c> with a <c>replyItem</c>) that a reply template uses, each to a mapping of values to
    /// texts (a text, or <c>{ en, ko }</c>).</summary>
    private Dictionary<string, IReadOnlyDictionary<string, LocalizedText>> ParseValueLabels(YamlMappingNode root, LocalizedText? reply, LocalizedText? replyItem)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, LocalizedText>>(StringComparer.Ordinal);
        var node = Child(root, "valueLabels");
        if (node is null)
        {
            return result;
        }

        if (node is not YamlMappingNode map)
        {
            WrongType(node, "valueLabels", "a mapping of result placeholders (e.g. item.status) to their values' texts");
            return result;
        }

        // The placeholders the reply templates show without a format: those are the ones a label can replace.
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var template in new[] { reply?.En, reply?.Ko, replyItem?.En, replyItem?.Ko })
        {
            foreach (var placeholder in template is null ? Enumerable.Empty<string>() : Templates.Names(template))
            {
                if (Templates.Split(placeholder) is (var shownName, null))
                {
                    shown.Add(shownName);
                }
            }
        }

        foreach (var (keyNode, valueNode) in map.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? "";
            var path = "valueLabels." + name;
            var isResult = name.StartsWith("result.", StringComparison.Ordinal) && name.Length > "result.".Length;
            var isItem = name.StartsWith("item.", StringComparison.Ordinal) && name.Length > "item.".Length;
            if (!isResult && !isItem)
            {
                Error(keyNode, path, $"'{name}' is not a result placeholder; write 'result.<field>' or 'item.<field>', e.g. item.status.");
                continue;
            }

            if (isItem && replyItem is null)
            {
                Error(keyNode, path, $"'{name}' labels an item field, but the manifest has no 'replyItem' to show it in.");
                continue;
            }

            if (!shown.Contains(name))
            {
                var hint = Suggestions.Closest(name, shown) is { } match ? $"; did you mean '{match}'?" : ".";
                Error(keyNode, path, $"No reply template shows '{{{name}}}' without a format, so its labels would never be used{hint}");
                continue;
            }

            if (valueNode is not YamlMappingNode values || values.Children.Count == 0)
            {
                WrongType(valueNode, path, "a mapping of values to their text (a text, or a mapping with 'en' and 'ko'), e.g. open: { en: open, ko: 미지급 }");
                continue;
            }

            var labels = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
            foreach (var valueKey in values.Children.Keys)
            {
                var value = (valueKey as YamlScalarNode)?.Value ?? "";
                if (value.Trim().Length == 0)
                {
                    Error(valueKey, path, "A value must not be empty.");
                    continue;
                }

                if (Localized(values, path, value, required: true) is { } label)
                {
                    labels[value] = label;
                }
            }

            result[name] = labels;
        }

        return result;
    }
}
