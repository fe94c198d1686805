using Gongkai.Cli.Commands;
using Gongkai.Documents;
using Gongkai.Messages;

namespace Gongkai.Cli;

/// <summary>Dispatches the gongkai commands; no exception text or stack trace ever reaches the user.</summary>
public static class CliApp
{
    /// <summary>Runs one command line and returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            if (args.Length == 0 || args[0] is "help" or "-h" or "--help")
            {
                stdout.WriteLine(MessageCatalogue.CliUsage);
                stdout.WriteLine(MessageCatalogue.CliBackupUsage);
                return args.Length == 0 ? ExitCodes.InputError : ExitCodes.Ok;
            }

            var rest = args.Skip(1);
            return args[0] switch
            {
                "audit" => AuditCommand.Run(rest, stdout, stderr),
                "build" => BuildCommand.Run(rest, stdout, stderr),
                "score" => ScoreCommand.Run(rest, stdout, stderr),
                "export" => ExportCommand.Run(rest, stdout, stderr),
                "parse" => ParseCommand.Run(rest, stdout, stderr),
                "backup" => BackupCommand.Run(rest, stdout, stderr),
                "restore" => RestoreCommand.Run(rest, stdout, stderr),
                _ => throw new CliUsageException(MessageCatalogue.Format(MessageCatalogue.CliUnknownCommand, args[0]) + "\n" + MessageCatalogue.CliUsage + "\n" + MessageCatalogue.CliBackupUsage),
            };
        }
        catch (CliUsageException e)
        {
            stderr.WriteLine(e.Message);
            return ExitCodes.InputError;
        }
        catch (DocumentReadException e)
        {
            stderr.WriteLine(e.Message);
            return ExitCodes.InputError;
        }
        catch (FormatException e)
        {
            // A rule set, template or catalogue file that does not parse: its message already says which and where.
            stderr.WriteLine(e.Message);
            return ExitCodes.InputError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(MessageCatalogue.Format(MessageCatalogue.CliInternalError, e.Message));
            return ExitCodes.InputError;
        }
    }
}
