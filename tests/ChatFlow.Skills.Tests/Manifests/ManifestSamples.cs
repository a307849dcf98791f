using ChatFlow.Skills.Manifests;

namespace ChatFlow.Skills.Tests.Manifests;

/// <summary>Valid manifests that the malformed cases break one thing at a time, and the connector catalog they use.</summary>
internal static class ManifestSamples
{
    internal static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> Connectors =
        new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
        {
            ["acme-erp"] = new HashSet<string>(["createVendor", "getVendor", "listVendors", "getMe"], StringComparer.Ordinal),
        };

    internal static ManifestRules Rules => ManifestRules.WithConnectors(Connectors);

    /// <summary>A valid YAML manifest; line numbers matter to the malformed cases.</summary>
    internal const string Yaml = """
        id: test.vendor.create
        version: 1
        name: { en: Create a vendor, ko: 업체 생성 }
        description: { en: Creates a vendor., ko: 업체를 생성합니다. }
        utterances:
          en:
            - create a vendor
            - add a vendor
            - new vendor
            - make a vendor record
            - create vendor {vendorName}
            - add {vendorName} as a vendor
            - onboard a supplier
            - set up a vendor
          ko:
            - 업체 생성
            - 업체 추가
            - 새 업체
            - 거래처 생성
            - "{vendorName} 업체 생성"
            - 공급업체 추가
            - 업체 등록해줘
            - 거래처 만들어줘
        slots:
          - name: vendorName
            type: text
            required: true
            label: { en: Vendor name, ko: 업체명 }
            prompt: { en: "What is the vendor's name?", ko: "업체명을 알려 주세요." }
            validation:
              maxLength: 200
          - name: amount
            type: money
            validation:
              min: 1
              max: 1000000
          - name: category
            type: choice
            validation:
              choices: [goods, services]
              error: { en: Pick goods or services., ko: 상품 또는 서비스를 고르세요. }
        confirm: true
        roles: [finance]
        approval:
          approver: manager
          timeout: P2D
          reminder: P1D
        action:
          connector: acme-erp
          operation: createVendor
          connection: acme
          arguments:
            name: "{vendorName}"
            category: "{category}"
        reply:
          en: "Created vendor {result.id} ({vendorName})."
          ko: "업체 {result.id}({vendorName})를 생성했습니다."
        """;

    /// <summary>A valid JSON manifest without placeholders (so a broken slot does not cascade).</summary>
    internal const string Json = """
        {
          "id": "test.json.skill",
          "version": 1,
          "name": {"en": "Json skill", "ko": "제이슨"},
          "utterances": {
            "en": ["a one", "a two", "a three", "a four", "a five", "a six", "a seven", "a eight"],
            "ko": ["가 일", "가 이", "가 삼", "가 사", "가 오", "가 육", "가 칠", "가 팔"]
          },
          "slots": [{"name": "item", "type": "text", "required": true}],
          "action": {"connector": "acme-erp", "operation": "getVendor", "connection": "acme", "arguments": {"id": "fixed"}}
        }
        """;
}
