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
    public const string BlankSubtotal = "{0} 印为空白，其下级科目之和为 {1}：合计数漏印，或在文本提取时丢失；其余审核按 {1} 计算。";
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
    public const string JsonTooDeep = "{0} 的 JSON 嵌套超过 {1} 层（第 {2} 行，第 {3} 列）。";
    public const string JsonNotUtf8 = "{0} 不是有效的 UTF-8 文本（第 {1} 行，第 {2} 列附近）。";
    public const string JsonSyntaxUnexpectedEnd = "内容在此意外结束，文件可能不完整。";
    public const string JsonSyntaxInvalid = "此处不符合 JSON 语法，请检查逗号、引号、括号和数字的写法。";
    public const string JsonInvalidEscape = "文本中有无效的 \\u 转义（代理项不成对）。";
    public const string JsonFieldMissing = "{0}：{1} 缺少字段“{2}”。";
    public const string JsonFieldUnknown = "{0}：{1} 中有未知字段“{2}”（可能拼写有误）。";
    public const string JsonFieldDuplicate = "{0}：{1} 中字段“{2}”重复出现。";
    public const string JsonExpectedString = "应为文本（字符串）";
    public const string JsonExpectedInteger = "应为整数";
    public const string JsonExpectedIntegerRange = "应为 {0} 到 {1} 之间的整数";
    public const string JsonExpectedObject = "应为对象（{…}）";
    public const string JsonExpectedArray = "应为数组（[…]）";
    public const string JsonExpectedOneOf = "应为以下之一：{0}";
    public const string JsonValueWas = "{0}，实际为 {1}";
    public const string TableDuplicate = "{0}：表“{1}”出现了不止一次。";
    public const string CodedRowNotAllowed = "{0}：{1} 没有按科目编码列示的行，不应有“{2}”这一行。";
    public const string AmountOutOfRange = "{0}：{1} 的金额“{2}”超出可处理的范围。";
    public const string CountNotWhole = "{0}：{1} 是计数，应为不小于 0 的整数，而不是“{2}”。";
    public const string CellValueAndUnreadable = "{0}：{1} 既有数值又标为无法识别，只能二选一。";
    public const string ReasonKeyInvalid = "{0}：原因说明的键“{1}”格式有误，应为“指标键.Change”“Item.科目编码.Deviation”这样的形式（后缀为 Change、Deviation、Use 或 Note）。";
    public const string PlaceTop = "报表顶层";
    public const string PlaceUnit = "单位信息（unit）";
    public const string PlaceReasons = "原因说明（reasons）";
    public const string PlaceTermItem = "名词解释（termDefinitions）第 {0} 项";
    public const string PlaceTableItem = "表清单（tables）第 {0} 项";
    public const string PlaceTable = "{0}（{1}）";
    public const string PlaceRowItem = "{0} 的行清单（rows）第 {1} 项";
    public const string PlaceRow = "{0} 行“{1}”";
    public const string PlaceCell = "{0} 行“{1}”第 {2} 栏（{3}）";
    public const string PlaceSource = "{0} 的来源位置（source）";
    public const string PlaceField = "{0} 的字段“{1}”";

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
    public const string CliUsage = "用法：gongkai <命令> [参数]\n命令：\n  audit 文件或目录... [--format text|json|csv] [--summary] [--jobs N] [--catalogue 目录文件]   审核报表（可并行）（.json .txt .md .pdf .docx .xlsx）并列出发现的问题\n  parse 文件 -o 报表.json                                   读取已公开的文件，写成标准格式 JSON\n  build 台账.csv -o 报表.json [--catalogue 目录文件]        由明细台账生成九张公开表\n  score 文件 [--format text|json] [--rules 规则.json]       重算绩效自评表的得分、总分和等级\n  export 报表 --to xlsx|docx|pdf|html -o 输出文件 [--decimals 1|2]   导出公开表与部门决算公开文档\n  consolidate 文件或目录... -o 汇总.json [--name 名称]       将多个单位的部门决算汇总为一套公开表\n  compare 文件或目录... [--format text|json|csv] [--red-flags 规则.json]   各单位各年度指标、预警与跨文件核对\n  help                                                        显示本帮助";
    public const string CliUnknownCommand = "未知的命令：{0}";
    public const string CliMissingArgument = "缺少参数：{0}";
    public const string CliUnknownOption = "未知的选项：{0}";
    public const string CliBadOptionValue = "选项 {0} 的值“{1}”无效，可选：{2}";
    public const string CliWriteFailed = "无法写入 {0}：{1}";
    public const string CliInternalError = "无法完成：{0}";
    public const string CliCatalogueSchemeNeeded = "无法从文件名判断科目目录 {0} 属于哪种分类：请写成 functional=文件、department-economic=文件 或 government-economic=文件。";
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

    // Web portal (issue 6: public portal, downloads, dashboards, editors)
    public const string PortalDownloadsLabel = "下载：";
    public const string PortalDownloadJson = "数据（JSON）";
    public const string PortalDownloadXlsx = "Excel 表格（.xlsx）";
    public const string PortalDownloadDocx = "Word 文档（.docx）";
    public const string PortalDownloadPdf = "PDF 文件（.pdf）";
    public const string PortalDownloadHtml = "网页（.html）";
    public const string PortalPdfUnavailable = "暂时无法生成 PDF：服务器未安装 LibreOffice（soffice）。请改为下载 Word（.docx）或 Excel（.xlsx）版本，或请管理员安装 libreoffice-writer-nogui。";
    public const string PortalExportFailed = "报告 {0} 导出为 {1} 失败：{2}";
    public const string PortalSourceHeading = "公开文件原文：{0}";
    public const string PortalSourceIntro = "以下是公开文件的文字部分（表格之外），有审核发现的行已标出，发现写在该行旁边。";
    public const string PortalOtherTablesHeading = "其他表格（绩效自评表、基础数据表等）";
    public const string PortalReasonsHeading = "情况说明中的原因";
    public const string PortalCellFlagged = "此格有审核发现：{0}";
    public const string PortalFindingGoTo = "查看";
    public const string PortalDashboardUnit = "{0} 看板";
    public const string PortalDashboardRegion = "{0} 看板";
    public const string PortalDashboardShort = "看板";
    public const string PortalDashboardUnitTitle = "{0}：支出看板";
    public const string PortalDashboardRegionTitle = "{0}：地区看板";
    public const string PortalDashboardNoReports = "没有找到 {0} 的已公开报告。";
    public const string PortalDashboardIntro = "以下图表的数字取自已公开的报告；每个图表下方的数据表列出同样的数字（无需脚本即可阅读）。";
    public const string PortalDashboardSources = "数据来源：";
    public const string PortalDashboardNoData = "已公开的报告中没有本图所需的数字。";
    public const string PortalChartComposition = "支出构成（按功能分类“类”，{0}年）";
    public const string PortalChartBasicProject = "基本支出与项目支出（{0}年）";
    public const string PortalChartBudgetActual = "预算与决算对比（{0}年）";
    public const string PortalChartYearOverYear = "历年支出总额";
    public const string PortalChartThreePublic = "历年“三公”经费";
    public const string PortalChartRegionTotals = "各单位支出总额";
    public const string PortalChartRegionScores = "各单位绩效自评得分";
    public const string PortalSeriesAmount = "金额";
    public const string PortalSeriesBudget = "预算数";
    public const string PortalSeriesActual = "决算数";
    public const string PortalSeriesTotal = "支出合计";
    public const string PortalSeriesScore = "自评得分";
    public const string PortalSeriesYear = "{0}年";
    public const string PortalBasicExpenditure = "基本支出";
    public const string PortalProjectExpenditure = "项目支出";
    public const string PortalUnitWan = "万元";
    public const string PortalUnitPoints = "分";
    public const string PortalColumnCategory = "项目";
    public const string PortalCheckAntiforgery = "请求缺少有效的防伪令牌（请求头 RequestVerificationToken），未作处理。请重新打开编辑页面。";
    public const string PortalCheckBodyTooLarge = "提交的报告过大（上限 {0} 字节），未作处理。";
    public const string PortalCheckNoSheet = "报告中没有绩效自评表（selfEvaluation），无法计分。";
    public const string PortalEditTitle = "编辑：{0}";
    public const string PortalEditIntro = "修改表格中的数字或原因说明，系统会随时重新审核，并在有问题的单元格旁标出。保存需要登录，且只能保存您有权编辑的报告。";
    public const string PortalEditReasonsHeading = "情况说明中的原因";
    public const string PortalEditReasonNew = "新增原因（键）";
    public const string PortalEditSave = "保存";
    public const string PortalEditChecking = "正在审核…";
    public const string PortalEditLive = "实时审核结果";
    public const string PortalEditInvalid = "不是有效的金额（应为数字，如 12.34）";
    public const string PortalEditLink = "编辑本报告";
    public const string PortalEditSelfEvaluationLink = "编辑绩效自评表";
    public const string PortalScoreTitle = "绩效自评表：{0}";
    public const string PortalScoreIntro = "修改实际完成值、得分或偏差原因，系统会随时重新计分并列出问题。";
    public const string PortalScoreTotal = "自评总分";
    public const string PortalScoreGrade = "等级";
    public const string PortalScoreIndicator = "指标";
    public const string PortalScoreTarget = "年度指标值";
    public const string PortalScoreAchieved = "实际完成值";
    public const string PortalScoreWeight = "分值";
    public const string PortalScorePrinted = "得分";
    public const string PortalScoreReason = "偏差原因";
    public const string PortalScorePrintedTotal = "印制总分";
    public const string PortalSaveSignIn = "保存需要先登录。";
    public const string PortalScoreRecomputed = "按评分规则重算：";
    public const string PortalEditCount = "共 {0} 项问题（点击可定位到单元格）";
    public const string PortalReasonPick = "从常用原因中选择…";
    public const string PortalFilterLegend = "筛选报告";
    public const string PortalFilterRegion = "地区";
    public const string PortalFilterYear = "年度";
    public const string PortalFilterText = "单位名称包含";
    public const string PortalFilterAll = "全部";
    public const string PortalFilterSubmit = "筛选";
    public const string PortalFilterNone = "没有符合筛选条件的报告。";
    public const string PortalFilterCount = "共 {0} 份报告。";
    public const string PortalLineNumber = "第 {0} 行";
    public const string PortalDemoNoUnit = "{0}：未能读出单位名称，未载入（可在 samples/seed-units.csv 中按“文件名,单位名称,地区”补充）。";
    // Accounts and workflow (issue 6 §2–3, §5; issue 8 §3–4)
    public const string RoleUnitFiller = "单位填报";
    public const string RoleReviewer = "审核";
    public const string RoleSupervisor = "人大监督";
    public const string RoleAdministrator = "管理员";
    public const string WorkflowActionSubmit = "上报";
    public const string WorkflowActionReturn = "退回";
    public const string WorkflowActionApprove = "审核通过";
    public const string WorkflowActionPublish = "公开";
    public const string WorkflowStepNotFromState = "不能{0}：报告当前状态为“{1}”，此状态下不能进行这一步。";
    public const string WorkflowSubmitHasErrors = "不能上报：审核发现 {0} 项错误，请先改正所有错误后再上报。";
    public const string WorkflowReturnNeedsComment = "退回时必须填写退回意见，说明需要修改的内容。";
    public const string HistoryPlaceReason = "情况说明原因“{0}”";
    public const string HistoryPlaceOther = "报告的其他内容（单位信息、名词解释、绩效自评等）";
    public const string HistoryActionCreate = "创建";
    public const string HistoryActionEdit = "修改";
    public const string HistoryActionComment = "意见";
    public const string AccountLoginTaken = "用户名“{0}”已被使用，请换一个。";
    public const string AccountLoginInvalid = "用户名应为 3 到 64 个字母、数字、点、下划线或连字符。";
    public const string AccountPasswordTooShort = "密码至少需要 {0} 个字符。";
    public const string AccountDisplayNameMissing = "请填写姓名或显示名称。";
    public const string AccountUnitRequired = "单位填报账户必须指定所属单位。";
    public const string AccountRegionRequired = "人大监督账户必须指定监督的地区。";
    public const string AccountUnitUnknown = "单位编号 {0} 不存在。";
    public const string AccountUnitTaken = "单位“{0}”（{1}）已经存在。";
    public const string AccountUnitNameMissing = "请填写单位名称。";
    public const string AccountUserUnknown = "用户编号 {0} 不存在。";
    public const string AccountNotReviewer = "只能为审核账户分配单位（{0} 的角色是{1}）。";
    public const string ReportSaveStale = "未保存：{0} {1}年的报告在您打开之后已被 {2} 于 {3} UTC 保存（您打开的是第 {4} 版，现在是第 {5} 版）。为避免覆盖他人的修改，请重新打开报告，核对后再保存。";
    public const string ReportSaveStaleUnknownUser = "未保存：{0} {1}年的报告在您打开之后已于 {2} UTC 被修改（您打开的是第 {3} 版，现在是第 {4} 版）。为避免覆盖他人的修改，请重新打开报告，核对后再保存。";
    public const string ReportSaveNotEditable = "未保存：报告当前状态为“{0}”，只有草稿或退回的报告可以修改。";
    public const string ReportIdentityChanged = "未保存：文档中的{0}“{1}”与这份报告的“{2}”不一致；单位、地区、年度和类型不能在编辑中更改。";
    public const string ReportFieldUnit = "单位名称";
    public const string ReportFieldRegion = "地区";
    public const string ReportFieldYear = "年度";
    public const string ReportFieldKind = "类型";
    public const string CommentEmpty = "意见不能为空。";
    public const string CommentTooLong = "意见不能超过 {0} 个字符。";
    public const string LoginHeading = "登录";
    public const string LoginIntro = "单位填报、审核、人大监督和管理员请登录。查看已公开的报告和上传审核无需登录。";
    public const string LoginName = "用户名";
    public const string LoginPassword = "密码";
    public const string LoginSubmit = "登录";
    public const string LoginFailed = "用户名或密码不正确。连续失败 {0} 次后，账户将被锁定 {1} 分钟。";
    public const string LoginLockedOut = "登录失败次数过多，已暂时锁定。请于 {0} 分钟后再试。";
    public const string LoginMissing = "请填写用户名和密码。";
    public const string LogoutSubmit = "退出登录";
    public const string NavWorkspace = "我的工作台";
    public const string NavLogin = "登录";
    public const string SignedInAs = "{0}（{1}）";
    public const string WorkspaceHeading = "我的工作台";
    public const string WorkspaceUnitIntro = "{0} 的报告（按年度）：";
    public const string WorkspaceReviewerIntro = "分配给您审核的单位的报告：";
    public const string WorkspaceReviewerAwaiting = "待审核（已上报）";
    public const string WorkspaceReviewerOthers = "其他报告";
    public const string WorkspaceSupervisorIntro = "{0} 各单位的报告：";
    public const string WorkspaceNoReports = "暂无报告。";
    public const string WorkspaceNoUnit = "您的账户尚未指定单位，请联系管理员。";
    public const string WorkspaceUsersHeading = "用户";
    public const string WorkspaceUnitsHeading = "单位";
    public const string WorkspaceCreateUserHeading = "新建用户";
    public const string WorkspaceCreateUnitHeading = "新建单位";
    public const string WorkspaceColumnLogin = "用户名";
    public const string WorkspaceColumnName = "姓名";
    public const string WorkspaceColumnRole = "角色";
    public const string WorkspaceColumnUnit = "单位";
    public const string WorkspaceColumnRegion = "地区";
    public const string WorkspaceColumnAssigned = "分配审核的单位";
    public const string WorkspaceColumnReport = "报告";
    public const string WorkspaceColumnStatus = "状态";
    public const string WorkspaceColumnUpdated = "最后修改（UTC）";
    public const string WorkspaceFieldDisplayName = "姓名";
    public const string WorkspaceFieldPassword = "初始密码";
    public const string WorkspaceFieldUnit = "所属单位（单位填报）";
    public const string WorkspaceFieldRegion = "监督地区（人大监督）";
    public const string WorkspaceFieldAssigned = "分配审核的单位（审核，可多选）";
    public const string WorkspaceFieldUnitName = "单位名称";
    public const string WorkspaceNoneOption = "（无）";
    public const string WorkspaceCreateUserSubmit = "创建用户";
    public const string WorkspaceCreateUnitSubmit = "创建单位";
    public const string WorkspaceUserCreated = "已创建用户“{0}”。";
    public const string WorkspaceUnitCreated = "已创建单位“{0}”。";
    public const string PanelHeading = "审核流程";
    public const string PanelStatus = "当前状态：{0}（第 {1} 版）";
    public const string PanelComment = "意见";
    public const string PanelReturnComment = "退回意见（必填）";
    public const string PanelCommentSubmit = "发表意见";
    public const string PanelHistoryLink = "修改与审核记录";
    public const string PanelNoActions = "您对这份报告没有可进行的操作。";
    public const string PanelCommentsHeading = "意见";
    public const string PanelNoComments = "暂无意见。";
    public const string HistoryHeading = "{0}：修改与审核记录";
    public const string HistoryColumnAt = "时间（UTC）";
    public const string HistoryColumnUser = "操作人";
    public const string HistoryColumnAction = "操作";
    public const string HistoryColumnPlace = "位置";
    public const string HistoryColumnOld = "原值";
    public const string HistoryColumnNew = "新值";
    public const string HistoryColumnComment = "意见";
    public const string HistoryNone = "暂无记录。";
    public const string HistoryBlank = "（空白）";
    public const string HistoryBackToReport = "返回报告";
    public const string ApiSignInRequired = "请先登录。";
    public const string ApiForbidden = "您没有权限进行此操作。";
    public const string ApiReportNotFound = "找不到报告 {0}。";
    public const string ApiBodyInvalid = "请求内容有误：{0}";
    public const string ApiBodyNotJson = "请求内容类型应为 application/json。";
    public const string ApiJsonPlace = "JSON 第 {0} 行第 {1} 个字节附近（{2}）不符合要求";
    public const string ApiDocumentMissing = "请求内容有误：缺少 document（一份 canonical JSON 报告对象）。";
    public const string ApiActionUnknown = "未知的操作“{0}”，可选：Submit、Return、Approve、Publish。";
    public const string ApiAntiforgeryFailed = "缺少或无效的防伪令牌（请求头 RequestVerificationToken），未作处理。请重新打开页面后再试。";
    public const string DemoAccountsHeading = "演示账户（仅供演示，只在首次启动时显示一次，请妥善保存）：";
    public const string DemoAccountLine = "  {0}　用户名：{1}　密码：{2}　{3}";
    public const string DemoRegionAll = "全国";
    public const string DemoAccountsNone = "演示账户：数据库中没有演示单位，只创建了管理员、审核和人大监督账户。";

    // PostgreSQL and backup
    public const string DatabasePostgreSqlName = "PostgreSQL 数据库 {0}（{1}:{2}）";
    public const string DatabaseConnectionStringInvalid = "PostgreSQL 连接字符串无效，请检查写法（例如 Host=127.0.0.1;Port=5432;Database=gongkai;Username=gongkai;Password=…）。";
    public const string CliBackupUsage = "  backup [--data 目录] [--connection 连接字符串] -o 备份.zip   备份数据库（SQLite，或给出连接字符串时为 PostgreSQL）和数据目录（默认 ./data）中的文件\n  restore 备份.zip [--data 目录] [--connection 连接字符串]     把备份恢复到新的空安装（先建表，再在一个事务中写入）";
    public const string BackupWritten = "已备份到 {0}：数据表 {1} 张、数据 {2} 行、文件 {3} 个（数据库结构版本 {4}）。";
    public const string RestoreDone = "已从 {0} 恢复到 {1}：数据表 {2} 张、数据 {3} 行、文件 {4} 个（数据库结构版本 {5}）。";
    public const string BackupNotMigrated = "数据库 {0} 尚未建立（没有迁移记录），没有可备份的内容。";
    public const string RestoreTargetNotEmpty = "不能恢复：{0} 已有数据（表 {1} 有 {2} 行），只能恢复到新的空安装。";
    public const string RestoreDataDirectoryNotEmpty = "不能恢复：数据目录 {0} 已有文件 {1}，只能恢复到新的空安装。";
    public const string BackupDamaged = "备份文件 {0} 已损坏或不是公开（Gongkai）的备份：{1}";
    public const string BackupEntryMissing = "缺少 {0}";
    public const string BackupEntryInvalid = "{0} 的内容无效（{1}）";
    public const string BackupChecksumMismatch = "{0} 的校验值与清单不符";
    public const string BackupSchemaTooNew = "备份文件 {0} 的数据库结构版本为 {1}，本程序只认识到第 {2} 版，请升级程序后再恢复。";
    public const string BackupTableUnknown = "备份文件 {0} 含有数据库中没有的表或列：{1}";
    public const string BackupSchemaDiffers = "不能恢复：{0} 已建到数据库结构第 {1} 版，比备份文件的第 {2} 版新；请恢复到尚未建表的空数据库。";
    public const string BackupRestoreFailed = "恢复失败，已回滚，{0} 未写入任何数据：{1}";
    public const string BulkImportFailed = "批量导入失败，已回滚，{0} 中没有导入任何报告：{1}";

    // Supervision (issue 7: consolidation, bulk audit, comparisons, red flags, open data)
    public const string ConsolidationNoMembers = "没有可汇总的部门决算：输入中没有含公开表的报表。";
    public const string ConsolidationYearsDiffer = "不能汇总不同年度的报表：{0} 为 {1} 年度，{2} 为 {3} 年度。请按年度分别汇总。";
    public const string ConsolidationKindsDiffer = "不能把部门决算与部门预算汇总在一起：{0} 与 {1} 的公开类型不同。";
    public const string ConsolidationDefaultName = "汇总";
    public const string ConsolidationUnnamedMember = "（未识别单位）";
    public const string ConsolidationMoreMembers = "等（另有 {0} 个单位）";
    public const string ConsolidationScope = "本汇总含 {0} 个单位：{1}。";
    public const string ConsolidationEmptyTable = "汇总单位均无此表数据。";
    public const string CliConsolidated = "已汇总“{0}”：{1} 个单位，{2} 年度，写入 {3}；汇总表审核发现错误 {4} 项、警告 {5} 项。";
    public const string CliConsolidateNoTables = "{0}：不含公开表，未计入表格汇总（如有绩效自评表，计入自评汇总）。";
    public const string CliConsolidateNoEvaluation = "绩效自评：汇总单位均无绩效自评表。";
    public const string CliConsolidateEvaluation = "绩效自评：{0} 个单位有自评表，平均得分 {1} 分，按资金加权平均 {2} 分（资金合计 {3} 万元）；等级分布：{4}。";
    public const string AuditRuleTotalsHeader = "各规则汇总（规则\t发现项数\t涉及文件数\t错误\t警告\t提示）：";
    public const string AuditRuleTotalLine = "{0}\t发现 {1} 项\t涉及 {2} 份文件\t错误 {3}\t警告 {4}\t提示 {5}";
    public const string AuditBatchTotals = "共 {0} 份文件，无法读取 {1} 份；错误 {2} 项，警告 {3} 项，提示 {4} 项；有错误的文件 {5} 份。";
    public const string RedFlagsMalformed = "预警规则文件 {0} 有误：{1}";
    public const string RedFlagsWrongFormat = "不是预警规则文件（format 应为 gongkai.red-flags）";
    public const string RedFlagsWrongVersion = "version 应为 1";
    public const string RedFlagsNoFlags = "缺少 flags 数组";
    public const string RedFlagsNotJson = "不是有效的 JSON（第 {0} 行第 {1} 个字符附近）";
    public const string RedFlagsFlagNotObject = "第 {0} 条规则应为对象";
    public const string RedFlagsFieldMissing = "第 {0} 条规则缺少 {1}";
    public const string RedFlagsDuplicateId = "规则编号 {0} 重复";
    public const string RedFlagsUnknownIndicator = "规则 {0} 的指标“{1}”不存在，可用的指标：{2}";
    public const string RedFlagsBadOperator = "规则 {0} 的比较符“{1}”无效，可选：{2}";
    public const string RedFlagsBadThreshold = "规则 {0} 缺少数值阈值 threshold（比率写成小数，如 0.10 表示 10%）";
    public const string RedFlagsBadSeverity = "规则 {0} 的级别“{1}”无效，可选：error、warning、notice";
    public const string RedFlagRaised = "{0}：{1}（{2} 为 {3}，预警条件 {4}）。";
    public const string SupervisionUnitYear = "{0} {1} 年度";
    public const string SupervisionUnnamedUnit = "（未识别单位 {0}）";
    public const string SupervisionCrossMismatch = "{0}：{1} 为 {2} 万元，{3} 为 {4} 万元，相差 {5}。同一数字在两份公开文件中不一致。";
    public const string SupervisionPriorStated = "{0} 年度情况说明所列上年决算数（{1}）";
    public const string SupervisionPriorTable = "{0} 年度部门决算 {1}";
    public const string SupervisionFinalTable = "{0} 年度部门决算 {1}";
    public const string SupervisionFinalInitial = "{0} 年度部门决算情况说明所列年初预算数";
    public const string SupervisionBudgetTable = "{0} 年度部门预算 公开05表";
    public const string SupervisionSheetFunds = "绩效自评表 {0} 全年执行数";
    public const string SupervisionBaseData = "绩效评价基础数据表 {0} 本年决算数";
    public const string SupervisionBaseDataPriorSpending = "绩效评价基础数据表 支出总额 上年决算数";
    public const string CompareIndicatorsHeader = "一、各单位各年度指标";
    public const string CompareFlagsHeader = "二、预警（规则集 {0}）";
    public const string CompareCrossHeader = "三、同一单位不同文件之间的核对";
    public const string CompareNone = "  无。";
    public const string CompareSpendingByClass = "按功能分类";

    /// <summary>The Chinese names of the supervision indicators (<c>UnitYearIndicators.Names</c>).</summary>
    public static readonly IReadOnlyDictionary<string, string> SupervisionIndicatorNames = new Dictionary<string, string>
    {
        ["expenditureTotal"] = "本年支出合计",
        ["basicExpenditure"] = "基本支出",
        ["projectExpenditure"] = "项目支出",
        ["basicShare"] = "基本支出占比",
        ["personnelCost"] = "人员经费",
        ["operatingCost"] = "公用经费",
        ["personnelShare"] = "人员经费占基本支出比",
        ["threePublicCosts"] = "“三公”经费决算",
        ["threePublicCostsBudget"] = "“三公”经费预算",
        ["threePublicCostsPrior"] = "“三公”经费上年决算",
        ["threePublicChangeRate"] = "“三公”经费变动率",
        ["threePublicControlRate"] = "“三公”经费控制率",
        ["agencyOperatingCost"] = "机关运行经费",
        ["agencyOperatingCostPrior"] = "机关运行经费上年决算",
        ["agencyOperatingCostChangeRate"] = "机关运行经费变动率",
        ["initialBudget"] = "年初预算（一般公共预算财政拨款）",
        ["budgetCompletionRate"] = "完成年初预算比例",
        ["executionRate"] = "预算执行率",
        ["authorizedHeadcount"] = "编制数",
        ["actualHeadcount"] = "实有人数",
        ["headcountControlRate"] = "在职人员控制率",
        ["selfEvaluationScore"] = "自评得分",
        ["selfEvaluationGrade"] = "自评等级",
        ["failingIndicators"] = "不达标指标数",
        ["excellentWithFailingIndicator"] = "“优”且有不达标指标",
    };

    // ---- Import ----

    /// <summary>Heading of the import page.</summary>
    public const string ImportHeading = "导入报告草稿";

    /// <summary>Import page intro: {0} accepted endings, {1} the upload limit.</summary>
    public const string ImportIntro = "上传明细台账 CSV、Gongkai 导出的 XLSX 模板、规范 JSON，或已公开的 PDF、DOCX、HTML、文本文件（可接受：{0}；不超过 {1}），读入本单位的一份新草稿；导入后打开编辑页并显示检查结果。同一单位、年度已有报告时，只有您可以编辑的草稿会被替换（留有历史记录）。";

    /// <summary>Label of the file field.</summary>
    public const string ImportFileLabel = "文件";

    /// <summary>Label of the unit field.</summary>
    public const string ImportUnitLabel = "单位名称（文件未写明时填写）";

    /// <summary>Label of the region field.</summary>
    public const string ImportRegionLabel = "地区（文件未写明时填写，可不填）";

    /// <summary>Label of the year field.</summary>
    public const string ImportYearLabel = "年度（文件未写明时填写）";

    /// <summary>The import button.</summary>
    public const string ImportSubmit = "导入为草稿";

    /// <summary>Link to the import page from the workspace.</summary>
    public const string ImportLink = "导入报告";

    /// <summary>{0} file, {1} accepted endings.</summary>
    public const string ImportUnsupported = "{0} 不是可导入的文件类型；目前可接受：{1}。";

    /// <summary>{0} file, {1} the builder's reason.</summary>
    public const string ImportLedgerInvalid = "{0}：台账不能生成公开表：{1}";

    /// <summary>{0} file.</summary>
    public const string ImportNoFigures = "{0} 中没有读到任何公开表的数字，未导入。";

    /// <summary>{0} file.</summary>
    public const string ImportNoUnit = "{0} 没有写明单位名称，请在表单的“单位名称”中填写。";

    /// <summary>{0} file.</summary>
    public const string ImportNoYear = "{0} 没有写明年度，请在表单的“年度”中填写（如 2020）。";

    /// <summary>{0} the year typed.</summary>
    public const string ImportYearInvalid = "表单的年度“{0}”不是 2000 至 2100 之间的年份。";

    /// <summary>{0} file, {1} the document's unit, {2} the user's unit.</summary>
    public const string ImportOtherUnit = "{0} 是“{1}”的报告；您只能导入本单位（{2}）的报告，未导入。";

    /// <summary>{0} the unit.</summary>
    public const string ImportForbidden = "您没有向“{0}”导入报告的权限，未导入。";

    /// <summary>{0} unit, {1} year, {2} kind, {3} status.</summary>
    public const string ImportExists = "“{0}”{1} 年度{2}已存在（{3}），只有您可以编辑的草稿才能由导入替换，未导入。";

    /// <summary>Shown when the import page is asked for without signing in.</summary>
    public const string ImportSignInRequired = "请先登录后再导入报告。";

    /// <summary>Notice in the editor after an import: {0} file, {1} errors, {2} warnings.</summary>
    public const string ImportDone = "已导入 {0}：{1} 个错误、{2} 个警告，请逐条核对。";

    /// <summary>The Chinese name of a severity.</summary>
    public static string SeverityName(Checks.Severity severity) => severity switch
    {
        Checks.Severity.Error => SeverityError,
        Checks.Severity.Warning => SeverityWarning,
        _ => SeverityNotice,
    };

    // Web
    public const string WebPageTitle = "公开（Gongkai）：预算单位信息公开的编制与审核";
    public const string WebHomeHeading = "公开（Gongkai）";
    public const string WebHomeIntro = "公开（Gongkai）帮助预算单位由结构化数据编制部门决算、部门预算公开材料，并逐项核对其中的每一个数字；审核人员和社会公众可以用它审核已经公开的报告。";
    public const string WebHomeHealthLink = "服务状态";
    public const string WebHealthDatabaseUnavailable = "数据库不可用";
    public const string WebNotFound = "找不到页面：{0}";
    public const string WebStatusCode = "请求未能完成（HTTP {0}）。";
    public const string WebInternalError = "服务器内部错误，请稍后重试。如果问题持续，请将错误编号告知管理员：{0}";
    public const string WebStarting = "数据目录：{0}";
    public const string WebDatabaseReady = "数据库已就绪：{0}（本次应用迁移 {1} 个，共 {2} 个）";
    public const string WebStartFailed = "公开（Gongkai）无法启动：{0}";
    public const string DataDirectoryUnusable = "无法创建数据目录 {0}：{1}";
    public const string WebStatusDraft = "草稿";
    public const string WebStatusSubmitted = "已上报";
    public const string WebStatusReturned = "退回";
    public const string WebStatusApproved = "审核通过";
    public const string WebStatusPublished = "已公开";
    public const string WebKindFinalAccounts = "部门决算";
    public const string WebKindBudget = "部门预算";
    public const string WebReportDuplicate = "未保存：{0} {1}年{2}已经存在，同一单位、年度和类型只能有一份报告。";
    public const string WebReportMissing = "未保存：报告 {0} 不存在（可能已被删除）。";
    public const string WebHomeTitle = "已公开的报告";
    public const string WebHomeAuditInvite = "手中有一份已经公开的报告？无需登录即可上传并逐项审核：";
    public const string WebHomeReportsHeading = "已公开的报告（按地区、单位、年度）";
    public const string WebHomeNoReports = "目前还没有已公开的报告。";
    public const string WebRegionUnknown = "（未注明地区）";
    public const string WebReportLink = "{0}年{1}";
    public const string WebNavLabel = "网站导航";
    public const string WebNavReports = "已公开的报告";
    public const string WebNavAudit = "上传审核";
    public const string WebFooter = "公开（Gongkai）：开源的预算信息公开编制与审核系统。";
    public const string WebFooterApi = "接口说明（OpenAPI）";
    public const string WebReportTitle = "{0} {1}年{2}";
    public const string WebFactUnit = "单位";
    public const string WebFactRegion = "地区";
    public const string WebFactYear = "年度";
    public const string WebFactStatus = "状态";
    public const string WebDownloadJson = "下载数据（canonical JSON）";
    public const string WebTocLabel = "本页目录";
    public const string WebTablesHeading = "公开表格";
    public const string WebExplanationFigures = "情况说明中的数字";
    public const string WebAmountUnit = "单位：万元";
    public const string WebColumnItem = "项目";
    public const string WebColumnNumber = "第{0}栏";
    public const string WebFindingsHeading = "审核结果";
    public const string WebFindingsCount = "共发现 {0} 项问题：错误 {1} 项，警告 {2} 项，提示 {3} 项（核对规则 {4} 条，通过 {5} 条）。";
    public const string WebFindingsNone = "未发现问题：所有适用的核对规则均已通过。";
    public const string WebFindingSeverity = "级别";
    public const string WebFindingLocation = "位置";
    public const string WebFindingMessage = "说明";
    public const string WebFindingPrinted = "印制数";
    public const string WebFindingExpected = "应为";
    public const string WebFindingQuote = "原文";
    public const string WebFindingLine = "第 {0} 行";
    public const string WebAuditHeading = "上传审核";
    public const string WebAuditIntro = "上传一份已经公开的报告（可接受：{0}；不超过 {1}），逐项核对其中的数字。无需登录；上传的文件只用于本次审核，不会保存。";
    public const string WebAuditFileLabel = "选择文件：";
    public const string WebAuditSubmit = "上传并审核";
    public const string WebAuditResultHeading = "{0}：{1} {2}年{3}";
    public const string WebAuditNotStored = "本次上传的文件未保存。";
    public const string WebAntiforgeryFailed = "表单已过期或来源无法验证（缺少防伪令牌），未作处理。请重新打开本页后再提交。";
    public const string WebUploadTheFile = "上传的文件";
    public const string WebBytes = "字节";
    public const string WebUploadTooLarge = "{0} 过大，上限为 {1}，未作处理。";
    public const string WebUploadNoFile = "没有收到文件：请在表单字段 file 中上传一份文档（multipart/form-data）。";
    public const string WebUploadBadForm = "上传的数据不完整或格式有误（不是有效的 multipart/form-data），未作处理，请重新上传。";
    public const string WebUnsupportedMediaType = "请求的内容类型应为 multipart/form-data，文档放在字段 file 中。";
    public const string WebUploadEmpty = "{0} 是空文件，未作处理。";
    public const string WebUploadBinary = "{0} 不是文本文档（含有二进制内容），无法作为 canonical JSON 读取。";
    public const string WebUploadUnsupported = "{0} 不是可审核的文档类型；目前可接受：{1}。";
    public const string WebDemoLoaded = "演示数据：已载入 {0} {1}年{2}（{3}），报告编号 {4}，状态：已公开";
    public const string WebDemoSkipped = "演示数据：跳过一份文件：{0}";
    public const string WebDemoSummary = "演示数据：共载入 {0} 份报告（仅在数据库为空时载入）";
    public const string WebReportStale = "未保存：{0} {1}年的报告在您打开之后已被他人修改（您打开的是第 {2} 版，现在是第 {3} 版，最后修改于 {4} UTC）。为避免覆盖他人的修改，请重新打开报告，核对后再保存。";

    // Storage
    public const string DatabaseUnavailable = "无法打开数据库 {0}：{1}";
    public const string DatabaseMigrationFailed = "数据库 {0}：迁移 {1}（{2}）执行失败，已回滚，数据库保持迁移前的状态：{3}";
    public const string DatabaseMigrationChanged = "数据库 {0}：已应用的迁移 {1}（{2}）与程序自带的脚本不一致（脚本在应用后被修改过）。";
    public const string DatabaseNewerThanProgram = "数据库 {0} 含有本程序不认识的迁移 {1}（{2}），它可能由更新版本的公开（Gongkai）创建，请升级程序。";

    // Document reading (issue 3: text, PDF, DOCX, XLSX readers)
    public const string ReadingUnsupportedFormat = "{0}：不支持的文件格式（{1}）。可读取 .txt、.md、.pdf、.docx、.xlsx 和 .json；.doc、.xls、.wps 请先另存为 .docx 或 .xlsx。";
    public const string ReadingNotText = "{0} 不是文本文件，也不是可识别的 PDF、Word（.docx）或 Excel（.xlsx）文件（第 {1} 字节附近有二进制内容）。";
    public const string ReadingEncodingUnknown = "{0} 的文字编码无法识别：既不是 UTF-8，也不是 GB18030（GBK）。请另存为 UTF-8 文本。";
    public const string ReadingNoText = "{0} 中没有可读取的文字。";

    /// <summary>An HTML page nested too deep to be a document: {0} file, {1} the depth found, {2} the limit.</summary>
    public const string ReadingHtmlTooDeep = "{0}：网页的元素嵌套达 {1} 层，超过 {2} 层的上限，不像是正常的公开文件，未读取。";
    public const string ReadingPdfToolMissing = "无法读取 PDF 文件 {0}：未找到 pdftotext 程序。请安装 poppler-utils（Debian/Ubuntu：sudo apt-get install -y poppler-utils）后重试。";
    public const string ReadingPdfFailed = "无法读取 PDF 文件 {0}：文件可能已损坏、不完整或加密（pdftotext：{1}）。";
    public const string ReadingPdfTimeout = "读取 PDF 文件 {0} 超时（超过 {1} 秒），文件可能过大或已损坏。";
    public const string ReadingPdfNoTextLayer = "PDF 文件 {0} 没有文字层（可能是扫描件或图片），无法读取其中的文字和数字。请先做文字识别（OCR），或提供原始的 Word、Excel 文件。";
    public const string ReadingTextTooLong = "{0} 提取出的文字超过上限（{1} 个字符），可能不是一份公开报告。";
    public const string ReadingPackageInvalid = "{0} 不是有效的 {1} 文件（压缩包已损坏或不完整）：{2}";
    public const string ReadingPackagePartTooLarge = "{0} 中的部件 {1} 解压后为 {2} 字节，超过上限 {3} 字节（可能是压缩炸弹），已拒绝读取。";
    public const string ReadingPackageTooLarge = "{0} 解压后共 {1} 字节，超过上限 {2} 字节（可能是压缩炸弹），已拒绝读取。";
    public const string ReadingPackageUnknown = "{0} 是压缩包，但既不是 Word（.docx）也不是 Excel（.xlsx）文件。";
    public const string ReadingWordFormat = "Word（.docx）";
    public const string ReadingExcelFormat = "Excel（.xlsx）";
    public const string ReadingLinesTruncated = "文字超过 {0} 行，只读取了前 {0} 行。";
    public const string ReadingPositionLine = "第 {0} 行";
    public const string ReadingPositionPageLine = "第 {0} 页第 {1} 行";
    public const string ReadingPositionSheetCell = "工作表“{0}”{1} 单元格";
    public const string ReadingPositionSheetRow = "工作表“{0}”第 {1} 行";
    public const string ReadingPositionDocxCell = "第 {0} 个表格第 {1} 行第 {2} 列";
    public const string ReadingPositionDocxRow = "第 {0} 个表格第 {1} 行";
    public const string ReadingPositionParagraph = "第 {0} 段";
    public const string ReadingNoteAt = "{0}，{1}：{2}";
    public const string ReadingNoteRowUnknown = "{0} 中无法识别的行“{1}”，未读入（既不是科目编码，也不是模板中的行）。";
    public const string ReadingNoteRowCodeWrongTable = "{0} 中的行“{1}”带有科目编码，但此表没有按科目编码列示的行，未读入。";
    public const string ReadingNoteRowDuplicate = "{0} 中行“{1}”重复出现，只读入了第一次出现的数值。";
    public const string ReadingNoteCellNoColumn = "{0} 行“{1}”中的“{2}”不在任何栏次下，未读入。";
    public const string ReadingNoteCellNotAllowed = "{0} 行“{1}”第 {2} 栏（{3}）按模板不应有数值，印为“{4}”，未读入。";
    public const string ReadingNoteColumnsGuessed = "{0} 的表头无法逐栏对应到模板的栏次，已按列的先后顺序读取，请核对。";
    public const string ReadingNoteColumnsUnknown = "{0} 的表头有 {1} 个数值列，模板只有 {2} 栏，无法确定各列的栏次，数值未读入。";
    public const string ReadingNoteTableNoRows = "{0} 有标题，但没有读到任何数据行，也没有“此表无数据”的说明。";
    public const string ReadingNoteTableRepeated = "{0} 再次出现，按同一张表的续表读入。";
    public const string ReadingNoteTextInTable = "{0} 中有无法归入表格的文字“{1}”，未读入。";
    public const string ReadingNoteNoTables = "未找到任何公开表格（按表的标题识别）。";
    public const string ReadingNoteUnknownKind = "无法判断文件的类型（不是部门决算公开、部门预算公开、部门整体支出绩效评价报告、绩效自评表、绩效评价基础数据表或“三公”经费说明）。";
    public const string ReadingNoteYearMissing = "未能从标题、封面或表头读出年度。";
    public const string ReadingNoteUnitMissing = "未能从标题、封面或表头读出单位名称。";
    public const string ReadingNoteXlsxSheetNoTable = "工作表“{0}”不是可识别的公开表（按标题和表头识别），未读入。";
    public const string ReadingKindFinalAccounts = "部门决算公开";
    public const string ReadingKindBudget = "部门预算公开";
    public const string ReadingKindPerformanceReport = "部门整体支出绩效评价报告";
    public const string ReadingKindSelfEvaluation = "绩效自评表";
    public const string ReadingKindBaseData = "绩效评价基础数据表";
    public const string ReadingKindThreePublicCosts = "“三公”经费说明";
    public const string ReadingKindNone = "未识别";
    public const string ReadingKindSeparator = "、";
    public const string ReadingUnknownUnit = "（未识别）";
    public const string ReadingParsed = "已读取 {0}：{1} {2} 年度，类型：{3}；读入公开表 {4} 张，其他表格 {5} 张，读取说明 {6} 条；已写入 {7}。";
    public const string ReadingNotesHeader = "读取说明：";
    public const string ReadingAuditSummaryLine = "{0}\t单位：{1}\t年度：{2}\t类型：{3}\t错误 {4}\t警告 {5}";
    public const string ReadingAuditSummaryFailed = "{0}\t无法读取：{1}";

    // Claims and wording checks (issue 3: sentences, completeness)
    public const string ClaimLocation = "第{0}行";
    public const string ClaimGrowthWrong = "{0}：印为“{1}{2}”，按 {3}÷（{4}{5}{3}）= {3}÷{6} 计算应为{1}{7}（增减幅度以上年数为分母）。";
    public const string ClaimGrowthBaseZero = "{0}：上年数为 0，不应给出增减百分比（印为“{1}”）。";
    public const string ClaimShareWrong = "{0}：印为“占{1}”，按 {2}÷{3} 计算应为 {4}。";
    public const string ClaimCompletionWrong = "{0}：印为“完成预算的{1}”，按决算 {2}÷预算 {3} 计算应为 {4}。";
    public const string ClaimCompletionBaseZero = "{0}：预算数为 0，不应给出完成预算的百分比（印为“{1}”）。";
    public const string ClaimUnitYuan = "{0}：金额“{1}元”的单位应为万元（本文其他金额以万元计，同一数字在别处印为 {1}万元）。";
    public const string ClaimUnitYuanLikely = "{0}：金额“{1}元”的单位可能应为万元（本文金额以万元计）。";
    public const string ClaimUnitBareWan = "{0}：金额“{1}万”缺少“元”，应写作 {1}万元。";
    public const string ClaimTableMismatch = "{0}：情况说明写“{1}{2}万元”，而{3} 为 {4}，二者应一致。";
    public const string ClaimItemsMissing = "{0}：{1}“主要包括”未列出公开06表中有数的：{2}。";
    public const string ClaimItemsZero = "{0}：{1}“主要包括”列出了公开06表中为0（或空白）的：{2}。";
    public const string WordingPlaceName = "{0}：“{1}”与单位名称中的地名“{2}”不一致，应为“{2}”。";
    public const string WordingRepeated = "{0}：“{1}”重复，可能多写了一遍。";

    /// <summary>W-TYPO: {0} where, {1} the misspelling as printed, {2} the correct words.</summary>
    public const string WordingMisspelled = "{0}：“{1}”有错别字，应为“{2}”。";

    /// <summary>W-PRECISION: {0} where, {1} the percentage, {2} its decimals, {3} the document's, {4} line and {5} text of an example.</summary>
    public const string WordingPrecision = "{0}：“{1}”保留{2}位小数，本文件其他百分比保留{3}位小数（如第{4}行“{5}”），同一文件应统一精度。";

    /// <summary>W-TOC: {0} where, {1} the body's title, {2} the 目录's title, {3} the 目录's line.</summary>
    public const string ContentsTitleDiffers = "{0}：正文标题“{1}”与目录（第{3}行）中的“{2}”不一致。";

    /// <summary>W-TOC: {0} where (in the 目录), {1} the entry.</summary>
    public const string ContentsEntryMissing = "{0}：目录列出“{1}”，正文中没有找到这一部分。";

    /// <summary>The expected value of W-PRECISION: {0} decimals.</summary>
    public const string WordingPrecisionExpected = "保留{0}位小数";
    public const string CompletenessTableMissing = "缺少{0} {1}，也没有说明此表无数据。";
    /// <summary>A table header's 部门 left blank: {0} table number, {1} the name the other tables print.</summary>
    public const string CompletenessHeaderUnitBlank = "{0}表头“部门：”后没有填写单位名称（其他表为“{1}”）。";

    /// <summary>A table header naming another unit: {0} table number, {1} the name printed, {2} the name the other tables print.</summary>
    public const string CompletenessHeaderUnitDiffers = "{0}表头的部门为“{1}”，与其他表的“{2}”不一致，可能套用了其他单位的表格。";

    public const string CompletenessItemNotExplained = "{0} {1}（{2}）有数，但情况说明中没有对这一项的说明（年初预算、决算数和差异原因）。";
    public const string WordingSignMismatch = "{0}：金额写“{1}”而百分比写“{2}”，增减方向不一致。";
    public const string WordingZeroChange = "{0}：变动额为 0，不应写“{1}”，应写“持平”或“一致”。";
    public const string WordingHeadingJump = "{0}：标题编号“{1}”接在“{2}”之后，编号不连续。";
    public const string WordingReasonMissing = "{0}：写明了增减“{1}”，但同一段中没有说明原因。";
    public const string ClaimSubjectUnknown = "{0}：科目名称“{1}（{2}）”与政府收支分类科目不符，应为“{3}（{2}）”。";

    // Performance evaluation (issue 4: self-evaluation sheets, scoring)
    public const string ScoringRulesInvalid = "评分规则文件 {0} 无效，未使用：{1}";
    public const string ScoringRulesNotJson = "评分规则文件 {0} 无效，未使用：不是有效的 JSON（第 {1} 行，第 {2} 列附近），请检查逗号、引号和括号。";
    public const string ScoringRulesWrongFormat = "缺少 \"format\": \"gongkai.scoring\"，这不是评分规则文件。";
    public const string ScoringRulesWrongVersion = "格式版本（version）应为 1。";
    public const string ScoringRulesFieldMissing = "{0} 缺少字段“{1}”。";
    public const string ScoringRulesFieldInvalid = "{0} 的字段“{1}”应为{2}。";
    public const string ScoringRulesPartInvalid = "{0} 应为{1}。";
    public const string ScoringRulesUnknownField = "{0} 中有未知字段“{1}”（可能拼写有误）。";
    public const string ScoringRulesDuplicateId = "编号“{0}”重复。";
    public const string ScoringRulesWeightsNot100 = "各组分值之和应为 100：预算执行率 {0} + {1} = {2}。";
    public const string ScoringRulesUnknownKind = "指标规则“{0}”的类型“{1}”未知，可选：{2}。";
    public const string ScoringRulesUnknownScoring = "指标规则“{0}”的计分方式“{1}”未知，可选：deductAbove（超过上限扣分）、deductBelow（低于下限扣分）、bands（分档）。";
    public const string ScoringRulesBandsOrder = "指标规则“{0}”的分档应按上限从小到大排列，且只有最后一档的上限为 null。";
    public const string ScoringRulesGradesIncomplete = "grades 至少应有一个等级，且最低等级的下限（minimum）应为 0。";
    public const string ScoringRulesItemPlace = "{0} 第 {1} 项";
    public const string ScoringRulesExpectedText = "文本";
    public const string ScoringRulesExpectedTextList = "文本数组";
    public const string ScoringRulesExpectedNonEmptyList = "非空的文本数组";
    public const string ScoringRulesExpectedNumber = "数字";
    public const string ScoringRulesExpectedNonNegative = "不小于 0 的数字";
    public const string ScoringRulesExpectedPositive = "大于 0 的数字";
    public const string ScoringRulesExpectedShare = "0 到 1 之间的数字（得分比例）";
    public const string ScoringRulesExpectedList = "数组（[…]）";
    public const string ScoringRulesExpectedObject = "对象（{…}）";

    public const string ExplainExecution = "预算执行率 = 全年执行数 ÷ 全年预算数 = {0} ÷ {1} = {2}；得分 = 分值 × min(执行率, {3}%) = {4} × {5} = {6}。";
    public const string ExplainExecutionMissing = "缺少全年预算数或全年执行数（或全年预算数为 0），无法计算预算执行率。";
    public const string ExplainAchievedMissing = "目标 {0}，未填写实际完成值，按未完成计 0 分。";
    public const string ExplainAchievedNotNumber = "实际完成值“{0}”不是数字，无法与目标 {1} 比较，不重算。";
    public const string ExplainUnitMismatch = "实际完成值的单位“{0}”与目标的单位“{1}”不同，无法比较，不重算。";
    public const string ExplainAtLeastMet = "目标 {0}，实际 {1}，达到目标，得满分 {2}。";
    public const string ExplainAtLeastPartial = "目标 {0}，实际 {1}，未达到目标：得分 = 分值 × 实际 ÷ 目标 = {2} × {3} ÷ {4} = {5}。";
    public const string ExplainAtMostMet = "目标 {0}，实际 {1}，未超过目标，得满分 {2}。";
    public const string ExplainAtMostZero = "目标 {0}，实际 {1}，超过为 0 的上限，不得分。";
    public const string ExplainAtMostPartial = "目标 {0}，实际 {1}，超过目标：得分 = 分值 × 目标 ÷ 实际 = {2} × {3} ÷ {4} = {5}。";
    public const string ExplainEqualMet = "目标 {0}，实际 {1}，与目标相等，得满分 {2}。";
    public const string ExplainEqualMissed = "目标 {0}，实际 {1}，与目标不等，不得分。";
    public const string ExplainRangeMet = "目标 {0}，实际 {1}，在区间内，得满分 {2}。";
    public const string ExplainRangeBelow = "目标 {0}，实际 {1}，低于下限：得分 = 分值 × 实际 ÷ 下限 = {2} × {3} ÷ {4} = {5}。";
    public const string ExplainRangeAbove = "目标 {0}，实际 {1}，高于上限：得分 = 分值 × 上限 ÷ 实际 = {2} × {3} ÷ {4} = {5}。";
    public const string ExplainQualitativeMet = "定性目标“{0}”，实际“{1}”，达到目标等级，得满分 {2}。";
    public const string ExplainQualitativePartial = "定性目标“{0}”，实际“{1}”为“{2}”等级：得分 = 分值 × {4} = {3} × {4} = {5}。";
    public const string ExplainQualitativeUnjudged = "定性目标“{0}”，实际“{1}”，无法判断达到的等级，不重算。";
    public const string ExplainBand = "比率 {0}，属于“{1}”一档：得分 = 分值 × {3} = {2} × {3} = {4}。";
    public const string ExplainBandUpTo = "不超过 {0}%";
    public const string ExplainBandOpen = "以上各档之外";
    public const string ExplainNotAbove = "比率 {0}，不超过 {1}%，得满分 {2}。";
    public const string ExplainDeductAbove = "比率 {0}，超过 {1}% 共 {2} 个百分点，每 {3} 个百分点扣 {4} 分：得分 = {5} − {4} × {2} ÷ {3} = {6}（扣完为止）。";
    public const string ExplainNotBelow = "比率 {0}，不低于 {1}%，得满分 {2}。";
    public const string ExplainDeductBelow = "比率 {0}，低于 {1}% 共 {2} 个百分点，每 {3} 个百分点扣 {4} 分：得分 = {5} − {4} × {2} ÷ {3} = {6}（扣完为止）。";
    public const string ExplainRateFormula = "{0} = {1} = {2} = {3}；";
    public const string ExplainRateAsPrinted = "{0} 按自评表填报的 {1} 计（缺少计算所需的基础数据）；";
    public const string ExplainRateMissing = "{0}：缺少计算所需的数据，自评表也未填报比率，无法重算。";
    public const string ExplainRuleSource = "依据：{0}。";
    public const string ExplainNoTarget = "未填写年度指标值，无法重算。";
    public const string ExplainNoWeight = "未填写分值，无法重算。";

    public const string FigureInitialBudget = "年初预算数";
    public const string FigureAnnualBudget = "全年预算数";
    public const string FigureExecuted = "全年执行数";
    public const string FigureExecutedSuffix = "执行数";
    public const string BaseRowTotal = "支出总额";
    public const string BaseRowBasic = "基本支出";
    public const string BaseRowPublicFunds = "公用经费";
    public const string BaseRowProject = "项目支出";
    public const string BaseRowHeadcount = "财政供养人员情况";
    public const string BaseRowBuildingArea = "规模控制率";
    public const string BaseRowBuildingInvestment = "投资概算控制率";
    public const string ColumnYearFinal = "{0}年决算数";
    public const string ColumnYearBudget = "{0}年预算数";
    public const string ColumnPriorFinal = "上年决算数";
    public const string ColumnBudget = "本年预算数";
    public const string ColumnFinal = "本年决算数";
    public const string ExecutionRowName = "预算执行率";
    public const string FormulaHeadcount = "实际在职人数 ÷ 编制数";
    public const string FormulaPublicFunds = "本年决算公用经费 ÷ 本年预算公用经费";
    public const string FormulaThreePublicControl = "本年“三公”经费决算数 ÷ 本年“三公”经费预算数";
    public const string FormulaThreePublicChange = "（本年“三公”经费 − 上年“三公”经费）÷ 上年“三公”经费";
    public const string FormulaBudgetCompletion = "全年执行数 ÷ 全年预算数";
    public const string FormulaBudgetAdjustment = "（全年预算数 − 年初预算数）÷ 年初预算数";
    public const string FormulaCarryover = "（全年预算数 − 全年执行数）÷ 全年预算数";
    public const string FormulaProcurement = "实际政府采购金额 ÷ 政府采购预算数";
    public const string FormulaBuildingInvestment = "实际投资 ÷ 预算投资";
    public const string FormulaBuildingArea = "实际规模 ÷ 批复规模";
    public const string RatioDescription = "{0} ÷ {1}（{2} ÷ {3} = {4}）";
    public const string Or = "，或 ";

    public const string PlaceExecution = "绩效自评表 年度资金总额";
    public const string PlaceTotal = "绩效自评表 总分";
    public const string PlaceNarrative = "报告正文";
    public const string FundsBySource = "按收入性质分";
    public const string FundsByUse = "按支出性质分";
    public const string NarrativeIncomeTotal = "全年总收入";
    public const string NarrativeSpendingTotal = "总支出";

    public const string FindingWrongRatio = "印制的 {0} 与 {1} 相符，似用错了计算口径。";
    public const string FindingExecutionRate = "执行率印为 {0}，按 全年执行数 ÷ 全年预算数 = {1} ÷ {2} 应为 {3}。";
    public const string FindingScore = "得分印为 {0}，按评分规则重算为 {1}：{2}";
    public const string FindingScoreAboveWeight = "得分 {0} 超过分值 {1}。";
    public const string FindingReasonMissing = "得分 {0} 低于分值 {1}，但未填写偏差原因分析。";
    public const string FindingFormula = "{0} 印为 {1}，按 {2} = {3} 应为 {4}。";
    public const string FindingTotal = "总分印为 {0}，各项得分之和为 {1}（{2}），相差 {3}。";
    public const string FindingGradeWrong = "评价等级印为“{0}”，按总分 {1} 应为“{2}”。";
    public const string FindingGradeMissing = "自评表未写评价等级；总分 {0} 对应等级“{1}”。";
    public const string FindingWeightsTotal = "分值合计为 {0}（预算执行率 {1} + 各项指标 {2}），应为 100。";
    public const string FindingTotalWeight = "总分栏的分值印为 {0}，各项分值之和为 {1}。";
    public const string FindingGroupHeading = "{0} 印为 {1} 分，其下各指标分值之和为 {2}。";
    public const string FindingGroupWeight = "{0} 的分值合计为 {1}，评分规则“{2}”为 {3}。";
    public const string FindingUngrouped = "指标“{0}”不属于评分规则的任何一组（{1}），未计入分组分值的核对。";
    public const string FindingHeadcountRate = "在职人员控制率印为 {0}，按 实际在职人数 ÷ 编制数 = {1} 应为 {2}。";
    public const string FindingHeadcountOver = "在职人员控制率为 {0}（{1}），超过 100%，但自评表未列此指标；评分规则：{2}。";
    public const string FindingBaseTotal = "{0}：支出总额印为 {1}，基本支出 + 项目支出 = {2} + {3} = {4}，相差 {5}。";
    public const string FindingBaseProjects = "{0}：{2} 个项目明细合计 {1}，项目支出印为 {3}，相差 {4}（表注要求填报全部项目）。";
    public const string FindingBasePublicFunds = "{0}：公用经费 {1} 大于基本支出 {2}。";
    public const string FindingBaseVehicles = "{0}：公务用车购置和维护经费印为 {1}，公车购置 + 公车运行维护 = {2}。";
    public const string FindingBaseThreePublic = "{0}：“三公”经费印为 {1}，各项之和为 {2}。";
    public const string FindingBaseVsSheet = "基础数据表 {0} {1} 为 {2}，自评表{3}为 {4}，相差 {5}。";
    public const string FindingBaseRate = "{0} 印为 {1}，按表中数字应为 {2}。";
    public const string FindingFundsSplit = "自评表{0}的{1}合计 {2}（{3}），年度资金总额为 {4}，相差 {5}。";
    public const string FindingNarrativeAmount = "报告正文{0}为 {1} 万元，自评表{2}为 {3} 万元，相差 {4}。";
    public const string FindingNarrativeSum = "报告正文{0}为 {1} 万元，所列各项之和为 {2} 万元（{3}）。";
    public const string FindingNarrativeShare = "报告正文：{0} {1} 万元“占总支出的 {2}”，按 {1} ÷ {3} 应为 {4}。";
    public const string FindingNarrativeBalance = "报告正文收支结余为 {0} 万元，按 收入 − 支出 应为 {1} 万元。";
    public const string ReadPerformanceNoTables = "{0} 中没有找到绩效自评表或绩效评价基础数据表（按表名“绩效自评表”“绩效评价基础数据表”识别，表格每格一行、以制表符开头）。";
    public const string ReadPerformanceNotUtf8 = "{0} 不是 UTF-8 编码的文本，请另存为 UTF-8 后重试。";
    public const string ReadPerformanceRowUnknown = "{0} 第 {1} 行：{2}中未能识别的行“{3}”，已跳过。";
    public const string ReadPerformanceNotNumber = "{0} 第 {1} 行：{2}的“{3}”不是数字，按空白处理。";
    public const string ReadPerformanceValuesMissing = "{0} 第 {1} 行：“{2}”表头之后没有数值行。";
    public const string ReadPerformanceIndicatorShort = "{0} 第 {1} 行：绩效指标行只有 {2} 栏（表头 {3} 栏），已按右对齐读取，请核对。";
    public const string ReadPerformanceFundUnknown = "{0} 第 {1} 行：未能识别的资金项目“{2}”，已跳过。";
    public const string ScoreNoSheet = "{0} 中没有可评分的绩效自评表（需要“年度资金总额”行或绩效指标表；canonical JSON 需要 selfEvaluation 字段）。";
    public const string ScoreRuleSet = "  评分规则：{0}（{1}）";
    public const string ScoreExecutionLine = "  预算执行率　分值 {0}　执行率：印制 {1}，重算 {2}　得分：印制 {3}，重算 {4}";
    public const string ScoreIndicatorLine = "  {0}　目标 {1}　实际 {2}　分值 {3}　得分：印制 {4}，重算 {5}";
    public const string ScoreRuleLine = "      规则：{0}";
    public const string ScoreTotals = "  总分：印制 {0}；各项得分之和 {1}，等级“{2}”；全部按评分规则重算 {3}，等级“{4}”。";
    public const string ScoreSummary = "  发现错误 {0} 项、警告 {1} 项、提示 {2} 项。";
    public const string ScoreBlank = "（空）";
    public const string PerformanceIndicatorPlace = "{0} 的指标（indicators）第 {1} 项";
    public const string PerformanceExpectedNumber = "应为数字";
    public const string IndicatorTemplateInvalid = "指标模板文件 {0} 无效：{1}";
    public const string IndicatorTemplateWrongFormat = "缺少 \"format\": \"gongkai.indicators\"，这不是指标模板文件。";
    public const string IndicatorTemplateWeights = "预算执行率与各指标的分值之和为 {0}，应为 100。";
    public const string IndicatorTemplateStructure = "结构有误（需要 name、title、executionWeight 和 indicators，每个指标需要 level1、name、weight）。";
    public const string ReportDefaultTitle = "{0}{1}年度部门整体支出绩效评价报告";
    public const string ReportOverview = "一、单位概况";
    public const string ReportSpending = "二、单位整体支出管理及使用情况";
    public const string ReportPerformance = "三、部门整体支出绩效情况";
    public const string ReportProblems = "四、存在的问题";
    public const string ReportMeasures = "五、改进措施";
    public const string ReportUse = "六、绩效自评结果应用和公开情况";
    public const string ReportHeadcount = "单位编制数 {0} 人，实际在职人数 {1} 人，在职人员控制率 {2}。";
    public const string ReportIncomeHeading = "（一）收入情况";
    public const string ReportIncome = "{0}年，全年总收入 {1} 万元{2}。";
    public const string ReportSpendingHeading = "（二）支出情况";
    public const string ReportSpendingTotal = "{0}年，全年总支出 {1} 万元{2}。";
    public const string ReportSpendingItems = "按支出经济分类：{0}。";
    public const string ReportBalance = "{0}年收支结余 {1} 万元。";
    public const string ReportExecutionHeading = "（三）预算执行情况";
    public const string ReportExecution = "年初预算数 {0} 万元，全年预算数 {1} 万元，全年执行数 {2} 万元，预算执行率 {3}{4}。";
    public const string ReportAdjustment = "；全年预算数比年初预算数增加 {0} 万元，预算调整率 {1}";
    public const string ReportPublicFunds = "公用经费预算 {0} 万元，决算 {1} 万元，公用经费控制率 {2}。";
    public const string ReportThreePublic = "“三公”经费决算 {0} 万元{1}。";
    public const string ReportThreePublicBudget = "，预算 {0} 万元，控制率 {1}";
    public const string ReportOfWhich = "，其中：";
    public const string ReportShare = "{0} {1} 万元，占 {2}";
    public const string ReportAmount = "{0} {1} 万元";
    public const string ReportGoalsHeading = "（一）年度绩效目标及完成情况";
    public const string ReportAchievementsLead = "实际完成情况：";
    public const string ReportIndicatorsHeading = "（二）绩效指标完成情况";
    public const string ReportTableHeader = "一级指标|二级/三级指标|年度指标值|实际完成值|分值|得分|偏差原因";
    public const string ReportConclusionHeading = "（三）自评结论";
    public const string ReportConclusion = "预算执行率得分 {0} 分，自评总分 {1} 分，评价等级为“{2}”。";
    public const string ReportNone = "无。";

    // Document export (issue 5: 情况说明 writer, XLSX, DOCX, PDF, HTML)
    public const string ExportTermsMalformed = "名词解释文件 {0} 格式有误：{1}";
    public const string ExportReasonMissing = "情况说明“{0}”：{1}，缺少原因说明（原因键 {2}），文中已用“{3}”标出。";
    public const string ExportMissingReasonsHeader = "情况说明中有 {0} 处原因待填写：";
    public const string ExportWritten = "已导出 {0}（{1} {2} 年度，{3}）。";
    public const string ExportInputUnsupported = "暂不能读取 {0}：目前可导出的输入为公开（Gongkai）报表 JSON（.json）。";
    public const string ExportDecimalsInvalid = "选项 --decimals 的值“{0}”无效，可选：1, 2";
    public const string ExportSofficeMissing = "未找到 LibreOffice（soffice），无法生成 PDF。请先安装：sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-cjk";
    public const string ExportSofficeTimeout = "LibreOffice 转换 PDF 超时（超过 {0} 秒），已终止：{1}";
    public const string ExportSofficeFailed = "LibreOffice 转换 PDF 失败（退出码 {0}）：{1}";
    public const string ExportPdfNotProduced = "LibreOffice 未生成 PDF 文件：{0}。{1}";
    public const string ExportWriteFailed = "无法写出 {0}：{1}";

    /// <summary>Fills the placeholders with invariant formatting.</summary>
    public static string Format(string template, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, template, args);
}
