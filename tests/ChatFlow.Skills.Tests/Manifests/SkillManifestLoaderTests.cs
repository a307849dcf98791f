using ChatFlow.Skills.Manifests;

namespace ChatFlow.Skills.Tests.Manifests;

public class SkillManifestLoaderTests
{
    private const string Minimal = """
        id: test.skill
        version: 2
        name: { en: Test, ko: 테스트 }
        utterances:
          en: ["do the test {thing}"]
        slots:
          - name: thing
            type: text
            required: true
        action: { connector: acme-erp, operation: op, connection: acme, arguments: { x: "{thing}" } }
        reply: { en: "Done {result.id} for {thing}" }
        """;

    [Fact]
    public void Load_VendorManifest_LoadsEveryField()
    {
        var result = SkillManifestLoader.Load(Path.Combine(TestCatalogs.SkillsDirectory, "erp.vendor.register.yaml"));

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var m = result.Manifest!;
        Assert.Equal("erp.vendor.register", m.Id);
        Assert.Equal(1, m.Version);
        Assert.Equal("업체 등록", m.Name.Get("ko"));
        Assert.Equal(["vendorName", "businessRegistrationNumber", "address", "contactEmail"], m.Slots.Select(s => s.Name));
        Assert.Equal(SlotType.Email, m.Slots[3].Type);
        Assert.Equal(@"^\d{3}-\d{2}-\d{5}$", m.Slots[1].Validation.Pattern);
        Assert.Equal(200, m.Slots[0].Validation.MaxLength);
        Assert.True(m.Confirm);
        Assert.Equal("createVendor", m.Action.Operation);
        Assert.Equal("Acme ERP", m.Action.SystemName.Get("en"));
        Assert.Equal("{vendorName}", m.Action.Arguments.Single(a => a.Key == "name").Value);
        Assert.Equal(12, m.Utterances["ko"].Count);
    }

    [Fact]
    public void LoadText_ReplyWithFormats_LoadsAndKeepsTheTemplate()
    {
        const string reply = "Done {result.id}: {result.total:money(result.currency)}, {result.fee:money(KRW)}, {thing:money}, {result.due:date}, {result.month:month}, {result.count:number}";
        var text = Minimal.Replace("Done {result.id} for {thing}", reply, StringComparison.Ordinal);

        var result = SkillManifestLoader.LoadText(text, "skills/formats.yaml");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(reply, result.Manifest!.Reply!.Get("en"));
    }

    [Fact]
    public void Load_ShippedPayslipManifest_UsesReplyFormats()
    {
        var result = SkillManifestLoader.Load(Path.Combine(TestCatalogs.SkillsDirectory, "hr.payslip.show.yaml"));

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var payslip = result.Manifest!;
        Assert.Contains("{result.netPay:money(result.currency)}", payslip.Reply!.Get("ko"), StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_Json_IsAcceptedAsYaml()
    {
        var json = """{"id":"json.skill","version":1,"name":"Json","utterances":{"en":["json please"]},"action":{"connector":"c","operation":"o","connection":"x"}}""";

        var result = SkillManifestLoader.LoadText(json, "skills/json.json");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal("Json", result.Manifest!.Name.Get("ko"));
    }

    [Theory]
    [InlineData("type: text", "type: colour", "slots[0].type", "'colour' is not a slot type")]
    [InlineData("id: test.skill", "idx: test.skill", "id", "Missing required field 'id'")]
    [InlineData("required: true", "required: true\n    validation: { pattern: '([a-' }", "slots[0].validation.pattern", "is not a valid regular expression")]
    [InlineData("x: \"{thing}\"", "x: \"{other}\"", "action.arguments.x", "'{other}'")]
    [InlineData("\"do the test {thing}\"", "\"do the test {nope}\"", "utterances.en[0]", "'{nope}'")]
    [InlineData("for {thing}", "for {missing}", "reply.en", "'{missing}'")]
    public void LoadText_BrokenManifest_ReportsFieldAndPosition(string find, string replace, string field, string message)
    {
        var yaml = Minimal.Replace(find, replace);

        var result = SkillManifestLoader.LoadText(yaml, "skills/test.yaml");

        Assert.Null(result.Manifest);
        var error = Assert.Single(result.Errors, e => e.Field == field);
        Assert.Contains(message, error.Message);
        Assert.Equal("skills/test.yaml", error.Source);
        Assert.True(error.Line > 0 && error.Column > 0);
        Assert.StartsWith($"skills/test.yaml:{error.Line}:{error.Column}: {field}:", error.ToString());
    }

    [Fact]
    public void LoadText_DuplicateSlotNames_ReportsSecondSlotLine()
    {
        var yaml = Minimal.Replace("    required: true", "    required: true\n  - name: thing\n    type: number");

        var result = SkillManifestLoader.LoadText(yaml, "dup.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal("slots[1].name", error.Field);
        Assert.Contains("Duplicate slot name 'thing'", error.Message);
        Assert.Equal(10, error.Line);
    }

    [Fact]
    public void LoadText_InvalidYaml_ReportsPosition()
    {
        var result = SkillManifestLoader.LoadText("id: [unclosed", "bad.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Contains("Invalid YAML", error.Message);
        Assert.True(error.Line >= 1);
    }

    [Fact]
    public void LoadDirectory_BadFileAmongGood_SkipsItAndLoadsTheRest()
    {
        var dir = Directory.CreateTempSubdirectory("chatflow-skills-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "good.yaml"), Minimal);
            File.WriteAllText(Path.Combine(dir.FullName, "good3.yaml"), Minimal.Replace("version: 2", "version: 3"));
            File.WriteAllText(Path.Combine(dir.FullName, "bad.yaml"), Minimal.Replace("type: text", "type: colour"));
            File.WriteAllText(Path.Combine(dir.FullName, "notes.txt"), "ignored");

            var result = SkillCatalog.LoadDirectory(dir.FullName);

            Assert.Single(result.Errors);
            Assert.EndsWith("bad.yaml", result.Errors[0].Source);
            Assert.Equal(3, result.Catalog.Find("test.skill")!.Version);
            Assert.Equal(2, result.Catalog.Find("test.skill", 2)!.Version);
            Assert.Null(result.Catalog.Find("test.skill", 1));
            Assert.Single(result.Catalog.Skills);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void With_NewVersion_LeavesOldSnapshotUnchanged()
    {
        var v2 = TestCatalogs.Parse(Minimal);
        var old = SkillCatalog.Create([v2]);

        var updated = old.With(v2 with { Version = 5 });

        Assert.Equal(2, old.Find("test.skill")!.Version);
        Assert.Equal(5, updated.Find("test.skill")!.Version);
        Assert.NotNull(updated.Find("test.skill", 2));
    }
}
