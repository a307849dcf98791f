using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;

namespace ChatFlow.Integrations.Tokens;

/// <summary>Retry predicate for the standard resilience handler: safe methods (GET, HEAD, OPTIONS, TRACE) retry on
/// transient outcomes; unsafe ones only when the connection could not even be opened (nothing was sent).</summary>
/// <remarks><c>DisableForUnsafeHttpMethods()</c> looks at the response's request, so it still retries unsafe
/// requests that timed out or failed without a response (https://github.com/dotnet/extensions/issues/6548); this
/// predicate reads the request from the resilience context instead. Unsafe calls are retried by their callers under
/// an idempotency key.</remarks>
internal static class SafeMethodRetry
{
    public static ValueTask<bool> ShouldRetry(RetryPredicateArguments<HttpResponseMessage> args)
    {
        var method = args.Context.GetRequestMessage()?.Method;
        if (method is not null && IsSafe(method))
        {
            return ValueTask.FromResult(HttpClientResiliencePredicates.IsTransient(args.Outcome));
        }

        return ValueTask.FromResult(args.Outcome.Exception is HttpRequestException
        {
            HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError,
        });
    }

    public static bool IsSafe(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options || method == HttpMethod.Trace;

    /// <summary>Applies <see cref="ShouldRetry"/> to a standard resilience handler.</summary>
    public static void Configure(HttpStandardResilienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Retry.ShouldHandle = ShouldRetry;
    }
}
