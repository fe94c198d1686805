using Gongkai.Audit;
using Gongkai.Checks;
using Gongkai.Classification;
using Gongkai.Templates;

namespace Gongkai.Web.Reading;

/// <summary>The site's one auditor: the built-in rules, templates and catalogue, as <c>gongkai audit</c> uses them.</summary>
public sealed class ReportAuditing
{
    /// <summary>Creates the auditor over the built-in libraries.</summary>
    public ReportAuditing()
    {
        var engine = new CheckEngine(RuleSetLibrary.BuiltIn, TemplateLibrary.BuiltIn, ClassificationCatalogue.BuiltIn);
        Auditor = new DocumentAuditor(engine, TemplateLibrary.BuiltIn);
        Published = new Documents.Auditing.PublishedDocumentAuditor(engine, TemplateLibrary.BuiltIn);
    }

    /// <summary>The templates the pages lay tables out by.</summary>
    public TemplateLibrary Templates => TemplateLibrary.BuiltIn;

    /// <summary>The auditor.</summary>
    public DocumentAuditor Auditor { get; }

    /// <summary>Audits a document as read.</summary>
    public CheckResult Audit(ReadDocument document) => document.Read is { } read
        ? Published.Audit(document.Report, read, document.OriginalText)
        : Auditor.Audit(document.Report, document.Lines);

    /// <summary>The auditor of published documents (the same one `gongkai audit` uses).</summary>
    public Documents.Auditing.PublishedDocumentAuditor Published { get; }
}
