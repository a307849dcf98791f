using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ChatFlow.Sandbox;

/// <summary>Runs the Acme sandbox alone (<c>dotnet run --project src/Sandbox -- --urls http://localhost:5100</c>).</summary>
public static class SandboxProgram
{
    /// <summary>Entry point: the same <c>AddSandbox</c> / <c>MapSandbox</c> wiring as the bot host.</summary>
    /// <param name="args">Standard ASP.NET Core host arguments (<c>--urls</c>, <c>--ChatFlow:Sandbox:DataDirectory</c>, …).</param>
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddProblemDetails();
        builder.Services.AddSandbox(builder.Configuration);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseSandboxAuthentication();
        app.MapSandbox();
        app.Run();
    }
}
