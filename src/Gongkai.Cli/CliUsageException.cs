namespace Gongkai.Cli;

/// <summary>A command line that cannot be carried out; its Chinese message is shown as it is, with exit code 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);
