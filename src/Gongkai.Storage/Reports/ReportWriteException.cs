namespace Gongkai.Storage.Reports;

/// <summary>
/// A write to the report store was refused and nothing was changed: someone else saved the report since it was read
/// (a stale row_version), the report is gone, or another report holds the same unit, year and kind. The message is
/// Chinese and names the report.
/// </summary>
public sealed class ReportWriteException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReportWriteException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
