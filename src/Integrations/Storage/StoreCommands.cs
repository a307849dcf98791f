using System.Data.Common;

namespace ChatFlow.Integrations.Storage;

/// <summary>Parameter binding and row reading for commands a <see cref="StoreSession"/> lends (no Dapper on the hot
/// paths: its per-call command, parameter reflection and list expansion cost more than the statements themselves).</summary>
internal static class StoreCommands
{
    /// <summary>Binds <paramref name="value"/> (<c>null</c>: SQL NULL) to the parameter <paramref name="name"/> (no
    /// prefix), adding the parameter on first use.</summary>
    /// <returns><paramref name="command"/>.</returns>
    public static DbCommand Set(this DbCommand command, string name, object? value)
    {
        var parameters = command.Parameters;
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            if (string.Equals(parameter.ParameterName, name, StringComparison.Ordinal))
            {
                parameter.Value = value ?? DBNull.Value;
                return command;
            }
        }

        var added = command.CreateParameter();
        added.ParameterName = name;
        added.Value = value ?? DBNull.Value;
        parameters.Add(added);
        return command;
    }

    /// <summary>Column <paramref name="ordinal"/> as a string (empty for NULL).</summary>
    public static string String(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? "" : reader.GetString(ordinal);
}
