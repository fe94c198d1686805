using Gongkai.Documents.Tests.Canonical;
using Gongkai.Model;
using Gongkai.Writing;

namespace Gongkai.Documents.Tests.Export;

/// <summary>
/// The 情况说明 written from samples/seed-001.json with the reasons it holds: every figure seed 001 states, with the
/// values EXPECTED.md gives as correct (each recomputed by hand from the printed amounts in the comments).
/// </summary>
public sealed class ExplanationWriterSeedTests
{
    private static Explanation Write(int decimals = 1, UnitYearReport? report = null) =>
        ExplanationWriter.Write(report ?? SeedSample.Read(), new ExplanationOptions { PercentDecimals = decimals });

    private static string Section(Explanation e, string start) =>
        string.Join("\n", e.Sections.Single(s => s.Heading.Text.StartsWith(start, StringComparison.Ordinal)).Blocks
            .Select(b => b is ParagraphBlock p ? p.Text : ((HeadingBlock)b).Text));

    [Fact]
    public void HasTheElevenSectionsOfSeed001InOrder()
    {
        var headings = Write().Sections.Select(s => s.Heading.Text).ToList();
        Assert.Equal(
            [
                "一、收入支出决算总体情况说明", "二、收入决算情况说明", "三、支出决算情况说明", "四、财政拨款收入支出决算总体情况说明",
                "五、一般公共预算财政拨款支出决算情况说明", "六、一般公共预算财政拨款基本支出决算情况说明",
                "七、一般公共预算财政拨款“三公”经费支出决算情况说明", "八、政府性基金预算财政拨款收入支出决算情况说明",
                "九、国有资本经营预算财政拨款支出决算情况说明", "十、2020年度预算绩效情况说明", "十一、其他重要事项情况说明",
            ],
            headings);
    }

    [Fact]
    public void TotalsGrowOverThePriorYearFigure()
    {
        var e = Write();
        // 38.48 / (876.17 − 38.48 = 837.69) = 4.594% → 4.6% (the seed printed 4.5%, EXPECTED #1).
        Assert.Contains("2020年度收、支总计均为876.17万元。与上年相比，增加38.48万元，增长4.6%，主要原因是2020年因工作需要新增4名工作人员，人员经费增加。",
            Section(e, "一、"));
        Assert.Contains("本年支出合计增加38.48万元，增长4.6%", Section(e, "三、"));
        Assert.Contains("财政拨款收、支总计均为876.17万元。与上年相比，增加38.48万元，增长4.6%", Section(e, "四、"));
        Assert.Contains("一般公共预算财政拨款支出增加38.48万元，增长4.6%", Section(e, "五、"));
        Assert.DoesNotContain("4.5%", e.PlainText.Replace("占4.5%", "", StringComparison.Ordinal));
    }

    [Fact]
    public void SharesUseTheirOwnDenominators()
    {
        var e = Write();
        // 说明二: T02 合计 col2 / col1 = 876.17 / 876.17.
        Assert.Contains("本年收入合计876.17万元，其中：财政拨款收入876.17万元，占100.0%。", Section(e, "二、"));
        // 说明三: T03 基本支出 / 合计.
        Assert.Contains("基本支出876.17万元，占100.0%；项目支出0.00万元，占0.0%", Section(e, "三、"));
        // 说明五(一): T05 合计 / T03 合计.
        Assert.Contains("2020年度一般公共预算财政拨款支出876.17万元，占本年支出合计的100.0%。", Section(e, "五、"));
        // 说明五(二): 836.91 / 876.17 = 95.52% → 95.5%; 39.26 / 876.17 = 4.48% → 4.5% (EXPECTED #3, #4, #5).
        Assert.Contains("一般公共服务（类）支出836.91万元，占95.5%；住房保障（类）支出39.26万元，占4.5%。", Section(e, "五、"));
        // 说明六: 600.88 / 876.17 = 68.58% → 68.6%; 275.29 / 876.17 = 31.42% → 31.4%.
        Assert.Contains("人员经费600.88万元，占基本支出的68.6%", Section(e, "六、"));
        Assert.Contains("公用经费275.29万元，占基本支出的31.4%", Section(e, "六、"));
        // 说明七(二): shares of T07 决算 合计 1.98.
        Assert.Contains("公务接待费支出决算1.98万元，占100.0%", Section(e, "七、"));
    }

    [Fact]
    public void CompletionOfTheInitialBudgetPerItem()
    {
        var text = Section(Write(), "五、");
        // 876.17 / 735.80 = 119.08% → 119.1% (EXPECTED #6).
        Assert.Contains("年初预算数为735.80万元，支出决算数为876.17万元，完成年初预算的119.1%", text);
        // 657.19 / 589.64 = 111.46% → 111.5% (#7).
        Assert.Contains("1、一般公共服务（类）人大事务（款）行政运行（项）。年初预算为589.64万元，支出决算为657.19万元，完成年初预算的111.5%，决算数大于年初预算数的主要原因是2020年因工作需要新增4名工作人员", text);
        // Zero budget: no percentage at all.
        Assert.Contains("2、一般公共服务（类）人大事务（款）一般行政管理事务（项）。年初预算为0.00万元，支出决算为6.43万元，决算数大于年初预算数的主要原因是年中按规定调整省市代表履职经费预算。", text);
        Assert.Contains("3、一般公共服务（类）人大事务（款）人大会议（项）。年初预算为24.20万元，支出决算为24.20万元，完成年初预算的100.0%，决算数等于年初预算数。", text);
        // 92.84 / 26 = 357.08% → 357.1% (#8).
        Assert.Contains("年初预算为26.00万元，支出决算为92.84万元，完成年初预算的357.1%", text);
        // 56.25 / 56.7 = 99.21% → 99.2% (#9).
        Assert.Contains("年初预算为56.70万元，支出决算为56.25万元，完成年初预算的99.2%，决算数小于年初预算数的主要原因是贯彻厉行节约政策，减少经费开支。", text);
        Assert.Contains("6、住房保障（类）住房改革支出（款）住房公积金（项）。年初预算为39.26万元，支出决算为39.26万元，完成年初预算的100.0%", text);
        Assert.DoesNotContain("一般公共预算服务", text);
    }

    [Fact]
    public void BasicExpenditureListsExactlyTheNonZeroSectionsOfTable06()
    {
        var text = Section(Write(), "六、");
        Assert.Contains("主要包括基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、职工基本医疗保险缴费、其他社会保障缴费、住房公积金、医疗费、其他工资福利支出、离休费、生活补助、救济费、医疗费补助、奖励金、其他对个人和家庭的补助；", text);
        Assert.Contains("主要包括办公费、印刷费、邮电费、物业管理费、差旅费、维修（护）费、租赁费、会议费、公务接待费、劳务费、委托业务费、工会经费、福利费、其他交通费用、其他商品和服务支出、办公设备购置。", text);
        // Blank 款 of 公开06表 (手续费, 培训费, 因公出国（境）费用) are not listed, unlike the seed's own text.
        Assert.DoesNotContain("手续费", text);
        Assert.DoesNotContain("培训费", text);
    }

    [Fact]
    public void ThreePublicCostsAgreeWithTable07()
    {
        var text = Section(Write(), "七、");
        // 1.98 / 2.01 = 98.51% → 98.5% (#10, #11).
        Assert.Contains("“三公”经费财政拨款支出预算为2.01万元，支出决算为1.98万元，完成预算的98.5%", text);
        Assert.Contains("公务接待费支出预算为2.01万元，支出决算为1.98万元，完成预算的98.5%，决算数小于预算数的主要原因是贯彻厉行节约政策，减少经费开支", text);
        // 0.36 / (1.98 − 0.36 = 1.62) = 22.22% → 22.2% (#12).
        Assert.Contains("与上年相比，增加0.36万元，增长22.2%，主要原因是各级地方人大来我区学习民生实事人大代表票决制工作经验接待增加", text);
        Assert.Contains("因公出国（境）费支出预算为0.00万元，支出决算为0.00万元，决算数与预算数一致；与上年相比，减少8.20万元，下降100.0%，主要原因是本年度无因公出国人员。", text);
        Assert.Contains("公务用车购置及运行维护费支出预算为0.00万元，支出决算为0.00万元，决算数与预算数一致；与上年持平。", text);
        Assert.Contains("全年共接待来访团组20个、来宾200人次", text);
        Assert.Contains("公务用车保有量为0辆", text);
    }

    [Fact]
    public void AgencyOperatingCostAgainstBudgetAndPriorYear()
    {
        var text = Section(Write(), "十一、");
        // 275.29 − 126.35 = 148.94; / 126.35 = 117.88% → 117.9%. 26.46 / 248.83 = 10.63% → 10.6% (#13).
        Assert.Contains("2020年度机关运行经费支出275.29万元，比年初预算数增加148.94万元，增长117.9%，主要原因是纪念地方人大设立常委会40周年费用支出；比上年决算数增加26.46万元，增长10.6%，主要原因是纪念地方人大设立常委会40周年费用支出。", text);
        Assert.Contains("会议费支出35.99万元，主要用于召开区一届人大第二次会议、区一届人大常委会、主任会议等，参加会议800人次", text);
        Assert.Contains("政府采购支出总额3.27万元，其中：政府采购货物支出3.27万元。授予中小企业合同金额3.27万元，占政府采购支出总额的100.0%。", text);
        Assert.Contains("单位价值50万元以上通用设备0台（套）", text);
    }

    [Fact]
    public void TheSeedHoldsEveryReasonItsTextNeeds() => Assert.Empty(Write().MissingReasons);

    [Fact]
    public void EveryAmountCarriesWanYuanAndEveryPercentOnePrecision()
    {
        var text = Write().PlainText;
        // A bare 元 after a figure (the seed's "876.17元") would survive removing every 万元.
        Assert.DoesNotMatch(@"\d元", text.Replace("万元", "", StringComparison.Ordinal));
        Assert.Matches(@"\d\.\d%", text);
        // Once every one-decimal percentage is gone, no percentage of another precision is left.
        Assert.DoesNotMatch(@"\d%", System.Text.RegularExpressions.Regex.Replace(text, @"\d+\.\d%", ""));
    }

    [Fact]
    public void TwoDecimalOptionAppliesToEveryPercentage()
    {
        var e = Write(decimals: 2);
        Assert.Contains("增长4.59%", Section(e, "一、"));
        Assert.Contains("占95.52%", Section(e, "五、"));
        Assert.Contains("完成年初预算的119.08%", Section(e, "五、"));
        Assert.Contains("增长22.22%", Section(e, "七、"));
        Assert.DoesNotMatch(@"\d\.\d%", e.PlainText);
    }

    [Fact]
    public void MissingReasonsBecomePlaceholdersAndAreListed()
    {
        var report = SeedSample.Read();
        report.Reasons.Remove("Item.2010106.Deviation");
        report.Reasons.Remove("GrandTotal.Change");
        var e = Write(report: report);
        Assert.Contains("完成年初预算的357.1%，决算数大于年初预算数的主要原因是【请填写原因】。", Section(e, "五、"));
        Assert.Contains("增长4.6%，主要原因是【请填写原因】。", Section(e, "一、"));
        Assert.Equal(["GrandTotal.Change", "Item.2010106.Deviation"], e.MissingReasons.Select(m => m.Key));
        Assert.StartsWith("五、", e.MissingReasons[1].Section, StringComparison.Ordinal);
        Assert.Contains("人大监督（项）", e.MissingReasons[1].Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void ThresholdWaivesSmallDeviations()
    {
        var report = SeedSample.Read();
        report.Reasons.Remove("Item.2010107.Deviation");
        // 56.25 vs 56.7: 0.45 is 0.8% of the budget, under a 5% threshold: no reason required, no placeholder.
        var e = ExplanationWriter.Write(report, new ExplanationOptions { ReasonThreshold = 0.05m });
        Assert.Contains("完成年初预算的99.2%，决算数小于年初预算数。", Section(e, "五、"));
        Assert.Empty(e.MissingReasons);
    }

    [Fact]
    public void DecreasesAndStandstillUseTheirOwnWords()
    {
        var report = SeedSample.Read();
        var s = report.Table(DisclosureTableKind.ExplanationFigures)!;
        s.Find("GrandTotal")![3] = 900m;       // 876.17 − 900 = −23.83; / 900 = 2.65% → 下降2.6%
        s.Find("AppropriationGrandTotal")![3] = 876.17m;
        s.Find("AgencyOperatingCost")![3] = 0m; // zero base: an increase, and no percentage
        var e = Write(report: report);
        Assert.Contains("与上年相比，减少23.83万元，下降2.6%", Section(e, "一、"));
        Assert.Contains("与上年持平。", Section(e, "四、"));
        Assert.DoesNotContain("持平，主要原因", e.PlainText);
        Assert.Contains("比上年决算数增加275.29万元，主要原因是", Section(e, "十一、"));
    }
}
