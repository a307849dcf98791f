namespace ChatFlow.Integrations.Connectors;

/// <summary>A connector manifest or its OpenAPI document is invalid. The message starts with the file (and line,
/// when known) and says what is wrong.</summary>
public sealed class ConnectorManifestException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConnectorManifestException() : base("Invalid connector manifest.") => FilePath = "";

    /// <summary>Creates the exception.</summary>
    public ConnectorManifestException(string message) : base(message) => FilePath = "";

    /// <summary>Creates the exception.</summary>
    public ConnectorManifestException(string message, Exception innerException) : base(message, innerException) => FilePath = "";

    /// <summary>Creates the exception for <paramref name="filePath"/>.</summary>
    public ConnectorManifestException(string filePath, string problem, Exception? innerException = null)
        : base($"{filePath}: {problem}", innerException) => FilePath = filePath;

    /// <summary>The offending file.</summary>
    public string FilePath { get; }
}
