using Gongkai.Messages;
using Gongkai.Storage;
using Gongkai.Storage.Backup;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai backup [--data DIR] [--connection CS] -o ARCHIVE.zip</c>: writes every table of the database (SQLite in
/// the data directory, or PostgreSQL) and the data directory's files into one archive that
/// <see cref="RestoreCommand"/> restores on either provider.
/// </summary>
public static class BackupCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = CliArguments.Parse(args, [.. DatabaseOptions.Names, "-o", "--output"], []);
        var output = parsed.Value("-o", "--output")
            ?? throw new CliUsageException(MessageCatalogue.Format(MessageCatalogue.CliMissingArgument, "-o 备份.zip"));
        if (parsed.Positional.Count > 0)
        {
            throw new CliUsageException(MessageCatalogue.Format(MessageCatalogue.CliUnknownOption, parsed.Positional[0]));
        }

        try
        {
            var database = DatabaseOptions.Open(parsed);
            var summary = DatabaseBackup.WriteAsync(database, output).GetAwaiter().GetResult();
            stdout.WriteLine(MessageCatalogue.Format(
                MessageCatalogue.BackupWritten, output, summary.Tables, summary.Rows, summary.Files, summary.SchemaVersion));
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is StorageException or BackupException)
        {
            stderr.WriteLine(e.Message);
            return ExitCodes.InputError;
        }
    }
}
