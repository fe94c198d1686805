using Gongkai.Checks;
using Gongkai.Checks.Classification;
using Gongkai.Classification;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Core.Tests.Classification;

public sealed class ClassificationCheckTests
{
    private static readonly TemplateSet Templates = TemplateLibrary.BuiltIn.For(DisclosureKind.FinalAccounts, 2020);

    [Fact]
    public void Seed_001_table_02_as_printed_passes_with_no_finding()
    {
        var report = Report(DisclosureTableKind.IncomeStatement, SeedTables.CodedRows001("公开 02 表").ToArray());

        var (state, findings) = Run(report, DisclosureTableKind.IncomeStatement);

        Assert.Equal(RuleState.Passed, state);
        Assert.Empty(findings);
    }

    [Fact]
    public void Seed_001_table_06_as_printed_passes_with_no_finding()
    {
        var report = Report(DisclosureTableKind.GeneralBudgetBasicExpenditure, SeedTables.EconomicRows001().ToArray());

        var (state, findings) = Run(report, DisclosureTableKind.GeneralBudgetBasicExpenditure);

        Assert.Equal(RuleState.Passed, state);
        Assert.Empty(findings);
    }

    [Fact]
    public void An_unknown_code_is_only_a_notice()
    {
        var report = Report(DisclosureTableKind.ExpenditureStatement,
            ("201", "一般公共服务支出"), ("20199", "其他一般公共服务支出"), ("2019999", "其他一般公共服务支出"));

        var (state, findings) = Run(report, DisclosureTableKind.ExpenditureStatement);

        Assert.Equal(RuleState.Passed, state);
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(Severity.Notice, f.Severity));
        Assert.Equal("公开03表：未收录的科目编码 20199（其他一般公共服务支出），请核对科目是否正确；目录不完整时可忽略。", findings[0].Message);
        Assert.Equal("公开03表 其他一般公共服务支出（20199）", findings[0].Location);
        Assert.Equal([new CellRef(DisclosureTableKind.ExpenditureStatement, "20199", 1)], findings[0].Cells);
    }

    [Fact]
    public void A_six_digit_code_is_an_error()
    {
        var report = Report(DisclosureTableKind.IncomeStatement, ("201", "一般公共服务支出"), ("201010", "行政运行"));

        var (state, findings) = Run(report, DisclosureTableKind.IncomeStatement);

        Assert.Equal(RuleState.Failed, state);
        var finding = Assert.Single(findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("C-CODE", finding.RuleId);
        Assert.Equal("公开02表：科目编码 201010（行政运行）为 6 位，此表的支出功能分类科目编码应为 3/5/7 位。", finding.Message);
        Assert.Equal([new CellRef(DisclosureTableKind.IncomeStatement, "201010", 1)], finding.Cells);
        Assert.Equal(new SourcePosition(Line: 201010), finding.Source);
    }

    [Fact]
    public void An_item_without_its_section_row_is_an_error()
    {
        var report = Report(DisclosureTableKind.GeneralBudgetExpenditure,
            ("201", "一般公共服务支出"), ("2010101", "行政运行"), ("2010102", "一般行政管理事务"));

        var (state, findings) = Run(report, DisclosureTableKind.GeneralBudgetExpenditure);

        Assert.Equal(RuleState.Failed, state);
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.Equal("公开05表：科目 2010101（行政运行）的上级科目 20101 未列出。", findings[0].Message);
        Assert.Equal("公开05表 行政运行（2010101）", findings[0].Location);
        Assert.Equal("20101", findings[0].Expected);
    }

    [Fact]
    public void An_item_without_section_and_class_names_both()
    {
        var report = Report(DisclosureTableKind.GeneralBudgetExpenditure, ("2210201", "住房公积金"));

        var (_, findings) = Run(report, DisclosureTableKind.GeneralBudgetExpenditure);

        Assert.Equal("公开05表：科目 2210201（住房公积金）的上级科目 22102、221 未列出。", Assert.Single(findings).Message);
    }

    [Fact]
    public void A_name_contradicting_a_verified_entry_is_a_warning()
    {
        var report = Report(DisclosureTableKind.IncomeStatement,
            ("201", "一般公共服务支出"), ("20101", "人大事务"), ("2010101", "行政运作"));

        var (state, findings) = Run(report, DisclosureTableKind.IncomeStatement);

        Assert.Equal(RuleState.Failed, state);
        var finding = Assert.Single(findings);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("行政运作", finding.Printed);
        Assert.Equal("行政运行", finding.Expected);
        Assert.Equal("公开02表：科目 2010101 印为“行政运作”，科目目录中为“行政运行”。", finding.Message);
    }

    [Fact]
    public void A_name_contradicting_an_unverified_entry_is_a_notice()
    {
        var report = Report(DisclosureTableKind.IncomeStatement,
            ("201", "一般公共服务支出"), ("20101", "人大事务"), ("2010103", "机关后勤服务"));

        var (state, findings) = Run(report, DisclosureTableKind.IncomeStatement);

        Assert.Equal(RuleState.Passed, state);
        var finding = Assert.Single(findings);
        Assert.Equal(Severity.Notice, finding.Severity);
        Assert.Contains("尚未与官方科目表核对", finding.Message);
    }

    [Fact]
    public void A_name_mismatch_is_judged_for_the_reports_year()
    {
        var catalogue = ClassificationCatalogue.Merge(ClassificationCatalogue.BuiltIn, new ClassificationCatalogue(
        [
            new ClassificationEntry(ClassificationScheme.Functional, "210", "医疗卫生与计划生育支出", ClassificationLevel.Class, null, true, null, 2018),
            new ClassificationEntry(ClassificationScheme.Functional, "210", "卫生健康支出", ClassificationLevel.Class, null, true, 2019),
        ]));
        var report = Report(DisclosureTableKind.IncomeStatement, ("210", "医疗卫生与计划生育支出"));

        report.Year = 2018;
        Assert.Empty(Run(report, DisclosureTableKind.IncomeStatement, catalogue).Findings);
        report.Year = 2020;
        Assert.Equal(Severity.Warning, Assert.Single(Run(report, DisclosureTableKind.IncomeStatement, catalogue).Findings).Severity);
    }

    [Fact]
    public void Table_01_takes_classes_only()
    {
        var report = Report(DisclosureTableKind.IncomeExpenditureSummary, ("201", "一、一般公共服务支出"), ("20101", "人大事务"), ("221", "七、住房保障支出"));

        var (state, findings) = Run(report, DisclosureTableKind.IncomeExpenditureSummary);

        Assert.Equal(RuleState.Failed, state);
        var finding = Assert.Single(findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("此表的支出功能分类（类级）科目编码应为 3 位", finding.Message);
        Assert.Equal([new CellRef(DisclosureTableKind.IncomeExpenditureSummary, "20101", 2)], finding.Cells); // 支出 column
    }

    [Fact]
    public void Table_06_takes_economic_codes_of_three_or_five_digits()
    {
        var report = Report(DisclosureTableKind.GeneralBudgetBasicExpenditure, ("301", "工资福利支出"), ("3010101", "基本工资"));

        var (_, findings) = Run(report, DisclosureTableKind.GeneralBudgetBasicExpenditure);

        Assert.Contains("此表的部门预算支出经济分类科目编码应为 3/5 位", Assert.Single(findings).Message);
    }

    [Fact]
    public void The_explanation_figures_list_items_without_their_parents()
    {
        var report = Report(DisclosureTableKind.ExplanationFigures, ("2010104", "人大会议"), ("2210201", "住房公积金"));

        var (state, findings) = Run(report, DisclosureTableKind.ExplanationFigures);

        Assert.Equal(RuleState.Passed, state);
        Assert.Empty(findings);
    }

    [Fact]
    public void Not_applicable_without_the_table_or_without_coded_rows()
    {
        var report = new UnitYearReport { Year = 2020 };
        Assert.Equal(RuleState.NotApplicable, Run(report, DisclosureTableKind.IncomeStatement).State);

        report.GetOrAddTable(DisclosureTableKind.IncomeStatement).Add(new TableRow("Total", "合计", 7) { [1] = 876.17m });
        Assert.Equal(RuleState.NotApplicable, Run(report, DisclosureTableKind.IncomeStatement).State);

        // 公开07表 has no coded rows in its template.
        report.GetOrAddTable(DisclosureTableKind.ThreePublicCosts).Add(new TableRow("301", "工资福利支出", 12));
        Assert.Equal(RuleState.NotApplicable, Run(report, DisclosureTableKind.ThreePublicCosts).State);
    }

    [Fact]
    public void Structural_findings_take_the_rules_severity()
    {
        var report = Report(DisclosureTableKind.IncomeStatement, ("2010101", "行政运行"));
        var sink = new FindingSink();
        var rule = new ClassificationCheck("C-CODE", Severity.Warning, "科目编码审核", DisclosureTableKind.IncomeStatement);

        rule.Evaluate(new CheckContext(report, Templates, ClassificationCatalogue.BuiltIn, Tolerance.Default), sink);

        Assert.Equal(Severity.Warning, Assert.Single(sink.Findings).Severity);
    }

    /// <summary>A 2020 report with one table holding a 合计 row and the given coded rows (Source line = code, to trace it).</summary>
    private static UnitYearReport Report(DisclosureTableKind kind, params (string Code, string Name)[] rows)
    {
        var report = new UnitYearReport { Year = 2020 };
        var columns = Templates.Table(kind)!.ColumnCount;
        var table = report.GetOrAddTable(kind);
        table.Add(new TableRow("Total", "合计", columns));
        foreach (var (code, name) in rows)
        {
            table.Add(new TableRow(code, name, columns) { Source = new SourcePosition(Line: int.Parse(code)) });
        }

        return report;
    }

    private static (RuleState State, IReadOnlyList<Finding> Findings) Run(
        UnitYearReport report, DisclosureTableKind kind, ClassificationCatalogue? catalogue = null)
    {
        var sink = new FindingSink();
        var rule = new ClassificationCheck("C-CODE", Severity.Error, "科目编码审核", kind);
        var state = rule.Evaluate(new CheckContext(report, Templates, catalogue ?? ClassificationCatalogue.BuiltIn, Tolerance.Default), sink);
        return (state, sink.Findings);
    }
}
