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

    // Web
    public const string WebPageTitle = "公开（Gongkai）：预算单位信息公开的编制与审核";
    public const string WebHomeHeading = "公开（Gongkai）";
    public const string WebHomeIntro = "公开（Gongkai）帮助预算单位由结构化数据编制部门决算、部门预算公开材料，并逐项核对其中的每一个数字；审核人员和社会公众可以用它审核已经公开的报告。";
    public const string WebHomeComingLater = "完整的网站（上传、审核、编制）将在后续版本中提供。目前可以使用命令行工具 gongkai 审核报表。";
    public const string WebHomeHealthLink = "服务状态";
    public const string WebHealthDatabaseUnavailable = "数据库不可用";
    public const string WebNotFound = "找不到页面：{0}";
    public const string WebStatusCode = "请求未能完成（HTTP {0}）。";
    public const string WebInternalError = "服务器内部错误，请稍后重试。如果问题持续，请将错误编号告知管理员：{0}";
    public const string WebStarting = "数据目录：{0}";
    public const string WebDatabaseReady = "数据库已就绪：{0}（本次应用迁移 {1} 个，共 {2} 个）";
    public const string WebStartFailed = "公开（Gongkai）无法启动：{0}";
    public const string DataDirectoryUnusable = "无法创建数据目录 {0}：{1}";
    public const string DatabaseUnavailable = "无法打开数据库 {0}：{1}";
    public const string DatabaseMigrationFailed = "数据库 {0}：迁移 {1}（{2}）执行失败，已回滚，数据库保持迁移前的状态：{3}";
    public const string DatabaseMigrationChanged = "数据库 {0}：已应用的迁移 {1}（{2}）与程序自带的脚本不一致（脚本在应用后被修改过）。";
    public const string DatabaseNewerThanProgram = "数据库 {0} 含有本程序不认识的迁移 {1}（{2}），它可能由更新版本的公开（Gongkai）创建，请升级程序。";

    /// <summary>Fills the placeholders with invariant formatting.</summary>
    public static string Format(string template, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, template, args);
}
