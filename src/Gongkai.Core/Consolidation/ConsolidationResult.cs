using Gongkai.Model;

namespace Gongkai.Consolidation;

/// <summary>What consolidating a group gave: the summed report, who was in it, and the self-evaluation figures.</summary>
public sealed class ConsolidationResult
{
    /// <summary>Creates a result.</summary>
    public ConsolidationResult(UnitYearReport report, IReadOnlyList<string> members, ConsolidatedSelfEvaluation selfEvaluation)
    {
        Report = report;
        Members = members;
        SelfEvaluation = selfEvaluation;
    }

    /// <summary>The consolidated report: one set of tables whose every cell is the sum of the members' cells.</summary>
    public UnitYearReport Report { get; }

    /// <summary>The members' unit names, in input order.</summary>
    public IReadOnlyList<string> Members { get; }

    /// <summary>The number of members.</summary>
    public int MemberCount => Members.Count;

    /// <summary>The consolidated self-evaluation figures.</summary>
    public ConsolidatedSelfEvaluation SelfEvaluation { get; }
}
