using ChatFlow.Bot.Turns;
using ChatFlow.Integrations.Tokens;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Admin;

/// <summary>Composition of the skill registry and the admin API's authentication.</summary>
internal static class AdminServiceCollectionExtensions
{
    /// <summary>Authentication scheme of admin bearer tokens.</summary>
    public const string Scheme = "ChatFlow.Admin";

    /// <summary>Authorization policy of <c>/admin</c>: an admin bearer token with role <c>admin</c>.</summary>
    public const string Policy = "ChatFlow.Admin";

    /// <summary>Registers <see cref="SkillRegistry"/>, <see cref="SkillCatalogPoller"/>, <see cref="SkillAdminCommands"/>
    /// and the <see cref="Scheme"/> JWT bearer scheme.</summary>
    public static IServiceCollection AddChatFlowAdmin(this IServiceCollection services)
    {
        services.AddOptions<SkillRegistryOptions>().BindConfiguration(SkillRegistryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SkillRegistry>();
        services.AddHostedService<SkillCatalogPoller>();
        services.AddScoped<SkillAdminCommands>();

        services.AddAuthentication().AddJwtBearer(Scheme, _ => { });
        services.AddOptions<JwtBearerOptions>(Scheme).Configure<IServiceBaseAddress, IOptions<AdminOptions>>((jwt, host, admin) =>
        {
            jwt.MapInboundClaims = false;
            jwt.ConfigurationManager = new AdminAuthorityConfigurationManager(host, admin.Value.Authority);
            jwt.TokenValidationParameters.NameClaimType = "sub";
            jwt.TokenValidationParameters.RoleClaimType = "role";
            jwt.TokenValidationParameters.ValidateAudience = admin.Value.Audience is not null;
            jwt.TokenValidationParameters.ValidAudience = admin.Value.Audience;
        });
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(Scheme)
            .RequireAuthenticatedUser()
            .RequireRole("admin"));
        return services;
    }
}
