using System.CommandLine;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ChatFlow.Integrations.Connectors;
using ChatFlow.Skills.Manifests;

namespace ChatFlow.Bot.Cli;

/// <summary><c>skills validate|list|register</c>: check manifests locally and talk to a host's admin API
/// (<c>/admin/skills</c>).</summary>
internal static class SkillsCommand
{
    public static Command Create() => Create(Console.Out, Console.Error, AppContext.BaseDirectory);

    /// <summary>The command writing to <paramref name="output"/> and <paramref name="error"/>; defaults resolve
    /// against <paramref name="baseDirectory"/> (<c>manifests/skills</c>, <c>manifests/connectors</c>).</summary>
    internal static Command Create(TextWriter output, TextWriter error, string baseDirectory)
    {
        var skills = new Command("skills", "Skill manifests: validate files, list and register skills.");
        skills.Subcommands.Add(CreateValidate(output, error, baseDirectory));
        skills.Subcommands.Add(CreateList(output, error, baseDirectory));
        skills.Subcommands.Add(CreateRegister(output, error));
        return skills;
    }

    private static Command CreateValidate(TextWriter output, TextWriter error, string baseDirectory)
    {
        var paths = new Argument<string[]>("path") { Description = "Manifest files or folders (*.yaml, *.yml, *.json).", Arity = ArgumentArity.OneOrMore };
        var connectors = new Option<string?>("--connectors") { Description = "Connector manifests folder (default: manifests/connectors next to the executable)." };
        var validate = new Command("validate", "Validate skill manifests; prints file:line:col: field: message per error, exit code 1 if any.");
        validate.Arguments.Add(paths);
        validate.Options.Add(connectors);
        validate.SetAction(async (ParseResult result, CancellationToken cancellationToken) =>
        {
            var folder = result.GetValue(connectors);
            var rules = ManifestRules.Registration;
            if (folder is not null || Directory.Exists(Path.Combine(baseDirectory, "manifests", "connectors")))
            {
                folder ??= Path.Combine(baseDirectory, "manifests", "connectors");
                try
                {
                    rules = ManifestRules.WithConnectors(LoadConnectors(folder));
                }
                catch (Exception e) when (e is ConnectorManifestException or DirectoryNotFoundException or IOException or InvalidOperationException)
                {
                    await error.WriteLineAsync($"skills validate: cannot load the connectors in {folder}: {e.Message}");
                    return 2;
                }
            }
            else
            {
                await error.WriteLineAsync("skills validate: no manifests/connectors next to the executable; connectors and operations are not checked (use --connectors).");
            }

            var loaded = SkillCatalog.LoadPaths(result.GetValue(paths)!, rules);
            foreach (var e in loaded.Errors)
            {
                await output.WriteLineAsync(e.ToString().AsMemory(), cancellationToken);
            }

            var valid = loaded.Catalog.AllVersions.Count();
            if (loaded.Errors.Count > 0)
            {
                var files = loaded.Errors.Select(e => e.Source).Distinct(StringComparer.Ordinal).Count();
                await error.WriteLineAsync($"{loaded.Errors.Count} error{(loaded.Errors.Count == 1 ? "" : "s")} in {files} file{(files == 1 ? "" : "s")}; {valid} valid manifest{(valid == 1 ? "" : "s")}.");
                return 1;
            }

            await output.WriteLineAsync($"OK: {valid} valid manifest{(valid == 1 ? "" : "s")}.".AsMemory(), cancellationToken);
            return 0;
        });
        return validate;
    }

    private static Command CreateList(TextWriter output, TextWriter error, string baseDirectory)
    {
        var server = new Option<string?>("--server") { Description = "Host base address (e.g. http://localhost:5000); without it, lists the local manifests." };
        var token = new Option<string?>("--token") { Description = "Bearer token with the admin role (with --server)." };
        var manifests = new Option<string?>("--manifests") { Description = "Local skill manifests folder (default: manifests/skills next to the executable)." };
        var list = new Command("list", "List skills: id, version, enabled, name (tab-separated).");
        list.Options.Add(server);
        list.Options.Add(token);
        list.Options.Add(manifests);
        list.SetAction(async (ParseResult result, CancellationToken cancellationToken) =>
        {
            if (result.GetValue(server) is { } address)
            {
                if (await ServerUriAsync(address, error) is not { } uri)
                {
                    return 2;
                }

                using var http = Client(uri, result.GetValue(token));
                using var response = await SendAsync(http, new HttpRequestMessage(HttpMethod.Get, "admin/skills"), error, cancellationToken);
                if (response is null || !await SucceededAsync(response, output, error, cancellationToken))
                {
                    return 1;
                }

                var items = await response.Content.ReadFromJsonAsync(SkillsCliJsonContext.Default.ListAdminSkillListItem, cancellationToken) ?? [];
                foreach (var item in items.OrderBy(i => i.Id, StringComparer.Ordinal))
                {
                    await output.WriteLineAsync($"{item.Id}\t{item.Version}\t{(item.Enabled ? "enabled" : "disabled")}\t{item.Name}".AsMemory(), cancellationToken);
                }

                return 0;
            }

            var folder = result.GetValue(manifests) ?? Path.Combine(baseDirectory, "manifests", "skills");
            if (!Directory.Exists(folder))
            {
                await error.WriteLineAsync($"skills list: the folder {folder} does not exist.");
                return 2;
            }

            // The host's start-up rules: connectors and operations checked when the connectors ship next to the executable.
            var rules = ManifestRules.Registration;
            var connectorsFolder = Path.Combine(baseDirectory, "manifests", "connectors");
            if (Directory.Exists(connectorsFolder))
            {
                try
                {
                    rules = ManifestRules.WithConnectors(LoadConnectors(connectorsFolder));
                }
                catch (Exception e) when (e is ConnectorManifestException or IOException or InvalidOperationException)
                {
                    await error.WriteLineAsync($"skills list: cannot load the connectors in {connectorsFolder} ({e.Message}); connectors and operations are not checked.");
                }
            }

            var loaded = SkillCatalog.LoadDirectory(folder, rules);
            foreach (var skill in loaded.Catalog.AllVersions.OrderBy(s => s.Id, StringComparer.Ordinal).ThenBy(s => s.Version))
            {
                await output.WriteLineAsync($"{skill.Id}\t{skill.Version}\tfile\t{skill.Name.En}\t{Path.GetRelativePath(folder, skill.Source)}".AsMemory(), cancellationToken);
            }

            foreach (var e in loaded.Errors)
            {
                await error.WriteLineAsync(e.ToString());
            }

            return loaded.Errors.Count > 0 ? 1 : 0;
        });
        return list;
    }

    private static Command CreateRegister(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "Manifest file (.yaml, .yml or .json)." };
        var server = new Option<string>("--server") { Description = "Host base address (e.g. http://localhost:5000).", Required = true };
        var token = new Option<string>("--token") { Description = "Bearer token with the admin role.", Required = true };
        var register = new Command("register", "Register a skill (or a new version of it) on a host: PUT /admin/skills/{id}.");
        register.Arguments.Add(file);
        register.Options.Add(server);
        register.Options.Add(token);
        register.SetAction(async (ParseResult result, CancellationToken cancellationToken) =>
        {
            var path = result.GetValue(file)!;
            string text;
            try
            {
                text = await File.ReadAllTextAsync(path, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"skills register: cannot read {path}: {e.Message}");
                return 2;
            }

            // The id is in the file; the host validates again under its own rules.
            var local = SkillManifestLoader.LoadText(text, path, ManifestRules.Lenient);
            if (local.Manifest is not { } manifest)
            {
                foreach (var e in local.Errors)
                {
                    await output.WriteLineAsync(e.ToString().AsMemory(), cancellationToken);
                }

                return 1;
            }

            if (await ServerUriAsync(result.GetValue(server)!, error) is not { } uri)
            {
                return 2;
            }

            var json = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
            using var http = Client(uri, result.GetValue(token));
            var request = new HttpRequestMessage(HttpMethod.Put, "admin/skills/" + Uri.EscapeDataString(manifest.Id))
            {
                Content = new StringContent(text, Encoding.UTF8, json ? "application/json" : "application/yaml"),
            };
            using var response = await SendAsync(http, request, error, cancellationToken);
            if (response is null || !await SucceededAsync(response, output, error, cancellationToken))
            {
                return 1;
            }

            var summary = await response.Content.ReadFromJsonAsync(SkillsCliJsonContext.Default.AdminSkillSummary, cancellationToken);
            await output.WriteLineAsync($"Registered {summary!.Id} version {summary.Version} ({(summary.Enabled ? "enabled" : "disabled")}).".AsMemory(), cancellationToken);
            return 0;
        });
        return register;
    }

    /// <summary>Connector id → operation ids from the connector manifests in <paramref name="folder"/>.</summary>
    /// <exception cref="ConnectorManifestException">A connector manifest or its OpenAPI document is invalid.</exception>
    internal static IReadOnlyDictionary<string, IReadOnlySet<string>> LoadConnectors(string folder)
    {
        var services = new ServiceCollection();
        services.AddChatFlowConnectors(folder);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IConnectorCatalog>().Connectors.ToDictionary(
            c => c.Id, c => (IReadOnlySet<string>)c.OperationIds.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    private static async Task<Uri?> ServerUriAsync(string server, TextWriter error)
    {
        if (Uri.TryCreate(server, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }

        await error.WriteLineAsync($"skills: --server must be an http(s) address such as http://localhost:5000, not '{server}'.");
        return null;
    }

    private static HttpClient Client(Uri server, string? token)
    {
        var baseAddress = server.AbsoluteUri.EndsWith('/') ? server : new Uri(server.AbsoluteUri + "/");
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (!string.IsNullOrEmpty(token))
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }

    private static async Task<HttpResponseMessage?> SendAsync(HttpClient http, HttpRequestMessage request, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            using (request)
            {
                return await http.SendAsync(request, cancellationToken);
            }
        }
        catch (HttpRequestException e)
        {
            await error.WriteLineAsync($"skills: cannot reach {http.BaseAddress}: {e.Message}");
            return null;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync($"skills: {http.BaseAddress} did not answer within {http.Timeout.TotalSeconds:0} s.");
            return null;
        }
    }

    /// <summary>True on 2xx; otherwise prints the problem (422: one <c>file:line:col: field: message</c> per error on
    /// <paramref name="output"/>) and returns false.</summary>
    private static async Task<bool> SucceededAsync(HttpResponseMessage response, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return true;
        }

        AdminProblem? problem = null;
        try
        {
            problem = await response.Content.ReadFromJsonAsync(SkillsCliJsonContext.Default.AdminProblem, cancellationToken);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            // Not a problem+json body: the status line says enough.
        }

        foreach (var (location, messages) in problem?.Errors ?? [])
        {
            foreach (var message in messages)
            {
                await output.WriteLineAsync($"{location}: {message}".AsMemory(), cancellationToken);
            }
        }

        var status = (int)response.StatusCode;
        var hint = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => " (is --token a valid bearer token?)",
            HttpStatusCode.Forbidden => " (the token's user needs the admin role)",
            _ => "",
        };
        await error.WriteLineAsync($"skills: {status} {response.ReasonPhrase}{(problem?.Title is { } title ? ": " + title : "")}{hint}");
        return false;
    }
}
