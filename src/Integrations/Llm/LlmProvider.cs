namespace ChatFlow.Integrations.Llm;

/// <summary>Which API serves the chat model (<c>ChatFlow:Llm:Provider</c>).</summary>
public enum LlmProvider
{
    /// <summary>OpenAI, or any OpenAI-compatible server at <see cref="LlmOptions.Endpoint"/>; the key goes in
    /// <c>Authorization: Bearer</c>.</summary>
    OpenAI = 0,

    /// <summary>Azure OpenAI: <see cref="LlmOptions.Endpoint"/> is the resource
    /// (<c>https://{resource}.openai.azure.com/</c>), <see cref="LlmOptions.Deployment"/> the deployment; the key goes
    /// in the <c>api-key</c> header.</summary>
    AzureOpenAI = 1,
}
