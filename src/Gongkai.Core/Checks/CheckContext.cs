using Gongkai.Classification;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Checks;

/// <summary>What a rule sees while it runs: the report, its templates, the classification catalogue and the tolerance.</summary>
public sealed class CheckContext
{
    /// <summary>Creates a context.</summary>
    public CheckContext(UnitYearReport report, TemplateSet templates, ClassificationCatalogue catalogue, Tolerance tolerance)
    {
        Report = report;
        Templates = templates;
        Catalogue = catalogue;
        Tolerance = tolerance;
        Naming = new CellNaming(report, templates);
    }

    /// <summary>The report being checked.</summary>
    public UnitYearReport Report { get; }

    /// <summary>The template set that applies to it.</summary>
    public TemplateSet Templates { get; }

    /// <summary>The classification catalogue.</summary>
    public ClassificationCatalogue Catalogue { get; }

    /// <summary>The rounding tolerance.</summary>
    public Tolerance Tolerance { get; }

    /// <summary>Names cells in the user's words.</summary>
    public CellNaming Naming { get; }
}
