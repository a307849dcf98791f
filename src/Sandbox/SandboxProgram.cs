namespace ChatFlow.Sandbox;

/// <summary>Runs the Acme sandbox alone (<c>dotnet run --project src/Sandbox -- --urls http://localhost:5100</c>).</summary>
public static class SandboxProgram
{
    /// <summary>Entry point.</summary>
    /// <param name="args">Standard ASP.NET Core host arguments.</param>
    public static void Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
    }
}
