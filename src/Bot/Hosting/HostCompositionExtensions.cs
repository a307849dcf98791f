using Microsoft.Extensions.DependencyInjection.Extensions;
using ChatFlow.Bot.Admin;
using ChatFlow.Bot.Turns;
using ChatFlow.Integrations.Connectors;
using ChatFlow.Integrations.Llm;
using ChatFlow.Integrations.Tokens;
using ChatFlow.Skills.Dialog;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition;

namespace ChatFlow.Bot.Hosting;

/// <summary>Composition of the skill core, the integrations and the turn pipeline.</summary>
public static class HostCompositionExtensions
{
    /// <summary>Loads <c>{manifests}/skills/*.yaml</c> under the registration rules (an invalid manifest is logged,
    /// listed by the admin API and skipped; the rest load),
    /// trains the embedded recogniser on their example utterances and registers the dialog engine.</summary>
    /// <param name="builder">The host builder.</param>
    /// <returns>The same builder.</returns>
    public static WebApplicationBuilder AddChatFlowSkills(this WebApplicationBuilder builder)
    {
        var manifests = ManifestsDirectory(builder);
        // The files pass the admin API's rules (utterance minimum, connector and operation checked against the
        // connectors' OpenAPI documents); a file that fails is logged, listed by GET /admin/skills/load-errors and
        // skipped. Errors name the file relative to the manifests folder (skills/x.yaml), as the admin API does.
        builder.Services.AddSingleton(sp =>
        {
            var loaded = SkillCatalog.LoadDirectory(Path.Combine(manifests, "skills"), RegistrationRules.For(sp.GetRequiredService<IConnectorCatalog>()));
            return loaded with
            {
                Errors = [.. loaded.Errors.Select(e => e with { Source = Path.GetRelativePath(manifests, e.Source).Replace('\\', '/') })],
            };
        });
        // The files until the registry is loaded at start (SkillCatalogPoller), then the registry's snapshots.
        builder.Services.AddOptions<RecognizerOptions>().BindConfiguration(RecognizerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(RecognizerSetup.Create);
        builder.Services.AddSingleton(sp => new SkillCatalogAccessor(SkillSnapshot.Create(-1, sp.GetRequiredService<CatalogLoadResult>().Catalog, [], [],
            sp.GetRequiredService<EmbeddedRecognizerOptions>())));
        builder.Services.AddSingleton<ISkillCatalogSource>(sp => sp.GetRequiredService<SkillCatalogAccessor>());
        builder.Services.AddSingleton<IIntentRecognizer>(sp => new SkillRecognizerProxy(sp.GetRequiredService<SkillCatalogAccessor>()));
        builder.Services.AddTransient(sp => sp.GetRequiredService<SkillCatalogAccessor>().Snapshot.Engine);
        builder.Services.AddChatFlowAdmin(); // registry (store sync, polling), admin API authentication, chat admin commands
        builder.Services.AddHostedService<SkillLoadReporter>();
        return builder;
    }

    /// <summary>OAuth connections (<c>ChatFlow:Connections:*</c>), per-user tokens, the connectors in
    /// <c>{manifests}/connectors/</c>, and the LLM recogniser when <c>ChatFlow:Llm</c> is configured.</summary>
    /// <param name="builder">The host builder.</param>
    /// <returns>The same builder.</returns>
    public static WebApplicationBuilder AddChatFlowIntegrations(this WebApplicationBuilder builder)
    {
        builder.Services.AddChatFlowTokens();
        builder.Services.AddChatFlowConnections(builder.Configuration);
        builder.Services.AddChatFlowConnectors(Path.Combine(ManifestsDirectory(builder), "connectors"));
        builder.Services.AddChatFlowLlm(builder.Configuration); // embedded only unless ChatFlow:Llm is configured
        return builder;
    }

    /// <summary>The inbox worker and what it runs per turn.</summary>
    /// <param name="builder">The host builder.</param>
    /// <returns>The same builder.</returns>
    public static WebApplicationBuilder AddTurnProcessing(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TurnWorkerOptions>().BindConfiguration(TurnWorkerOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton<InboxSignal>();
        builder.Services.TryAddSingleton<LocalTurnQueue>();
        builder.Services.AddSingleton<FormStateTokens>();
        builder.Services.AddScoped<SkillExecutor>();
        builder.Services.AddScoped<TurnProcessor>();
        builder.Services.AddHostedService<TurnWorker>();
        return builder;
    }

    private static string ManifestsDirectory(WebApplicationBuilder builder) =>
        builder.Configuration[$"{ChatFlowOptions.SectionName}:{nameof(ChatFlowOptions.ManifestsDirectory)}"]
        ?? Path.Combine(AppContext.BaseDirectory, "manifests");
}
