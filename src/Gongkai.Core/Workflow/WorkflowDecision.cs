namespace Gongkai.Workflow;

/// <summary>The answer of <see cref="ReportWorkflow.Decide"/>: the new state, or why the step is refused.</summary>
/// <param name="To">The state after the step (the state before it when refused).</param>
/// <param name="Refusal">Null when allowed; otherwise the Chinese reason.</param>
public sealed record WorkflowDecision(ReportStatus To, string? Refusal)
{
    /// <summary>Whether the step may be taken.</summary>
    public bool Allowed => Refusal is null;
}
