namespace Gongkai.Model;

/// <summary>A budget unit (预算单位): who reports, with the descriptive facts of its 概况.</summary>
public sealed class BudgetUnit
{
    /// <summary>The unit's full name as on the cover, e.g. 株洲市渌口区人大常委会.</summary>
    public string Name { get; set; } = "";

    /// <summary>The region it belongs to, e.g. 湖南省株洲市渌口区.</summary>
    public string? Region { get; set; }

    /// <summary>The administrative level, e.g. 区级.</summary>
    public string? Level { get; set; }

    /// <summary>行政单位, 事业单位…</summary>
    public UnitKind Kind { get; set; }

    /// <summary>部门职责, one entry per numbered duty.</summary>
    public List<string> Duties { get; set; } = [];

    /// <summary>机构设置, as written.</summary>
    public string? Organisation { get; set; }

    /// <summary>决算单位构成, as written.</summary>
    public string? ReportingScope { get; set; }

    /// <summary>核定编制数; null when not stated.</summary>
    public int? AuthorizedHeadcount { get; set; }

    /// <summary>实有人数 / 在岗在编; null when not stated.</summary>
    public int? ActualHeadcount { get; set; }
}
