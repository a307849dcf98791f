using ChatFlow.Bot.Delivery;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;

namespace ChatFlow.Bot.Channels.DirectLine;

/// <summary>Wires the Direct Line 3.0 channel, its delivery worker and the Web Chat page into the host.</summary>
/// <remarks>Protocol: https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-direct-line-3-0-api-reference.
/// The host registers storage (<c>IDirectLineStore</c>, <c>IOutboxStore</c>), Data Protection and <see cref="TimeProvider"/>.</remarks>
public static class DirectLineChannelExtensions
{
    /// <summary>Registers <see cref="DirectLineOptions"/> (section <c>ChatFlow:DirectLine</c>, validated at start-up),
    /// the token service, the stream hub, the outbox signal and the Direct Line delivery worker. Cards are rendered by
    /// the registered <see cref="IReplyCardRenderer"/> (text only until the host registers one).</summary>
    /// <param name="builder">The host builder.</param>
    /// <returns>The same builder.</returns>
    public static WebApplicationBuilder AddDirectLineChannel(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DirectLineDataDirectoryOptions>().BindConfiguration(DirectLineDataDirectoryOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DirectLineStreamOptions>();
        services.AddOptions<DirectLineDeliveryOptions>();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IReplyCardRenderer, NoCardRenderer>();
        services.AddSingleton<DirectLineSecret>();
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineStreamHub>();
        services.AddSingleton<DirectLineReplyRenderer>();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<ChatFlow.Bot.Turns.InboxSignal>();
        // Scoped: they use the stores, whatever lifetime the host gives those.
        services.AddScoped<DirectLineAuthenticator>();
        services.AddScoped<DirectLineConversationStarter>();
        services.AddScoped<DirectLineStreamSession>();
        services.AddHostedService<DirectLineDeliveryWorker>();
        return builder;
    }

    /// <summary>Adds WebSockets and the static Web Chat page (<c>wwwroot</c>, <c>/</c> → <c>index.html</c>), and maps
    /// <c>/v3/directline/*</c> and <c>POST /api/webchat/token</c>.</summary>
    /// <param name="app">The built application.</param>
    /// <returns>The same application.</returns>
    public static WebApplication MapDirectLineChannel(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets();
        var webRoot = WebChatFiles(app.Environment);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = webRoot });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = webRoot });
        app.MapDirectLineApi();
        app.MapWebChatTokenApi();
        return app;
    }

    /// <summary>The host's web root when it holds the page, else <c>wwwroot</c> next to the binary (the host may run
    /// from any working directory, e.g. <c>dotnet src/Bot/bin/Release/net10.0/ChatFlow.Bot.dll</c>).</summary>
    private static IFileProvider WebChatFiles(IWebHostEnvironment environment)
    {
        if (environment.WebRootFileProvider.GetFileInfo("index.html").Exists)
            return environment.WebRootFileProvider;
        var besideBinary = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        return Directory.Exists(besideBinary) ? new PhysicalFileProvider(besideBinary) : environment.WebRootFileProvider;
    }
}
