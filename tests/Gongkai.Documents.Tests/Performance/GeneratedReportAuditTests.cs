using Gongkai.Audit;
using Gongkai.Checks;
using Gongkai.Claims;
using Gongkai.Classification;
using Gongkai.Documents.Performance;
using Gongkai.Model;
using Gongkai.Performance;
using Gongkai.Templates;

namespace Gongkai.Documents.Tests.Performance;

/// <summary>Issue 4: the evaluation report generated from seed 004's data passes the same audit as a published one.</summary>
public sealed class GeneratedReportAuditTests
{
    [Fact]
    public void Auditing_the_report_generated_from_seed_004_finds_nothing()
    {
        var document = PerformanceTextReader.ReadFile(Path.Combine(RepositoryPaths.Root, "..", "shared", "seeds", "004_f345c05e6f8977cf.txt"));
        var text = EvaluationReportWriter.WriteText(document.Sheet!, document.BaseData);
        var lines = text.Split('\n').Select((t, i) => new NarrativeLine(t, new SourcePosition(Line: i + 1))).ToList();
        var report = new UnitYearReport { Year = 2022, Unit = new BudgetUnit { Name = "益阳市资阳区人民代表大会常务委员会" } };
        var auditor = new DocumentAuditor(new CheckEngine(RuleSetLibrary.BuiltIn, TemplateLibrary.BuiltIn, ClassificationCatalogue.BuiltIn), TemplateLibrary.BuiltIn);

        var result = auditor.Audit(report, lines);

        // Every figure the writer computes is right; the one remark left is the unit's own indicator text, carried in
        // as written, which repeats a word (可持续性发展发展, EXPECTED.md 004 #14).
        Assert.Empty(result.Findings.Where(f => f.Severity >= Severity.Warning && f.RuleId != "W-REPEAT").Select(f => f.Message));
        Assert.All(result.Findings.Where(f => f.RuleId == "W-REPEAT"), f => Assert.Equal("发展发展", f.Printed));
        Assert.Contains("64.99%", text);
        Assert.Contains("27.40%", text);
    }

    [Fact]
    public void The_same_audit_finds_the_wrong_shares_of_the_published_report()
    {
        // The control: seed 004's own narrative, through the same auditor, is not clean (0.0% for 64.99%…).
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "..", "shared", "seeds", "004_f345c05e6f8977cf.txt"))
            .Select((t, i) => new NarrativeLine(t, new SourcePosition(Line: i + 1))).ToList();
        var report = new UnitYearReport { Year = 2022, Unit = new BudgetUnit { Name = "益阳市资阳区人民代表大会常务委员会" } };
        var auditor = new DocumentAuditor(new CheckEngine(RuleSetLibrary.BuiltIn, TemplateLibrary.BuiltIn, ClassificationCatalogue.BuiltIn), TemplateLibrary.BuiltIn);
        Assert.Contains(auditor.Audit(report, lines).Findings, f => f.RuleId == "N-SHARE" && f.Severity == Severity.Error);
    }
}
