using ChatFlow.Bot.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Channels.Slack;

/// <summary>Wires the Slack channel's inbound side (HTTP callbacks and Socket Mode) into the host.</summary>
/// <remarks>The host registers storage, the turn pipeline (<c>InboxSignal</c>, <c>SkillCatalogAccessor</c>), tokens and
/// <see cref="TimeProvider"/>. https://docs.slack.dev/apis/events-api/</remarks>
public static class SlackChannelExtensions
{
    /// <summary>When section <c>ChatFlow:Slack</c> exists: registers <see cref="SlackOptions"/> (validated at start-up:
    /// a missing signing secret or bot token fails start-up), the signature verifier, the inbound pipeline, the
    /// <c>auth.test</c> look-up of the bot's user id, and the Socket Mode client when <c>AppToken</c> is set.
    /// Without the section it does nothing.</summary>
    /// <param name="builder">The host builder.</param>
    /// <returns>The same builder.</returns>
    public static WebApplicationBuilder AddSlackChannel(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(SlackOptions.SectionName);
        if (!section.Exists())
            return builder;

        var services = builder.Services;
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SlackInboundOptions>().BindConfiguration(SlackOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(SlackBotIdentityLoader.HttpClientName, (sp, client) =>
            client.Timeout = sp.GetRequiredService<IOptions<SlackOptions>>().Value.RequestTimeout);
        services.AddSingleton<SlackSignatureVerifier>();
        services.AddSingleton<SlackBotIdentity>();
        services.AddSingleton<SlackViewValidator>();
        services.TryAddSingleton<FormStateTokens>(); // the turn pipeline's; the modal opener checks the button's token
        services.AddSingleton<SlackModalOpener>();
        services.TryAddSingleton<ChatFlow.Bot.Turns.LocalTurnQueue>();
        services.AddSingleton<SlackInbound>();
        services.AddHostedService<SlackBotIdentityLoader>();
        if (!string.IsNullOrEmpty(section[nameof(SlackOptions.AppToken)]))
        {
            services.AddSingleton<SlackSocketModeService>();
            services.AddHostedService(sp => sp.GetRequiredService<SlackSocketModeService>());
        }

        return builder;
    }

    /// <summary>Maps <c>POST /slack/events</c>, <c>POST /slack/interactivity</c> and <c>POST /slack/commands</c> when
    /// the channel was added; otherwise does nothing.</summary>
    /// <param name="app">The built application.</param>
    /// <returns>The same application.</returns>
    public static WebApplication MapSlackChannel(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetService<SlackInbound>() is not null)
            app.MapSlackApi();
        return app;
    }
}
