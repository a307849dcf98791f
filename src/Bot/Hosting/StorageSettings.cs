namespace ChatFlow.Bot.Hosting;

/// <summary>Storage settings, section <c>ChatFlow:Storage</c>.</summary>
public sealed class StorageSettings
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "ChatFlow:Storage";

    /// <summary>Npgsql connection string; when set, ChatFlow stores everything (and its Data Protection keys) in
    /// PostgreSQL instead of the SQLite file in the data directory.</summary>
    public string? Postgres { get; set; }
}
