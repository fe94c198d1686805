namespace Gongkai.Storage.Workflow;

/// <summary>
/// A workflow step or save was refused by the workflow rules (wrong state, error findings, a return without a
/// comment, a frozen report) and nothing was changed. The message is Chinese and says why.
/// </summary>
public sealed class WorkflowRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WorkflowRefusedException(string message)
        : base(message)
    {
    }
}
