using Gongkai.Performance;

namespace Gongkai.Core.Tests.Performance;

/// <summary>Seed 004 (资阳区人大常委会 2022) transcribed by hand from the text: the 自评表, the 基础数据表 and the narrative amounts.</summary>
internal static class Seed004
{
    public static SelfEvaluationSheet Sheet()
    {
        var sheet = new SelfEvaluationSheet
        {
            UnitName = "益阳市资阳区人民代表大会常务委员会",
            Year = 2022,
            AnnualGoals = "目标1：强化监督职能",
            Achievements = "促进了经济健康运行；",
            PrintedTotalWeight = 100m,
            PrintedTotal = 96.25m,
        };
        sheet.Funds.Total = new FundAmounts(1033.5m, 1388.92m, 1388.92m);
        sheet.Funds.GeneralBudget = new FundAmounts(null, null, 1322.44m);
        sheet.Funds.Other = new FundAmounts(null, null, 66.48m);
        sheet.Funds.Basic = new FundAmounts(null, null, 937.05m);
        sheet.Funds.Project = new FundAmounts(null, null, 451.87m);
        sheet.Funds.ExecutionWeight = 10m;
        sheet.Funds.PrintedExecutionRate = 105.93m;
        sheet.Funds.PrintedExecutionScore = 9m;
        sheet.PrintedGroupWeights.Add(new PrintedGroupWeight("产出指标", 50m));
        sheet.PrintedGroupWeights.Add(new PrintedGroupWeight("效益指标", 40m));
        Add(sheet, "产出指标", "数量指标", "召开第六届第三次人民代表大会", "1次", "1次", 6.25m, 6.25m, null);
        Add(sheet, "产出指标", "数量指标", "开展专题调研活动", "≥9次调研", "19次", 6.25m, 6.25m, null);
        Add(sheet, "产出指标", "质量指标", "管理制度健全性", "100%", "100%", 6.25m, 6.25m, null);
        Add(sheet, "产出指标", "质量指标", "资金使用合规性", "100%", "100%", 6.25m, 5m, "存在指标串用");
        Add(sheet, "产出指标", "时效指标", "按时按质完成年度工作计划", "100%", "100%", 12.5m, 12.5m, null);
        Add(sheet, "产出指标", "成本指标", "公用经费控制率", "≤100%", "134.38%", 12.5m, 10m, "部分项目年初未纳入预算");
        Add(sheet, "效益指标", "经济效益指标", "促进经济健康运行", "有效促进", "促进", 8m, 8m, null);
        Add(sheet, "效益指标", "社会效益指标", "推动民生持续改善", "有效改善", "改善", 8m, 8m, null);
        Add(sheet, "效益指标", "生态效益指标", "听取和审议全区环境生态情况的报告，助推生态环境可持续性发展发展", "有效提升", "提升", 8m, 8m, null);
        Add(sheet, "效益指标", "可持续影响指标", "改善营商环境", "有效改善", "改善", 8m, 8m, null);
        Add(sheet, "效益指标", "服务对象满意度指标", "代表满意度", "≥95%", "96%", 8m, 8m, null);
        sheet.Narrative = new EvaluationNarrative
        {
            Title = "益阳市资阳区人民代表大会常务委员会2022年整体支出绩效评价报告",
            Overview = "2022年，资阳区人大共设一办八委九个正科级工作机构。",
            Problems = "年初在预算编制时，个别项目预算编制不够精准、全面，在执行中存在报财政批准调整情况。",
            Measures = "(1)细化预算编制工作。",
            ResultUse = "通过绩效自评，进一步掌握了资金使用情况和取得的效果。",
            Disclosure = "此次绩效自评报告将在资阳区政府官网上予以全文公布。",
            IncomeTotal = 1388.92m,
            IncomeItems = [new NarrativeAmount("预算内收入", 1322.4m, null, null, 8), new NarrativeAmount("预算外收入", 66.52m, null, null, 8)],
            SpendingTotal = 1388.92m,
            SpendingItems =
            [
                new NarrativeAmount("工资福利支出", 902.66m, 0.0m, "用于在职人员工资", 9),
                new NarrativeAmount("商品和服务支出", 380.58m, 0.00m, "用于人大机关办公", 9),
                new NarrativeAmount("对个人和家庭补助支出", 82.73m, 0.00m, "主要为探访慰问", 9),
                new NarrativeAmount("资本性支出", 22.95m, 0.0m, "主要为单位购买办公桌椅", 9),
            ],
            Balance = 0m,
        };
        return sheet;
    }

    public static EvaluationBaseData BaseData()
    {
        var d = new EvaluationBaseData
        {
            AuthorizedHeadcount = 39,
            ActualHeadcount = 57,
            PrintedHeadcountControlRate = 146.15m,
            PriorYear = 2021,
            Year = 2022,
            TotalSpending = new YearAmounts(1258.88m, 1033.5m, 1388.92m),
            BasicSpending = new YearAmounts(785.98m, 743.13m, 937.05m),
            PublicFunds = new YearAmounts(88.9m, 117.2m, 81.94m),
            ProjectSpending = new YearAmounts(364.77m, 290.37m, 451.87m),
        };
        (string, decimal?, decimal, decimal)[] projects =
        [
            ("环保世纪行", 3m, 3m, 3m), ("法制调研", 3m, 3m, 3m), ("调研经费", 21m, 21m, 21m), ("人大兼职副主任工作经费", 0.3m, 0.3m, 0.3m),
            ("经济运行", 6m, 3m, 3m), ("代表视察费", 16.16m, 17.76m, 17.76m), ("办公楼安全保卫", 30m, 25m, 25m), ("代表补选", 3m, 3m, 3m),
            ("规范性文件备案", 3m, 3m, 3m), ("人大常委会", 37m, 8m, 8m), ("预算联网监督中心运营维护", 6m, 6m, 6m), ("学习培训经费", 22m, 22m, 22m),
            ("人代会", 113.41m, 60m, 60m), ("涉法涉诉信访督办", 2m, 2m, 2m), ("派驻纪检组工作经费", 6m, 6m, 6m), ("三湘农民健康万里行", 3m, 3m, 3m),
            ("农产品质量安全行", 3m, 3m, 3m), ("代表工作站", null, 60m, 60m),
        ];
        foreach (var (name, prior, budget, final) in projects)
        {
            d.Projects.Add(new BaseDataProject(name, new YearAmounts(prior, budget, final)));
        }

        return d;
    }

    private static void Add(SelfEvaluationSheet sheet, string l1, string l2, string name, string target, string achieved, decimal weight, decimal score, string? reason) =>
        sheet.Indicators.Add(new PerformanceIndicator
        {
            Level1 = l1,
            Level2 = l2,
            Name = name,
            Target = IndicatorTarget.Parse(target),
            Achieved = MeasuredValue.Parse(achieved),
            Weight = weight,
            PrintedScore = score,
            DeviationReason = reason,
        });
}
