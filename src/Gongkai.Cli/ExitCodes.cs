namespace Gongkai.Cli;

/// <summary>The exit codes of gongkai.</summary>
public static class ExitCodes
{
    /// <summary>Done, and no error-severity finding.</summary>
    public const int Ok = 0;

    /// <summary>At least one error-severity finding.</summary>
    public const int Findings = 1;

    /// <summary>An input could not be read, or the command line was wrong.</summary>
    public const int InputError = 2;
}
