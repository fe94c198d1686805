using Gongkai.Messages;
using Gongkai.Storage;
using Gongkai.Storage.Backup;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai restore ARCHIVE.zip [--data DIR] [--connection CS]</c>: restores a backup into an empty installation
/// (SQLite in the data directory, or PostgreSQL), refusing a damaged archive or a target that holds data.
/// </summary>
public static class RestoreCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = CliArguments.Parse(args, DatabaseOptions.Names, []);
        if (parsed.Positional.Count != 1)
        {
            throw new CliUsageException(MessageCatalogue.Format(MessageCatalogue.CliMissingArgument, "备份.zip"));
        }

        var archive = parsed.Positional[0];
        try
        {
            var database = DatabaseOptions.Open(parsed);
            var summary = DatabaseBackup.RestoreAsync(archive, database).GetAwaiter().GetResult();
            stdout.WriteLine(MessageCatalogue.Format(
                MessageCatalogue.RestoreDone, archive, database.DisplayName, summary.Tables, summary.Rows, summary.Files, summary.SchemaVersion));
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is StorageException or BackupException)
        {
            stderr.WriteLine(e.Message);
            return ExitCodes.InputError;
        }
    }
}
