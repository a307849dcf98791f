using System.CommandLine;
using ChatFlow.Bot.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace ChatFlow.Bot.Tests.Cli;

public sealed class SkillsCommandTests : IDisposable
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "manifests", "skills");
    private readonly string _folder = Directory.CreateTempSubdirectory("chatflow-skills-cli-").FullName;
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Validate_ShippedManifestsWithShippedConnectors_ExitsZero()
    {
        var exitCode = await RunAsync("skills", "validate", Shipped);

        Assert.True(exitCode == 0, _error.ToString() + _output);
        Assert.StartsWith("OK: ", _output.ToString(), StringComparison.Ordinal);
        Assert.Equal("", _error.ToString());
    }

    [Fact]
    public async Task Validate_BrokenFileAmongGood_PrintsFileLineColumnFieldMessageAndExitsOne()
    {
        var bad = Write("bad.yaml", VendorManifest().Replace("type: email", "type: emial", StringComparison.Ordinal));
        var good = Write("good.yaml", VendorManifest().Replace("version: 1", "version: 2", StringComparison.Ordinal));

        var exitCode = await RunAsync("skills", "validate", bad, good);

        Assert.Equal(1, exitCode);
        var line = LineOf(VendorManifest(), "type: email");
        Assert.Equal([$"{bad}:{line}:11: slots[3].type: 'emial' is not a slot type; did you mean 'email'?"], Lines(_output));
        Assert.Contains("1 error in 1 file; 1 valid manifest.", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_DirectoryWithOtherConnectors_ReportsUnknownConnector()
    {
        Write("skill.yaml", VendorManifest());
        var connectors = Path.Combine(_folder, "connectors");
        Directory.CreateDirectory(connectors);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "manifests", "connectors", "acme.openapi.yaml"), Path.Combine(connectors, "acme.openapi.yaml"));
        File.WriteAllText(Path.Combine(connectors, "acme-hr.yaml"), "id: acme-hr\nkind: openapi\nopenapi: acme.openapi.yaml\nbaseUrl: /x\nconnection: acme\n");

        var exitCode = await RunAsync("skills", "validate", Path.Combine(_folder, "skill.yaml"), "--connectors", connectors);

        Assert.Equal(1, exitCode);
        var output = Assert.Single(Lines(_output));
        Assert.EndsWith("action.connector: Unknown connector 'acme-erp'; did you mean 'acme-hr'?", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingPath_ExitsOne()
    {
        var exitCode = await RunAsync("skills", "validate", Path.Combine(_folder, "nope.yaml"));

        Assert.Equal(1, exitCode);
        Assert.EndsWith("nope.yaml:0:0: : No such file or folder.", Assert.Single(Lines(_output)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_LocalFolder_PrintsIdVersionAndName()
    {
        Write("a.yaml", VendorManifest());

        var exitCode = await RunAsync("skills", "list", "--manifests", _folder);

        Assert.True(exitCode == 0, _error.ToString() + _output);
        Assert.Equal(["erp.vendor.register\t1\tfile\tRegister a vendor\ta.yaml"], Lines(_output));
    }

    [Fact]
    public async Task List_LocalManifestWithUnknownOperation_SkipsItAndExits1LikeTheHost()
    {
        Write("a.yaml", VendorManifest());
        Write("b.yaml", VendorManifest().Replace("id: erp.vendor.register", "id: erp.vendor.remove", StringComparison.Ordinal)
            .Replace("operation: createVendor", "operation: deleteVendor", StringComparison.Ordinal));

        var exitCode = await RunAsync("skills", "list", "--manifests", _folder);

        Assert.Equal(1, exitCode);
        Assert.Equal(["erp.vendor.register\t1\tfile\tRegister a vendor\ta.yaml"], Lines(_output));
        Assert.Contains("action.operation: 'deleteVendor' is not an operation of connector 'acme-erp'", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Server_GetsAdminSkillsWithTheBearerToken()
    {
        await using var server = await FakeAdminServer.StartAsync();

        var exitCode = await RunAsync("skills", "list", "--server", server.Address, "--token", "t0k");

        Assert.True(exitCode == 0, _error.ToString() + _output);
        Assert.Equal(["erp.vendor.register\t3\tenabled\tRegister a vendor", "hr.payslip.show\t1\tdisabled\tShow my payslip"], Lines(_output));
        Assert.Equal("Bearer t0k", server.LastAuthorization);
    }

    [Fact]
    public async Task Register_Yaml_PutsTextAsYamlAndPrintsNewVersion()
    {
        await using var server = await FakeAdminServer.StartAsync();
        var file = Write("vendor.yaml", VendorManifest());

        var exitCode = await RunAsync("skills", "register", file, "--server", server.Address, "--token", "t0k");

        Assert.True(exitCode == 0, _error.ToString() + _output);
        Assert.Equal(["Registered erp.vendor.register version 4 (enabled)."], Lines(_output));
        Assert.Equal(("PUT /admin/skills/erp.vendor.register", "application/yaml", VendorManifest()), (server.LastRequest, server.LastContentType, server.LastBody));
    }

    [Fact]
    public async Task Register_Json_SendsApplicationJson()
    {
        await using var server = await FakeAdminServer.StartAsync();
        var file = Write("vendor.json", """{"id":"json.skill","version":1,"name":"J","utterances":{"en":["j"]},"action":{"connector":"c","operation":"o","connection":"x"}}""");

        var exitCode = await RunAsync("skills", "register", file, "--server", server.Address, "--token", "t0k");

        Assert.True(exitCode == 0, _error.ToString() + _output);
        Assert.Equal(("PUT /admin/skills/json.skill", "application/json"), (server.LastRequest, server.LastContentType));
    }

    [Fact]
    public async Task Register_Rejected422_PrintsEachErrorAndExitsOne()
    {
        await using var server = await FakeAdminServer.StartAsync();
        var file = Write("vendor.yaml", VendorManifest().Replace("Register a vendor", "REJECT", StringComparison.Ordinal));

        var exitCode = await RunAsync("skills", "register", file, "--server", server.Address, "--token", "t0k");

        Assert.Equal(1, exitCode);
        Assert.Equal(
            ["skills/erp.vendor.register.yaml:12:5: slots[0].type: 'monye' is not a slot type; did you mean 'money'?",
             "skills/erp.vendor.register.yaml:40:14: action.connector: Unknown connector 'acme-erpp'; did you mean 'acme-erp'?"],
            Lines(_output));
        Assert.Contains("422", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_WithoutValidToken_PrintsProblemTitleAndExitsOne()
    {
        await using var server = await FakeAdminServer.StartAsync();
        var file = Write("vendor.yaml", VendorManifest());

        var exitCode = await RunAsync("skills", "register", file, "--server", server.Address, "--token", "wrong");

        Assert.Equal(1, exitCode);
        Assert.Contains("401", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("A bearer token is required.", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_LocallyBrokenFile_PrintsErrorsWithoutCallingTheServer()
    {
        await using var server = await FakeAdminServer.StartAsync();
        var file = Write("vendor.yaml", VendorManifest().Replace("id: erp.vendor.register", "idd: erp.vendor.register", StringComparison.Ordinal));

        var exitCode = await RunAsync("skills", "register", file, "--server", server.Address, "--token", "t0k");

        Assert.Equal(1, exitCode);
        Assert.Contains($"{file}:1:1: idd: Unknown field 'idd'; did you mean 'id'?", Lines(_output));
        Assert.Null(server.LastRequest);
    }

    private async Task<int> RunAsync(params string[] args)
    {
        var root = new RootCommand { Subcommands = { SkillsCommand.Create(_output, _error, AppContext.BaseDirectory) } };
        return await root.Parse(args).InvokeAsync();
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string VendorManifest() => File.ReadAllText(Path.Combine(Shipped, "erp.vendor.register.yaml"));

    private static int LineOf(string text, string find) => text[..text.IndexOf(find, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    private static string[] Lines(StringWriter writer) =>
        writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The admin API's contract (PUT/GET /admin/skills, 401 and 422 as problem+json) on 127.0.0.1:0.</summary>
    private sealed class FakeAdminServer : IAsyncDisposable
    {
        private WebApplication _app = null!;

        public string Address { get; private set; } = "";
        public string? LastRequest { get; private set; }
        public string? LastContentType { get; private set; }
        public string? LastBody { get; private set; }
        public string? LastAuthorization { get; private set; }

        public static async Task<FakeAdminServer> StartAsync()
        {
            var server = new FakeAdminServer();
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            app.Use(async (context, next) =>
            {
                server.LastAuthorization = context.Request.Headers.Authorization;
                if (server.LastAuthorization != "Bearer t0k")
                {
                    await Results.Problem(title: "A bearer token is required.", statusCode: 401).ExecuteAsync(context);
                    return;
                }

                await next(context);
            });
            app.MapGet("/admin/skills", () => Results.Json(new object[]
            {
                new { id = "hr.payslip.show", version = 1, enabled = false, name = "Show my payslip" },
                new { id = "erp.vendor.register", version = 3, enabled = true, name = "Register a vendor" },
            }));
            app.MapPut("/admin/skills/{id}", async (string id, HttpRequest request) =>
            {
                server.LastRequest = $"PUT /admin/skills/{id}";
                server.LastContentType = request.ContentType?.Split(';')[0];
                server.LastBody = await new StreamReader(request.Body).ReadToEndAsync();
                return server.LastBody.Contains("REJECT", StringComparison.Ordinal)
                    ? Results.ValidationProblem(new Dictionary<string, string[]>
                    {
                        ["skills/erp.vendor.register.yaml:12:5"] = ["slots[0].type: 'monye' is not a slot type; did you mean 'money'?"],
                        ["skills/erp.vendor.register.yaml:40:14"] = ["action.connector: Unknown connector 'acme-erpp'; did you mean 'acme-erp'?"],
                    }, statusCode: 422)
                    : Results.Json(new { id, version = 4, enabled = true });
            });
            await app.StartAsync();
            server._app = app;
            server.Address = app.Urls.First();
            return server;
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
