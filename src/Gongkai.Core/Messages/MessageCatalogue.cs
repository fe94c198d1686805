using System.Globalization;

namespace Gongkai.Messages;

/// <summary>
/// Every user-facing message of the program in one place (简体中文), with numbered placeholders.
/// Rule descriptions live in the rule set files beside the rules they describe.
/// </summary>
public static class MessageCatalogue
{
    // Data files
    public const string TemplateMalformed = "模板文件 {0} 格式有误：{1}";
    public const string RuleSetMalformed = "审核规则文件 {0} 格式有误：{1}";
    public const string RuleExpressionInvalid = "审核规则 {0} 的公式有误（第 {1} 个字符）：{2}";
    public const string CatalogueMalformed = "科目目录文件 {0} 第 {1} 行有误：{2}";
    public const string CatalogueSchemeUnknown = "科目目录文件 {0} 的文件名无法确定科目类别（应为 functional、department-economic 或 government-economic）。";
    public const string CatalogueFormatUnsupported = "科目目录文件 {0} 的格式不受支持：应为 .csv 或 .xlsx（.xls 请先在 Excel 中另存为 .xlsx）。";
    public const string CatalogueWorkbookInvalid = "科目目录文件 {0} 不是有效的 Excel 工作簿（.xlsx）：{1}";

    // Findings of arithmetic rules
    public const string SumMismatch = "{0}：{1} 为 {2}，按 {3} 计算应为 {4}，相差 {5}。";
    public const string SumMismatchWhichUnknown = "无法判断是哪一格有误。";
    public const string CellsInvolved = "涉及：{0}。";
    public const string RoundingDifference = "{0}：{1} 为 {2}，按 {3} 计算为 {4}，相差 {5}，在尾数误差允许范围（±{6}）内。";
    public const string InequalityViolated = "{0}：{1} 为 {2}，不应{3} {4}（相差 {5}）。";
    public const string MissingCells = "{0}：缺少数据，无法审核：{1}。";
    public const string UnreadableCell = "{0}：单元格无法识别为数字（印为“{1}”）。";

    // Classification findings
    public const string CodeUnknown = "{0}：未收录的科目编码 {1}（{2}），请核对科目是否正确；目录不完整时可忽略。";
    public const string CodeBadLength = "{0}：科目编码 {1}（{2}）为 {3} 位，此表的{4}科目编码应为 {5} 位。";
    public const string CodeParentMissing = "{0}：科目 {1}（{2}）的上级科目 {3} 未列出。";
    public const string CodeNameMismatch = "{0}：科目 {1} 印为“{2}”，科目目录中为“{3}”。";
    public const string CodeNameMismatchUnverified = "{0}：科目 {1} 印为“{2}”，科目目录中为“{3}”（目录中的此名称尚未与官方科目表核对，仅供参考）。";
    public const string SchemeFunctional = "支出功能分类";
    public const string SchemeFunctionalClass = "支出功能分类（类级）";
    public const string SchemeDepartmentEconomic = "部门预算支出经济分类";
    public const string SchemeGovernmentEconomic = "政府预算支出经济分类";

    // Input problems
    public const string FileNotFound = "找不到文件：{0}";
    public const string FileEmpty = "文件为空：{0}";
    public const string FileTooLarge = "文件过大：{0}（{1} 字节，上限 {2} 字节）";
    public const string FileUnreadable = "无法读取文件 {0}：{1}";
    public const string JsonMalformed = "{0} 不是有效的 JSON（第 {1} 行，第 {2} 列）：{3}";
    public const string JsonWrongFormat = "{0} 不是公开（Gongkai）报表格式：缺少 \"format\": \"gongkai.report\"。";
    public const string JsonUnsupportedVersion = "{0} 的格式版本 {1} 不受支持（支持的版本：{2}）。";
    public const string JsonFieldInvalid = "{0}：{1} 有误：{2}";
    public const string AmountNotNumber = "{0}：{1} 的金额“{2}”不是数字。";
    public const string UnknownTable = "{0}：未知的表“{1}”。";
    public const string DuplicateRow = "{0}：{1} 中行“{2}”重复出现。";
    public const string UnknownRowKey = "{0}：{1} 中没有“{2}”这一行。";
    public const string ColumnOutOfRange = "{0}：{1} 行“{2}”的栏次 {3} 不存在。";

    // Ledger CSV
    public const string LedgerHeaderMissing = "{0}：第 1 行应为表头，缺少列：{1}";
    public const string LedgerRowInvalid = "{0} 第 {1} 行，“{2}”列：{3}";
    public const string LedgerNoRows = "{0}：没有任何数据行。";

    // CLI
    public const string CliUsage = "用法：gongkai <命令> [参数]\n命令：\n  audit 文件... [--format text|json]   审核报表并列出发现的问题\n  build 台账.csv -o 报表.json            由明细台账生成九张公开表\n  help                                  显示本帮助";
    public const string CliUnknownCommand = "未知的命令：{0}";
    public const string CliMissingArgument = "缺少参数：{0}";
    public const string CliUnknownOption = "未知的选项：{0}";
    public const string CliBadOptionValue = "选项 {0} 的值“{1}”无效，可选：{2}";
    public const string CliWriteFailed = "无法写入 {0}：{1}";
    public const string CliInternalError = "无法完成：{0}";
    public const string CliBuilt = "已生成 {0}（{1} {2} 年度）；审核发现错误 {3} 项、警告 {4} 项。";
    public const string AuditDocumentHeader = "文件：{0}";
    public const string AuditUnitYear = "  单位：{0}　年度：{1}";
    public const string AuditOtherGroup = "其他";
    public const string AuditLine = "（第 {0} 行）";
    public const string AuditNoFindings = "未发现问题。";
    public const string AuditSummary = "审核规则 {0} 条：通过 {1}，未通过 {2}，不适用 {3}，数据不足 {4}；发现错误 {5} 项、警告 {6} 项、提示 {7} 项。";
    public const string SeverityError = "错误";
    public const string SeverityWarning = "警告";
    public const string SeverityNotice = "提示";

    /// <summary>The Chinese name of a severity.</summary>
    public static string SeverityName(Checks.Severity severity) => severity switch
    {
        Checks.Severity.Error => SeverityError,
        Checks.Severity.Warning => SeverityWarning,
        _ => SeverityNotice,
    };

    /// <summary>Fills the placeholders with invariant formatting.</summary>
    public static string Format(string template, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, template, args);
}
