using ChatFlow.Skills.Recognition;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatFlow.Integrations.Llm;

/// <summary>Registers ChatFlow's asynchronous recogniser: the LLM with the embedded fallback when
/// <c>ChatFlow:Llm</c> is configured, the embedded recogniser alone otherwise.</summary>
public static class LlmServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IAsyncIntentRecognizer"/> (singleton). Without a <c>ChatFlow:Llm</c> section it wraps
    /// the embedded <see cref="IIntentRecognizer"/>. With one, it binds and validates <see cref="LlmOptions"/> at
    /// start-up and chains the Semantic Kernel recogniser (OpenAI or Azure OpenAI function calling over the skills of
    /// <see cref="ISkillCatalogSource.Current"/>) with the embedded one as fallback on error, unusable answer or
    /// <see cref="LlmOptions.Timeout"/>.</summary>
    /// <remarks>The host registers <see cref="IIntentRecognizer"/> (the embedded recogniser) and, when the LLM is
    /// configured, <see cref="ISkillCatalogSource"/>; the timeout runs on the registered <see cref="TimeProvider"/>
    /// (<see cref="TimeProvider.System"/> unless one is registered).</remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">Configuration holding the optional <c>ChatFlow:Llm</c> section.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddChatFlowLlm(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var section = configuration.GetSection(LlmOptions.SectionName);
        if (!section.Exists())
        {
            services.TryAddSingleton<IAsyncIntentRecognizer>(sp => new EmbeddedAsyncIntentRecognizer(sp.GetRequiredService<IIntentRecognizer>()));
            return services;
        }

        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<LlmOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<LlmOptions>>().Value;
            var loggerFactory = sp.GetRequiredService<ILoggerFactory>();
            var logger = loggerFactory.CreateLogger<SemanticKernelIntentRecognizer>();
            LlmLog.Configured(logger, options.Provider, (options.Provider == LlmProvider.AzureOpenAI ? options.Deployment : options.Model) ?? "",
                options.Endpoint?.Host ?? "api.openai.com", options.Timeout.TotalMilliseconds);
            return new SemanticKernelIntentRecognizer(
                LlmKernelFactory.CreateServices(options, loggerFactory), sp.GetRequiredService<ISkillCatalogSource>(), logger);
        });
        services.TryAddSingleton<IAsyncIntentRecognizer>(sp => new FallbackIntentRecognizer(
            sp.GetRequiredService<SemanticKernelIntentRecognizer>(),
            sp.GetRequiredService<IIntentRecognizer>(),
            sp.GetRequiredService<IOptions<LlmOptions>>().Value.Timeout,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<FallbackIntentRecognizer>>()));
        return services;
    }
}
