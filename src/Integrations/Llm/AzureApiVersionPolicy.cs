using System.ClientModel.Primitives;

namespace ChatFlow.Integrations.Llm;

/// <summary>Adds Azure OpenAI's <c>api-version</c> query parameter to every request of the pipeline.</summary>
internal sealed class AzureApiVersionPolicy(string apiVersion) : PipelinePolicy
{
    /// <inheritdoc/>
    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        AddApiVersion(message);
        ProcessNext(message, pipeline, currentIndex);
    }

    /// <inheritdoc/>
    public override ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        AddApiVersion(message);
        return ProcessNextAsync(message, pipeline, currentIndex);
    }

    private void AddApiVersion(PipelineMessage message)
    {
        if (message.Request.Uri is not { } uri || uri.Query.Contains("api-version=", StringComparison.Ordinal))
        {
            return;
        }

        var builder = new UriBuilder(uri);
        var parameter = "api-version=" + Uri.EscapeDataString(apiVersion);
        builder.Query = builder.Query.Length > 1 ? builder.Query[1..] + "&" + parameter : parameter;
        message.Request.Uri = builder.Uri;
    }
}
