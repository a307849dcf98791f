using ChatFlow.Skills.Manifests;

namespace ChatFlow.Skills.Tests.Manifests;

/// <summary>One broken thing per manifest: the loader reports exactly one error, at the right place, saying what is
/// wrong (with a suggestion when a near name exists).</summary>
public class MalformedManifestTests
{
    /// <summary>Case name, sample (yaml | json), text to find, replacement, expected <c>line:col: field: message</c>.</summary>
    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        // Unknown fields, with and without a suggestion.
        { "unknown top-level field", "yaml", "confirm: true", "confrim: true", "42:1: confrim: Unknown field 'confrim'; did you mean 'confirm'?" },
        { "unknown field, no near name", "yaml", "confirm: true", "confirm: true\nxyzzy: 1", "43:1: xyzzy: Unknown field 'xyzzy'; expected one of id, version, name, description, utterances, slots, confirm, roles, approval, action, reply, replyItem, notFound, valueLabels." },
        { "unknown slot field", "yaml", "    required: true", "    requird: true", "27:5: slots[0].requird: Unknown field 'requird'; did you mean 'required'?" },
        { "unknown validation field", "yaml", "      maxLength: 200", "      maxLenght: 200", "31:7: slots[0].validation.maxLenght: Unknown field 'maxLenght'; did you mean 'maxLength'?" },
        { "unknown action field", "yaml", "  arguments:", "  argument:", "52:3: action.argument: Unknown field 'argument'; did you mean 'arguments'?" },
        { "unknown approval field", "yaml", "  reminder: P1D", "  remind: P1D", "47:3: approval.remind: Unknown field 'remind'; did you mean 'reminder'?" },
        { "unknown language in a text", "yaml", "ko: 업체 생성 }", "kr: 업체 생성 }", "3:30: name.kr: Unknown language 'kr'; did you mean 'ko'?" },
        { "unknown utterance language", "yaml", "  ko:\n    - 업체 생성", "  jp:\n    - 업체 생성", "15:3: utterances.jp: Unknown language 'jp'; expected one of en, ko." },

        // Wrong types.
        { "version is a quoted text", "yaml", "version: 1", "version: \"1\"", "2:10: version: Expected an integer, found a text." },
        { "version is a fraction", "yaml", "version: 1", "version: 1.5", "2:10: version: Expected an integer, found a number." },
        { "version below 1", "yaml", "version: 1", "version: 0", "2:10: version: 'version' must be an integer ≥ 1, not 0." },
        { "required is a text", "yaml", "    required: true", "    required: \"yes\"", "27:15: slots[0].required: Expected true or false, found a text." },
        { "confirm is yes (YAML 1.2 text)", "yaml", "confirm: true", "confirm: yes", "42:10: confirm: Expected true or false, found a text." },
        { "label is a number", "yaml", "    label: { en: Vendor name, ko: 업체명 }", "    label: 42", "28:12: slots[0].label: Expected a text or a mapping with 'en' (and optionally 'ko'), found an integer." },
        { "utterance is a number", "yaml", "    - new vendor", "    - 2024", "9:7: utterances.en[2]: Expected a text, found an integer; quote it: \"2024\"." },
        { "min is a text", "yaml", "      min: 1", "      min: one", "35:12: slots[1].validation.min: Expected a number, found a text." },
        { "roles is a text", "yaml", "roles: [finance]", "roles: finance", "43:8: roles: Expected a list, found a text." },
        { "slots is a mapping (JSON)", "json", "[{\"name\": \"item\", \"type\": \"text\", \"required\": true}]", "{\"name\": \"item\"}", "9:12: slots: Expected a list of slots, found a mapping." },
        { "slot is a text (JSON)", "json", "[{\"name\": \"item\", \"type\": \"text\", \"required\": true}]", "[\"item\"]", "9:13: slots[0]: Expected a slot (a mapping with name, type, required, …), found a text." },
        { "required is a quoted boolean (JSON)", "json", "\"required\": true", "\"required\": \"true\"", "9:58: slots[0].required: Expected true or false, found a text." },
        { "version is a string (JSON)", "json", "\"version\": 1", "\"version\": \"1\"", "3:14: version: Expected an integer, found a text." },

        // Missing required fields.
        { "missing id", "yaml", "id: test.vendor.create", "# no id", "2:1: id: Missing required field 'id'." },
        { "missing name.en", "yaml", "name: { en: Create a vendor, ko: 업체 생성 }", "name: { ko: 업체 생성 }", "3:7: name.en: Missing required field 'en' (English is the fallback)." },
        { "missing slot name", "yaml", "  - name: amount\n    type: money", "  - type: money", "32:5: slots[1].name: Missing required field 'name'." },
        { "missing action.connection", "yaml", "  connection: acme\n", "", "49:3: action.connection: Missing required field 'connection'." },
        { "missing approval.approver", "yaml", "  approver: manager\n", "", "45:3: approval.approver: Missing required field 'approver'." },
        { "missing action (JSON)", "json", ",\n  \"action\": {\"connector\": \"acme-erp\", \"operation\": \"getVendor\", \"connection\": \"acme\", \"arguments\": {\"id\": \"fixed\"}}", "", "1:1: action: Missing required field 'action' (connector, operation, connection, arguments)." },
        { "missing English utterances (JSON)", "json", "\"en\": [\"a one\", \"a two\", \"a three\", \"a four\", \"a five\", \"a six\", \"a seven\", \"a eight\"],\n    ", "", "5:17: utterances.en: Missing required field 'en' (English example utterances)." },

        // Bad values.
        { "slot type typo", "yaml", "    type: money", "    type: monye", "33:11: slots[1].type: 'monye' is not a slot type; did you mean 'money'?" },
        { "slot type unknown", "yaml", "    type: money", "    type: colour", "33:11: slots[1].type: 'colour' is not a slot type; expected one of text, number, money, date, daterange, duration, email, person, choice, boolean." },
        { "approver unknown", "yaml", "approver: manager", "approver: boss", "45:13: approval.approver: 'boss' is not an approver; use 'manager', 'role:<name>' or 'user:<subject>'." },
        { "approver typo", "yaml", "approver: manager", "approver: manger", "45:13: approval.approver: 'manger' is not an approver; did you mean 'manager'?" },
        { "timeout not ISO 8601", "yaml", "timeout: P2D", "timeout: 2d", "46:12: approval.timeout: '2d' is not a duration; write an ISO 8601 duration in days, hours, minutes or seconds, e.g. P2D, PT4H or P1DT12H." },
        { "reminder not before timeout", "yaml", "reminder: P1D", "reminder: P3D", "47:13: approval.reminder: 'reminder' (P3D) must be shorter than 'timeout' (P2D)." },
        { "skill id with capitals", "yaml", "id: test.vendor.create", "id: TestVendor", "1:5: id: 'TestVendor' is not a skill id: use two or more lower-case words (letters and digits) separated by dots, e.g. erp.vendor.register." },
        { "slot name starting with a digit", "yaml", "  - name: amount", "  - name: 2amount", "32:11: slots[1].name: '2amount' is not a slot name: use letters, digits and '_', starting with a letter." },
        { "empty utterance", "yaml", "    - new vendor", "    - \"\"", "9:7: utterances.en[2]: An utterance must not be empty." },
        { "duplicate role", "yaml", "roles: [finance]", "roles: [finance, finance]", "43:18: roles[1]: Duplicate value 'finance'." },

        { "slot role unknown", "yaml", "    required: true", "    required: true\n    role: company", "28:11: slots[0].role: 'company' is not a slot role; expected one of name, person, query, text." },
        { "slot role typo", "yaml", "    required: true", "    required: true\n    role: persn", "28:11: slots[0].role: 'persn' is not a slot role; did you mean 'person'?" },
        { "generic words is a text", "yaml", "    required: true", "    required: true\n    genericWords: vendor", "28:19: slots[0].genericWords: Expected a list, found a text." },

        // Semantic checks.
        { "duplicate slot name", "yaml", "  - name: amount", "  - name: vendorName", "32:11: slots[1].name: Duplicate slot name 'vendorName'." },
        { "reply names an undeclared slot", "yaml", "({vendorName}).", "({vendorNme}).", "56:7: reply.en: The template names '{vendorNme}', which is neither a declared slot nor '{result.<field>}'; did you mean '{vendorName}'?" },
        { "argument names an undeclared slot", "yaml", "category: \"{category}\"", "category: \"{kind}\"", "54:15: action.arguments.category: The template names '{kind}', which is not a declared slot." },
        { "utterance names an undeclared slot", "yaml", "    - create vendor {vendorName}", "    - create vendor {name}", "11:7: utterances.en[4]: The template names '{name}', which is not a declared slot." },
        { "too few Korean utterances", "yaml", "    - 공급업체 추가\n    - 업체 등록해줘\n", "", "16:5: utterances.ko: 6 example utterances; at least 8 are needed per language." },
        { "pattern is not a regex", "yaml", "      maxLength: 200", "      maxLength: 200\n      pattern: '([a-'", "32:16: slots[0].validation.pattern: '([a-' is not a valid regular expression: Invalid pattern '([a-' at offset 4. Unterminated [] set." },
        { "min greater than max", "yaml", "      min: 1", "      min: 2000000", "35:12: slots[1].validation.min: 'min' (2000000) is greater than 'max' (1000000)." },
        { "minLength greater than maxLength", "yaml", "      maxLength: 200", "      minLength: 300\n      maxLength: 200", "31:18: slots[0].validation.minLength: 'minLength' (300) is greater than 'maxLength' (200)." },
        { "date bound in part days", "yaml", "    type: money\n    validation:\n      min: 1", "    type: date\n    validation:\n      min: -0.5", "35:12: slots[1].validation.min: A date slot's 'min' is a whole number of days from today (0, -90, 365), not -0.5." },
        { "choice slot without choices", "yaml", "      choices: [goods, services]\n", "", "40:7: slots[2].validation.choices: A choice slot needs a non-empty 'choices' list." },
        { "choices on a text slot", "yaml", "    type: choice", "    type: text", "40:16: slots[2].validation.choices: Only a choice slot has 'choices'; set 'slots[2].type: choice' or remove them." },
        { "role on a money slot", "yaml", "    type: money", "    type: money\n    role: name", "34:11: slots[1].role: Only a text slot has a 'role'; this slot is a money." },
        { "generic words on a money slot", "yaml", "    type: money", "    type: money\n    genericWords: [cash]", "34:19: slots[1].genericWords: Only a text or choice slot has 'genericWords'; this slot is a money." },
        { "unknown connector", "yaml", "connector: acme-erp", "connector: acme-erpp", "49:14: action.connector: Unknown connector 'acme-erpp'; did you mean 'acme-erp'?" },
        { "unknown connector, no near id", "yaml", "connector: acme-erp", "connector: payroll", "49:14: action.connector: Unknown connector 'payroll'; known connectors: acme-erp." },
        { "unknown operation typo", "yaml", "operation: createVendor", "operation: createVendr", "50:14: action.operation: 'createVendr' is not an operation of connector 'acme-erp'; did you mean 'createVendor'?" },
        { "unknown operation", "yaml", "operation: createVendor", "operation: deleteEverything", "50:14: action.operation: 'deleteEverything' is not an operation of connector 'acme-erp'; its operations are createVendor, getMe, getVendor, listVendors." },

        // Choices with labels and synonyms.
        { "choice entry is a list", "yaml", "choices: [goods, services]", "choices: [goods, [services]]", "40:24: slots[2].validation.choices[1]: Expected a text or a mapping (value, label, synonyms), found a list." },
        { "choice without value", "yaml", "choices: [goods, services]", "choices: [goods, { label: Services }]", "40:24: slots[2].validation.choices[1].value: Missing required field 'value'." },
        { "unknown choice field", "yaml", "choices: [goods, services]", "choices: [goods, { value: services, lable: Services }]", "40:43: slots[2].validation.choices[1].lable: Unknown field 'lable'; did you mean 'label'?" },
        { "choice label picks another choice", "yaml", "choices: [goods, services]", "choices: [goods, { value: services, label: { en: Goods, ko: 서비스 } }]", "40:56: slots[2].validation.choices[1].label.en: 'Goods' already picks choice 'goods'; each value, label and synonym must pick one choice only." },
        { "synonym picks another choice", "yaml", "choices: [goods, services]", "choices: [{ value: goods, synonyms: [stuff] }, { value: services, synonyms: { ko: [STUFF] } }]", "40:90: slots[2].validation.choices[1].synonyms.ko[0]: 'STUFF' already picks choice 'goods'; each value, label and synonym must pick one choice only." },
        { "duplicate choice value in a mapping", "yaml", "choices: [goods, services]", "choices: [goods, { value: goods }]", "40:33: slots[2].validation.choices[1].value: Duplicate value 'goods'." },
        { "duplicate plain choice", "yaml", "choices: [goods, services]", "choices: [goods, goods]", "40:24: slots[2].validation.choices[1]: Duplicate value 'goods'." },
        { "synonyms in an unknown language", "yaml", "choices: [goods, services]", "choices: [goods, { value: services, synonyms: { jp: [x] } }]", "40:55: slots[2].validation.choices[1].synonyms.jp: Unknown language 'jp'; expected one of en, ko." },
        { "synonym is a number", "yaml", "choices: [goods, services]", "choices: [goods, { value: services, synonyms: [42] }]", "40:54: slots[2].validation.choices[1].synonyms[0]: Expected a text, found an integer; quote it: \"42\"." },
        { "synonyms is a text", "yaml", "choices: [goods, services]", "choices: [goods, { value: services, synonyms: help }]", "40:53: slots[2].validation.choices[1].synonyms: Expected a list or a mapping of lists per language (en, ko), found a text." },
        { "choice label empty", "yaml", "choices: [goods, services]", "choices: [goods, { value: services, label: { en: \"\" } }]", "40:56: slots[2].validation.choices[1].label.en: Must not be empty." },

        // Not-found reply.
        { "notFound names an undeclared slot", "yaml", "confirm: true", "confirm: true\nnotFound: \"No vendor {vendorNme}.\"", "43:11: notFound: The template names '{vendorNme}', which is not a declared slot; did you mean '{vendorName}'?" },
        { "notFound uses a result field", "yaml", "confirm: true", "confirm: true\nnotFound: { en: \"No {result.id}.\" }", "43:17: notFound.en: The template names '{result.id}', which is not a declared slot." },

        // Reply formats.
        { "unknown reply format", "yaml", "({vendorName}).", "({vendorName:mony}).", "56:7: reply.en: '{vendorName:mony}': Unknown format 'mony'; did you mean 'money'?" },
        { "unknown reply format, no near name", "yaml", "({vendorName}).", "({result.total:currency}).", "56:7: reply.en: '{result.total:currency}': Unknown format 'currency'; expected one of money, number, date, month, days." },
        { "reply format with an argument it does not take", "yaml", "({vendorName}).", "({result.due:date(long)}).", "56:7: reply.en: '{result.due:date(long)}': The format 'date' takes no argument; write 'date'." },
        { "reply format without its closing parenthesis", "yaml", "({vendorName}).", "({result.total:money(KRW}).", "56:7: reply.en: '{result.total:money(KRW}': 'money(KRW' is not a format; write a format name with an optional argument in parentheses, e.g. money(result.currency) or date." },
        { "money currency names nothing", "yaml", "({vendorName}).", "({result.total:money(currency)}).", "56:7: reply.en: '{result.total:money(currency)}': the currency 'currency' is neither a currency code (three capital letters, e.g. KRW) nor a declared slot or 'result.<field>'." },
        { "formatted placeholder names an undeclared slot", "yaml", "({vendorName}).", "({vendorNme:number}).", "56:7: reply.en: The template names '{vendorNme}', which is neither a declared slot nor '{result.<field>}'; did you mean '{vendorName}'?" },
        { "format in an utterance", "yaml", "    - create vendor {vendorName}", "    - create vendor {vendorName:number}", "11:7: utterances.en[4]: The template names '{vendorName:number}', which is not a declared slot." },
        { "format in a notFound reply names a result field", "yaml", "confirm: true", "confirm: true\nnotFound: { en: \"No {vendorName:money(result.currency)}.\" }", "43:17: notFound.en: '{vendorName:money(result.currency)}': the currency 'result.currency' is neither a currency code (three capital letters, e.g. KRW) nor a declared slot." },

        // Value labels.
        { "value labels for a slot", "yaml", "confirm: true", "confirm: true\nvalueLabels:\n  vendorName:\n    a: b", "44:3: valueLabels.vendorName: 'vendorName' is not a result placeholder; write 'result.<field>' or 'item.<field>', e.g. item.status." },
        { "value labels no reply shows", "yaml", "confirm: true", "confirm: true\nvalueLabels:\n  result.ids:\n    a: b", "44:3: valueLabels.result.ids: No reply template shows '{result.ids}' without a format, so its labels would never be used; did you mean 'result.id'?" },
        { "value labels for items without replyItem", "yaml", "confirm: true", "confirm: true\nvalueLabels:\n  item.status:\n    open: 미지급", "44:3: valueLabels.item.status: 'item.status' labels an item field, but the manifest has no 'replyItem' to show it in." },
        { "value label is a number", "yaml", "confirm: true", "confirm: true\nvalueLabels:\n  result.id:\n    open: 42", "45:11: valueLabels.result.id.open: Expected a text or a mapping with 'en' (and optionally 'ko'), found an integer." },
        { "value labels is a list", "yaml", "confirm: true", "confirm: true\nvalueLabels:\n  result.id: [open]", "44:14: valueLabels.result.id: Expected a mapping of values to their text (a text, or a mapping with 'en' and 'ko'), e.g. open: { en: open, ko: 미지급 }, found a list." },

        // Syntax.
        { "duplicate YAML key", "yaml", "version: 1", "version: 1\nversion: 2", "3:1: : Invalid YAML: Duplicate key version" },
        { "unclosed flow mapping", "yaml", "name: { en: Create a vendor, ko: 업체 생성 }", "name: { en: Create a vendor, ko: 업체 생성", "57:46: : Invalid YAML: the text ends inside a '{ … }' or '[ … ]'; look for an unclosed bracket." },
        { "root is a list", "raw", "", "- id: test.vendor.create\n- version: 1\n", "1:1: : A manifest is one mapping (id, version, name, …)." },
        { "empty document", "raw", "", "", "1:1: : A manifest is one mapping (id, version, name, …)." },
        { "JSON root is an array", "raw", "", "[{\"id\": \"a.b\"}]", "1:1: : A manifest is one mapping (id, version, name, …)." },
        { "JSON trailing comma", "json", "\"version\": 1,", "\"version\": 1,,", "3:16: : Invalid JSON: ',' is an invalid start of a property name. Expected a '\"'." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void LoadText_OneThingBroken_ReportsExactlyThatError(string name, string sample, string find, string replace, string expected)
    {
        var original = sample == "json" ? ManifestSamples.Json : ManifestSamples.Yaml;
        Assert.True(sample == "raw" || original.Contains(find, StringComparison.Ordinal), $"{name}: the sample has no '{find}'.");
        var source = sample == "json" ? "skills/broken.json" : "skills/broken.yaml";
        var text = sample == "raw" ? replace : original.Replace(find, replace, StringComparison.Ordinal);

        var result = SkillManifestLoader.LoadText(text, source, ManifestSamples.Rules);

        Assert.Null(result.Manifest);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"{source}:{expected}", error.ToString());
    }

    [Fact]
    public void Cases_AreAtLeastThirtyWithDistinctNames()
    {
        var names = Cases.Select(row => (string)row[0]).ToList();

        Assert.True(names.Count >= 30, $"{names.Count} cases");
        Assert.Equal(names.Count, names.Distinct().Count());
    }
}
