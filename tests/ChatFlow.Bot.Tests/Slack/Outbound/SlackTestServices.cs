using ChatFlow.Bot.Channels.Slack.Delivery;
using ChatFlow.Bot.Channels.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ChatFlow.Bot.Tests.Slack.Outbound;

/// <summary>The Slack Web API client as the host registers it, pointed at a <see cref="FakeSlackApi"/>, on a
/// <see cref="FakeTimeProvider"/>.</summary>
internal static class SlackTestServices
{
    public const string BotToken = "xoxb-test-bot-token";
    public const string AppToken = "xapp-test-app-token";

    public static ServiceCollection Create(FakeSlackApi api, FakeTimeProvider time, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ChatFlow:Slack:SigningSecret"] = "signing-secret",
            ["ChatFlow:Slack:BotToken"] = BotToken,
            ["ChatFlow:Slack:AppToken"] = AppToken,
            ["ChatFlow:Slack:ApiBaseUrl"] = api.ApiBaseUrl.AbsoluteUri,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            settings[key] = value;
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddSingleton<TimeProvider>(time);
        services.AddLogging();
        services.AddSlackWebApi();
        return services;
    }
}
