namespace Gongkai.Cli.Tests;

/// <summary>Runs the CLI in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>No stack trace or exception type name reaches the user.</summary>
    public void AssertNoStackTrace()
    {
        Assert.DoesNotContain("   at ", Out + Error);
        Assert.DoesNotContain("Exception", Out + Error);
    }
}
