namespace Gongkai.Supervision;

/// <summary>How often one rule fired over a batch of documents: findings by severity and the documents with any.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Findings">Findings of every severity.</param>
/// <param name="Documents">Documents with at least one finding of the rule.</param>
/// <param name="Errors">Error findings.</param>
/// <param name="Warnings">Warning findings.</param>
/// <param name="Notices">Notice findings.</param>
public sealed record RuleTotal(string RuleId, int Findings, int Documents, int Errors, int Warnings, int Notices);
