namespace Gongkai.Ledgers;

/// <summary>The fields of a ledger line, one per column of the ledger CSV, so that a problem can name its column.</summary>
public enum LedgerField
{
    /// <summary>类型.</summary>
    Type,

    /// <summary>功能分类科目编码.</summary>
    FunctionalCode,

    /// <summary>经济分类科目编码.</summary>
    EconomicCode,

    /// <summary>支出用途.</summary>
    Use,

    /// <summary>资金来源.</summary>
    Source,

    /// <summary>金额 (万元).</summary>
    Amount,

    /// <summary>项目: the figure key, “三公” item, reason key or unit fact a line is about.</summary>
    Item,

    /// <summary>栏次: the column of an explanation figure.</summary>
    Column,

    /// <summary>内容: the text of a reason, subject name or unit fact.</summary>
    Text,
}
