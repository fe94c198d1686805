using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Performance;
using Gongkai.Templates;

namespace Gongkai.Consolidation;

/// <summary>
/// 汇总: adds the final accounts of many units into one report for a named group (a department, a region, any chosen
/// set). Every cell of every table is the sum of the members' cells by row key; rows stand in template order; the
/// 情况说明 figures (S) are summed where the template knows them (amounts and counts, all additive); figures it does not
/// know (rates, text) are left out. The check rules are linear equalities and inequalities over cells, so every rule
/// that holds on every member holds on the sum. Work is split over threads, each with its own sums, merged in input
/// order, so the result does not depend on the degree of parallelism.
/// </summary>
public static class Consolidator
{
    // Below this many reports a single thread is faster than starting workers.
    private const int ParallelThreshold = 512;

    /// <summary>
    /// Consolidates <paramref name="members"/> (all of one year and disclosure kind) into a report named
    /// <paramref name="name"/>; self-evaluation sheets are scored with <paramref name="scoring"/> (default rules when null).
    /// Throws <see cref="ConsolidationException"/> when there is nothing to add or the members differ in year or kind.
    /// </summary>
    public static ConsolidationResult Consolidate(
        string name,
        IReadOnlyList<UnitYearReport> members,
        TemplateLibrary? templates = null,
        ScoringRuleSet? scoring = null,
        int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0)
        {
            throw new ConsolidationException(MessageCatalogue.ConsolidationNoMembers);
        }

        var first = members[0];
        foreach (var m in members)
        {
            if (m.Year != first.Year)
            {
                throw new ConsolidationException(MessageCatalogue.Format(MessageCatalogue.ConsolidationYearsDiffer, first.Unit.Name, first.Year, m.Unit.Name, m.Year));
            }

            if (m.Kind != first.Kind)
            {
                throw new ConsolidationException(MessageCatalogue.Format(MessageCatalogue.ConsolidationKindsDiffer, first.Unit.Name, m.Unit.Name));
            }
        }

        templates ??= TemplateLibrary.BuiltIn;
        var region = Common(members, m => m.TemplateRegion);
        var set = templates.For(first.Kind, first.Year, region);
        var sFigures = set.Table(DisclosureTableKind.ExplanationFigures);
        Func<string, bool> keepFigure = key => TableRow.IsCode(key) || sFigures?.FixedRow(key) is not null;

        var sums = Sum(members, keepFigure, maxDegreeOfParallelism);
        var report = new UnitYearReport
        {
            Kind = first.Kind,
            Year = first.Year,
            TemplateRegion = region,
            Unit = GroupUnit(name, members),
        };
        foreach (var kind in DisclosureTableKinds.All)
        {
            if (sums[Slot(kind)] is { } accumulator)
            {
                report.SetTable(accumulator.Build(set.Table(kind), MessageCatalogue.ConsolidationEmptyTable));
            }
        }

        return new ConsolidationResult(report, [.. members.Select(m => m.Unit.Name)], SelfEvaluation(members, scoring ?? ScoringRuleSetLibrary.Default));
    }

    /// <summary>The self-evaluation figures of the members that carry a 绩效自评表 (scored by <paramref name="scoring"/>).</summary>
    public static ConsolidatedSelfEvaluation SelfEvaluation(IEnumerable<UnitYearReport> members, ScoringRuleSet scoring)
    {
        ArgumentNullException.ThrowIfNull(scoring);
        var scorer = new SelfEvaluationScorer(scoring);
        var scored = new List<SelfEvaluationMember>();
        foreach (var m in members)
        {
            if (m.SelfEvaluation is { } sheet)
            {
                var result = scorer.Score(sheet, m.EvaluationBaseData);
                scored.Add(new SelfEvaluationMember(result.Total, result.Grade, sheet.Funds.Total.Executed ?? sheet.Funds.Total.Annual));
            }
        }

        return Summarise(scored, scoring);
    }

    /// <summary>The group figures of scored members: means (2 decimals, half-up), funds and the grade distribution.</summary>
    public static ConsolidatedSelfEvaluation Summarise(IReadOnlyList<SelfEvaluationMember> scored, ScoringRuleSet scoring)
    {
        ArgumentNullException.ThrowIfNull(scored);
        ArgumentNullException.ThrowIfNull(scoring);
        decimal? mean = scored.Count == 0 ? null : Round(scored.Sum(s => s.Total) / scored.Count);
        var weighted = scored.Where(s => s.Funds is > 0).ToList();
        var funds = weighted.Sum(s => s.Funds!.Value);
        decimal? weightedMean = funds == 0 ? null : Round(weighted.Sum(s => s.Total * s.Funds!.Value) / funds);
        var grades = scoring.Grades
            .Select(g => new KeyValuePair<string, int>(g.Grade, scored.Count(s => s.Grade == g.Grade)))
            .ToList();
        return new ConsolidatedSelfEvaluation(scored.Count, mean, weightedMean, funds, grades);
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static TableAccumulator?[] Sum(IReadOnlyList<UnitYearReport> members, Func<string, bool> keepFigure, int degree)
    {
        var workers = degree > 0 ? degree : Environment.ProcessorCount;
        if (members.Count < ParallelThreshold || workers <= 1)
        {
            var single = new TableAccumulator?[Slots];
            AddRange(single, members, 0, members.Count, keepFigure);
            return single;
        }

        // Contiguous chunks, merged in chunk order: the first label seen is the same as on one thread.
        var chunks = Math.Min(workers * 4, members.Count / (ParallelThreshold / 4));
        var partial = new TableAccumulator?[chunks][];
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = workers }, c =>
        {
            var from = (int)((long)members.Count * c / chunks);
            var to = (int)((long)members.Count * (c + 1) / chunks);
            var local = new TableAccumulator?[Slots];
            AddRange(local, members, from, to, keepFigure);
            partial[c] = local;
        });
        var total = partial[0];
        for (var c = 1; c < chunks; c++)
        {
            for (var s = 0; s < Slots; s++)
            {
                if (partial[c][s] is not { } theirs)
                {
                    continue;
                }

                if (total[s] is { } ours)
                {
                    ours.Merge(theirs);
                }
                else
                {
                    total[s] = theirs;
                }
            }
        }

        return total;
    }

    private static void AddRange(TableAccumulator?[] sums, IReadOnlyList<UnitYearReport> members, int from, int to, Func<string, bool> keepFigure)
    {
        for (var i = from; i < to; i++)
        {
            foreach (var table in members[i].Tables)
            {
                var slot = Slot(table.Kind);
                var accumulator = sums[slot] ??= new TableAccumulator(table.Kind);
                accumulator.Add(table, table.Kind == DisclosureTableKind.ExplanationFigures ? keepFigure : null);
            }
        }
    }

    private const int Slots = 11;

    private static int Slot(DisclosureTableKind kind) => kind == DisclosureTableKind.ExplanationFigures ? 10 : (int)kind;

    private static BudgetUnit GroupUnit(string name, IReadOnlyList<UnitYearReport> members)
    {
        var names = members.Select(m => m.Unit.Name.Length > 0 ? m.Unit.Name : MessageCatalogue.ConsolidationUnnamedMember).ToList();
        var listed = string.Join("、", names.Take(10)) + (names.Count > 10 ? MessageCatalogue.Format(MessageCatalogue.ConsolidationMoreMembers, names.Count - 10) : "");
        var kinds = members.Select(m => m.Unit.Kind).Distinct().ToList();
        return new BudgetUnit
        {
            Name = string.IsNullOrWhiteSpace(name) ? MessageCatalogue.ConsolidationDefaultName : name.Trim(),
            Region = Common(members, m => m.Unit.Region),
            Level = Common(members, m => m.Unit.Level),
            Kind = kinds.Count == 1 ? kinds[0] : UnitKind.Unknown,
            ReportingScope = MessageCatalogue.Format(MessageCatalogue.ConsolidationScope, members.Count, listed),
            AuthorizedHeadcount = members.All(m => m.Unit.AuthorizedHeadcount is not null) ? members.Sum(m => m.Unit.AuthorizedHeadcount!.Value) : null,
            ActualHeadcount = members.All(m => m.Unit.ActualHeadcount is not null) ? members.Sum(m => m.Unit.ActualHeadcount!.Value) : null,
        };
    }

    private static string? Common(IReadOnlyList<UnitYearReport> members, Func<UnitYearReport, string?> value)
    {
        var first = value(members[0]);
        for (var i = 1; i < members.Count; i++)
        {
            if (!string.Equals(value(members[i]), first, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return first;
    }
}
