namespace Gongkai.Documents.Reading;

/// <summary>What a published document is, recognised by its content (one file may hold several).</summary>
public enum PublishedDocumentKind
{
    /// <summary>部门决算公开: the 公开表, 情况说明, 名词解释.</summary>
    FinalAccountsDisclosure,

    /// <summary>部门预算公开: the budget tables (预算数), 编制说明.</summary>
    BudgetDisclosure,

    /// <summary>部门整体支出绩效评价报告 (narrative with figures).</summary>
    PerformanceEvaluationReport,

    /// <summary>绩效自评表 (of the whole department or one project).</summary>
    SelfEvaluationSheet,

    /// <summary>部门整体支出绩效评价基础数据表.</summary>
    EvaluationBaseData,

    /// <summary>A “三公”经费 statement published on its own.</summary>
    ThreePublicCostsStatement,
}
