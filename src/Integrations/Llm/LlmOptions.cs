using System.ComponentModel.DataAnnotations;

namespace ChatFlow.Integrations.Llm;

/// <summary>The LLM recogniser (section <c>ChatFlow:Llm</c>). Without the section ChatFlow uses only the embedded
/// recogniser; with it, every turn asks the model first and falls back to the embedded recogniser on error or
/// timeout.</summary>
/// <remarks>A class, not a record: it holds the API key, and a record's <c>ToString</c> would print it.</remarks>
public sealed class LlmOptions : IValidatableObject
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "ChatFlow:Llm";

    /// <summary>Which API serves the model.</summary>
    /// <value>Default <see cref="LlmProvider.OpenAI"/>.</value>
    public LlmProvider Provider { get; set; } = LlmProvider.OpenAI;

    /// <summary>Base address of the API. OpenAI: the versioned base, <c>chat/completions</c> is appended (default
    /// <c>https://api.openai.com/v1</c>; set it for an OpenAI-compatible server). Azure OpenAI: the resource
    /// (<c>https://{resource}.openai.azure.com/</c>), required.</summary>
    /// <value>Default <c>null</c>.</value>
    public Uri? Endpoint { get; set; }

    /// <summary>API key. Required when the section is present; never logged.</summary>
    [Required(ErrorMessage = "ChatFlow:Llm:ApiKey is required when the ChatFlow:Llm section is present (remove the section to use only the embedded recogniser).")]
    public string ApiKey { get; set; } = "";

    /// <summary>Model id (e.g. <c>gpt-4o-mini</c>); required for <see cref="LlmProvider.OpenAI"/>.</summary>
    /// <value>Default <c>null</c>.</value>
    public string? Model { get; set; }

    /// <summary>Deployment name; required for <see cref="LlmProvider.AzureOpenAI"/>.</summary>
    /// <value>Default <c>null</c>.</value>
    public string? Deployment { get; set; }

    /// <summary>Azure OpenAI REST API version, sent as <c>api-version</c>; ignored for <see cref="LlmProvider.OpenAI"/>.</summary>
    /// <value>Default <c>2024-10-21</c> (the GA version).</value>
    [Required(AllowEmptyStrings = false, ErrorMessage = "ChatFlow:Llm:ApiVersion must not be empty.")]
    public string ApiVersion { get; set; } = "2024-10-21";

    /// <summary>How long one recognition may take before ChatFlow stops waiting and uses the embedded recogniser.</summary>
    /// <value>Default 8 seconds; between 1 millisecond and 2 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:02:00", ErrorMessage = "ChatFlow:Llm:Timeout must be between 00:00:00.001 and 00:02:00.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Endpoint is { IsAbsoluteUri: false })
        {
            yield return new ValidationResult("ChatFlow:Llm:Endpoint must be an absolute URL.", [nameof(Endpoint)]);
        }

        if (Provider == LlmProvider.OpenAI && string.IsNullOrWhiteSpace(Model))
        {
            yield return new ValidationResult("ChatFlow:Llm:Model is required for the OpenAI provider (e.g. gpt-4o-mini).", [nameof(Model)]);
        }

        if (Provider == LlmProvider.AzureOpenAI && Endpoint is null)
        {
            yield return new ValidationResult("ChatFlow:Llm:Endpoint is required for the AzureOpenAI provider (https://{resource}.openai.azure.com/).", [nameof(Endpoint)]);
        }

        if (Provider == LlmProvider.AzureOpenAI && string.IsNullOrWhiteSpace(Deployment))
        {
            yield return new ValidationResult("ChatFlow:Llm:Deployment is required for the AzureOpenAI provider.", [nameof(Deployment)]);
        }
    }
}
