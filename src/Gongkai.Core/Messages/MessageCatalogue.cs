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

    // Findings of arithmetic rules
    public const string SumMismatch = "{0}：{1} 为 {2}，按 {3} 计算应为 {4}，相差 {5}。";
    public const string SumMismatchWhichUnknown = "无法判断是合计数还是明细数有误，请核对以上单元格。";
    public const string RoundingDifference = "{0}：{1} 为 {2}，按 {3} 计算为 {4}，相差 {5}，在尾数误差允许范围（±{6}）内。";
    public const string InequalityViolated = "{0}：{1} 为 {2}，不应{3} {4}（{5}）。";
    public const string MissingCells = "{0}：缺少数据，无法审核：{1}。";
    public const string UnreadableCell = "{0}：单元格无法识别为数字（印为“{1}”）。";

    // Classification findings
    public const string CodeUnknown = "{0}：未收录的科目编码 {1}（{2}），请核对科目是否正确；目录不完整时可忽略。";
    public const string CodeBadLength = "{0}：科目编码 {1} 的位数不对（功能分类应为 3/5/7 位，经济分类应为 3/5 位）。";
    public const string CodeParentMissing = "{0}：科目 {1}（{2}）的上级科目 {3} 未列出。";
    public const string CodeNameMismatch = "{0}：科目 {1} 印为“{2}”，科目目录中为“{3}”。";

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
    public const string LedgerHeaderMissing = "{0}：第 {1} 行应为表头，缺少列：{2}";
    public const string LedgerRowInvalid = "{0} 第 {1} 行，“{2}”列：{3}";
    public const string LedgerNoRows = "{0}：没有任何数据行。";
    public const string LedgerLineInvalid = "{0} 第 {1} 行：{2}";
    public const string LedgerErrors = "台账文件 {0} 有 {1} 处错误，未生成报表：";
    public const string LedgerMoreErrors = "……另有 {0} 处错误未列出。";
    public const string LedgerNotUtf8 = "{0} 不是 UTF-8 编码的文本（第 {1} 行附近），请在表格软件中另存为“CSV UTF-8”。";
    public const string LedgerUnknownColumn = "未知的列名“{0}”，可用的列：{1}";
    public const string LedgerDuplicateColumn = "列名“{0}”重复";
    public const string LedgerUnclosedQuote = "引号未闭合（从第 {0} 行开始的字段）";
    public const string LedgerTooManyFields = "字段数（{0}）多于表头的列数（{1}），请检查是否有未加引号的逗号";
    public const string LedgerEmpty = "不能为空";
    public const string LedgerRequired = "“{0}”行必须填写此列";
    public const string LedgerUnknownType = "未知的类型“{0}”，可选：{1}";
    public const string LedgerUnknownUse = "未知的支出用途“{0}”，可选：{1}";
    public const string LedgerUnknownSource = "未知的资金来源“{0}”，可选：{1}";
    public const string LedgerUnknownThreePublicItem = "未知的“三公”经费项目“{0}”，可选：{1}";
    public const string LedgerBadFunctionalCode = "功能分类科目编码“{0}”应为 5 位（款）或 7 位（项）数字（科目名称行也可为 3 位的类）";
    public const string LedgerBadEconomicCode = "经济分类科目编码“{0}”应为 5 位数字（部门预算支出经济分类的款；科目名称行也可为 3 位的类）";
    public const string LedgerAmountNotNumber = "金额“{0}”不是数字（只写数字，如 24.20，不带单位和千分位）";
    public const string LedgerAmountTooPrecise = "金额“{0}”的小数超过 6 位";
    public const string LedgerUnknownFigure = "情况说明数字“{0}”不存在，可用：{1}，或功能分类科目编码（年初预算数）";
    public const string LedgerBadFigureColumn = "栏次“{0}”无效，“{1}”可用的栏次：{2}";
    public const string LedgerFigureColumnRequired = "“{0}”有多个栏次，必须填写栏次（{1}）";
    public const string LedgerDuplicateFigure = "情况说明数字“{0}”第 {1} 栏重复（第 {2} 行已填写）";
    public const string LedgerDuplicateReason = "原因“{0}”重复（第 {1} 行已填写）";
    public const string LedgerUnknownUnitFact = "未知的单位信息“{0}”，可选：{1}";
    public const string LedgerUnknownUnitKind = "未知的单位性质“{0}”，可选：行政单位、参照公务员法管理的事业单位、事业单位";
    public const string LedgerNotWholeNumber = "“{0}”不是整数";
    public const string LedgerBadYear = "年度“{0}”无效，应为四位年份，如 2020";
    public const string LedgerUnitFactMissing = "{0}：缺少单位信息“{1}”（应有一行：类型为“单位”，项目为“{1}”）。";
    public const string LedgerGovernmentFundEmpty = "此表无数据（{0}没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。）";
    public const string LedgerStateCapitalEmpty = "此表无数据（{0}没有使用国有资本经营预算安排的支出，故本表无数据。）";

    // CLI
    public const string CliUsage = "用法：gongkai <命令> [参数]\n命令：\n  audit 文件... [--format text|json]   审核报表并列出发现的问题\n  build 台账.csv -o 报表.json            由明细台账生成九张公开表\n  help                                  显示本帮助";
    public const string CliUnknownCommand = "未知的命令：{0}";
    public const string CliMissingArgument = "缺少参数：{0}";
    public const string CliUnknownOption = "未知的选项：{0}";
    public const string CliBadOptionValue = "选项 {0} 的值“{1}”无效，可选：{2}";
    public const string CliWriteFailed = "无法写入 {0}：{1}";

    /// <summary>Fills the placeholders with invariant formatting.</summary>
    public static string Format(string template, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, template, args);
}
