using System.Data.Common;

namespace Gongkai.Storage;

/// <summary>Provider-neutral helpers for ADO.NET commands, so store code needs no SQLite or PostgreSQL types.</summary>
public static class DbCommandExtensions
{
    /// <summary>Adds a parameter (null becomes DBNull) and returns the command for chaining.</summary>
    public static DbCommand AddParameter(this DbCommand command, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }

    /// <summary>Creates a command on a connection, enlisted in a transaction when one is given.</summary>
    public static DbCommand CreateCommand(this DbConnection connection, DbTransaction? transaction, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
