using ChatFlow.Skills.Manifests;

namespace ChatFlow.Skills.Tests.Manifests;

public sealed class ManifestRulesTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("chatflow-manifests-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void LoadText_Sample_ReadsApprovalAndSlots()
    {
        var result = SkillManifestLoader.LoadText(ManifestSamples.Yaml, "sample.yaml", ManifestSamples.Rules);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var approval = result.Manifest!.Approval!;
        Assert.Equal(ApproverKind.Manager, approval.Approver);
        Assert.Equal(TimeSpan.FromDays(2), approval.Timeout);
        Assert.Equal(TimeSpan.FromDays(1), approval.Reminder);
        Assert.Equal(["goods", "services"], result.Manifest.FindSlot("category")!.Validation.Choices);
        Assert.Equal(1_000_000m, result.Manifest.FindSlot("amount")!.Validation.Max);
    }

    [Theory]
    [InlineData("role:finance", ApproverKind.Role, "finance")]
    [InlineData("user:alice@acme.test", ApproverKind.User, "alice@acme.test")]
    public void LoadText_RoleOrUserApprover_KeepsTheName(string approver, ApproverKind kind, string name)
    {
        var yaml = ManifestSamples.Yaml.Replace("approver: manager", "approver: " + approver, StringComparison.Ordinal)
            .Replace("  reminder: P1D\n", "", StringComparison.Ordinal).Replace("timeout: P2D", "timeout: P1DT12H", StringComparison.Ordinal);

        var approval = SkillManifestLoader.LoadText(yaml, "a.yaml", ManifestSamples.Rules).Manifest!.Approval!;

        Assert.Equal((kind, name, TimeSpan.FromHours(36), (TimeSpan?)null), (approval.Approver, approval.ApproverName, approval.Timeout!.Value, approval.Reminder));
        Assert.Equal(approver, approval.ToString());
    }

    [Theory]
    [InlineData("PT30M", 30 * 60)]
    [InlineData("PT4H", 4 * 3600)]
    [InlineData("P1DT2H3M4S", 93784)]
    [InlineData("P2DT", -1)]
    [InlineData("P", -1)]
    [InlineData("PT0S", -1)]
    [InlineData("P1M2D", -1)]
    [InlineData("2 days", -1)]
    public void TryParseDuration_Iso8601DaysToSeconds_ParsesOrRejects(string text, int seconds)
    {
        var ok = ManifestParser.TryParseDuration(text, out var value);

        Assert.Equal(seconds >= 0, ok);
        if (ok)
        {
            Assert.Equal(TimeSpan.FromSeconds(seconds), value);
        }
    }

    [Fact]
    public void LoadText_JsonWithTabs_Loads()
    {
        var json = ManifestSamples.Json.Replace("  ", "\t", StringComparison.Ordinal);

        var result = SkillManifestLoader.LoadText(json, "tabs.json", ManifestSamples.Rules);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal("getVendor", result.Manifest!.Action.Operation);
    }

    [Fact]
    public void LoadText_JsonByContentWithoutExtension_IsReadAsJson()
    {
        var result = SkillManifestLoader.LoadText(ManifestSamples.Json.Replace("\"version\": 1,", "\"version\": 1,,", StringComparison.Ordinal), "body", ManifestSamples.Rules);

        Assert.StartsWith("Invalid JSON", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Lenient_FewUtterancesAndAnyConnector_Load()
    {
        var yaml = ManifestSamples.Yaml.Replace("    - 공급업체 추가\n    - 업체 등록해줘\n", "", StringComparison.Ordinal)
            .Replace("connector: acme-erp", "connector: anything", StringComparison.Ordinal);

        Assert.True(SkillManifestLoader.LoadText(yaml, "x.yaml").IsValid);
        Assert.Equal("utterances.ko", Assert.Single(SkillManifestLoader.LoadText(yaml, "x.yaml", ManifestRules.Registration).Errors).Field);
    }

    [Fact]
    public void LoadPaths_SameIdAndVersionInTwoFiles_ReportsBothFilesAndSkipsBoth()
    {
        var a = Write("a.yaml", ManifestSamples.Yaml);
        var b = Write(Path.Combine("nested", "b.yaml"), ManifestSamples.Yaml);
        var v2 = Write("c.yaml", ManifestSamples.Yaml.Replace("version: 1", "version: 2", StringComparison.Ordinal));

        var result = SkillCatalog.LoadPaths([_folder.FullName], ManifestSamples.Rules);

        Assert.Equal(
            [$"{a}:1:5: id: Duplicate skill id: 'test.vendor.create' version 1 is also defined in '{b}'.",
             $"{b}:1:5: id: Duplicate skill id: 'test.vendor.create' version 1 is also defined in '{a}'."],
            result.Errors.Select(e => e.ToString()));
        Assert.Equal(2, result.Catalog.Find("test.vendor.create")!.Version);
        Assert.Null(result.Catalog.Find("test.vendor.create", 1));
        Assert.Equal(v2, result.Catalog.Find("test.vendor.create")!.Source);
    }

    [Fact]
    public void LoadPaths_FileAndMissingPath_LoadsFileAndReportsMissing()
    {
        var file = Write("one.json", ManifestSamples.Json);
        var missing = Path.Combine(_folder.FullName, "missing.yaml");

        var result = SkillCatalog.LoadPaths([file, missing], ManifestSamples.Rules);

        Assert.Equal($"{missing}:0:0: : No such file or folder.", Assert.Single(result.Errors).ToString());
        Assert.NotNull(result.Catalog.Find("test.json.skill"));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
