using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using OpenAI;

namespace ChatFlow.Integrations.Llm;

/// <summary>Builds the Semantic Kernel services (the OpenAI chat completion service) for <see cref="LlmOptions"/>.</summary>
/// <remarks>Azure OpenAI is spoken through the OpenAI client, not <c>AzureOpenAIClient</c>: the only Azure.AI.OpenAI the
/// registry serves (2.1.0) is binary-incompatible with the OpenAI 2.15.0 that Semantic Kernel 1.82 needs (its chat
/// client throws <see cref="MissingMethodException"/> on every call). The wire protocol is the same: the deployment's
/// base address, the <c>api-key</c> header and the <c>api-version</c> query parameter.</remarks>
internal static class LlmKernelFactory
{
    /// <summary>The kernel's service provider: a chat completion service sending one request per recognition (no
    /// client retries: the turn is waiting and the embedded recogniser is the fallback).</summary>
    public static IServiceProvider CreateServices(LlmOptions options, ILoggerFactory loggerFactory)
    {
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(loggerFactory);
        var credential = new ApiKeyCredential(options.ApiKey);
        var clientOptions = new OpenAIClientOptions
        {
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = options.Timeout,
        };

        if (options.Provider == LlmProvider.AzureOpenAI)
        {
            var deployment = options.Deployment!;
            clientOptions.Endpoint = new Uri(options.Endpoint!, $"openai/deployments/{Uri.EscapeDataString(deployment)}/");
            clientOptions.AddPolicy(new AzureApiVersionPolicy(options.ApiVersion), PipelinePosition.PerCall);
            // OPENAI001: the authentication-policy constructor is marked for evaluation; it is the client's only way to
            // send the key in Azure's api-key header instead of Authorization: Bearer.
#pragma warning disable OPENAI001
            var client = new OpenAIClient(ApiKeyAuthenticationPolicy.CreateHeaderApiKeyPolicy(credential, "api-key"), clientOptions);
#pragma warning restore OPENAI001
            builder.AddOpenAIChatCompletion(deployment, client);
        }
        else
        {
            if (options.Endpoint is { } endpoint)
            {
                clientOptions.Endpoint = endpoint;
            }

            builder.AddOpenAIChatCompletion(options.Model!, new OpenAIClient(credential, clientOptions));
        }

        return builder.Build().Services;
    }
}
