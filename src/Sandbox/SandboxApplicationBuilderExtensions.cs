using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChatFlow.Sandbox;

/// <summary>Pipeline set-up for the sandbox.</summary>
public static class SandboxApplicationBuilderExtensions
{
    /// <summary>Runs the sandbox's authentication (the OpenIddict server and validation handlers, the login cookie)
    /// and authorization for requests under <c>/sandbox</c> only, after holding them until the sandbox finished
    /// initialising in the background (schema, signing keys, seed data). The host's own endpoints never pay for
    /// the OpenIddict request handlers, which otherwise inspect every request.</summary>
    /// <param name="app">The application's pipeline (after routing, before endpoints).</param>
    /// <returns>The same pipeline.</returns>
    /// <exception cref="InvalidOperationException">From a held request, when initialisation failed.</exception>
    public static IApplicationBuilder UseSandboxAuthentication(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var readiness = app.ApplicationServices.GetRequiredService<SandboxReadiness>();

        // WebApplication adds UseAuthentication/UseAuthorization at the very start of the pipeline when auth services
        // are registered and the app did not add them itself; the branch below is on another builder, so mark the
        // main pipeline as having them, or the OpenIddict handlers would run for every request, ahead of the gate.
        app.Properties["__AuthenticationMiddlewareSet"] = true;
        app.Properties["__AuthorizationMiddlewareSet"] = true;
        return app.UseWhen(
            context => context.Request.Path.StartsWithSegments(SandboxPaths.Prefix, StringComparison.OrdinalIgnoreCase),
            branch => branch
                .Use(async (context, next) =>
                {
                    if (!readiness.Ready.IsCompletedSuccessfully)
                    {
                        await readiness.Ready.WaitAsync(context.RequestAborted);
                    }

                    await next(context);
                })
                .UseAuthentication()
                .UseAuthorization());
    }
}
