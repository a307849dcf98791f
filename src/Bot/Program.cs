using ChatFlow.Bot.Admin;
using ChatFlow.Bot.Auth;
using ChatFlow.Bot.Channels.DirectLine;
using ChatFlow.Bot.Channels.Slack;
using ChatFlow.Bot.Channels.Slack.Delivery;
using ChatFlow.Bot.Cli;
using ChatFlow.Bot.Hosting;
using ChatFlow.Bot.Turns;
using ChatFlow.Sandbox;
using ChatFlow.Skills.Forms;

if (await ChatFlowCli.TryRunAsync(args) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddChatFlowDefaults();      // options, ProblemDetails, TimeProvider, Data Protection, health
builder.AddChatFlowStorage();       // SQLite in the data directory unless ChatFlow:Storage:Postgres is set
builder.AddChatFlowSkills();        // manifests, embedded recogniser, dialog engine
builder.AddChatFlowIntegrations();  // OAuth connections, per-user tokens, connectors
builder.Services.AddSandbox(builder.Configuration); // the Acme demo back end under /sandbox
builder.AddTurnProcessing();        // inbox worker: recognise, dialog, execute, commit
builder.AddDirectLineChannel();     // Direct Line 3.0 + Web Chat page
builder.Services.AddSingleton<IReplyCardRenderer>(new DelegateReplyCardRenderer(AdaptiveCardRenderer.Render));
builder.AddSlackChannel();          // Events API, interactivity, commands, Socket Mode (only with ChatFlow:Slack)
builder.AddSlackOutbound();         // Web API client, Block Kit, Slack outbox delivery (only with ChatFlow:Slack)

var app = builder.Build();
await app.PrepareStorageAsync();
app.UseChatFlowDefaults();
app.MapSandbox();
app.MapSignIn();
app.MapChatFlowAdmin();             // /admin: skill registry API (role admin)
app.MapDirectLineChannel();
app.MapSlackChannel();
app.MapHealthChecks("/health");
await app.RunAsync();
return 0;

/// <summary>The host's entry point; public for <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
