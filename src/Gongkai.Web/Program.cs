using Gongkai.Messages;
using Gongkai.Storage;
using Gongkai.Storage.Reports;
using Gongkai.Web;
using Gongkai.Web.Accounts;
using Gongkai.Web.Api;
using Gongkai.Web.Demo;
using Gongkai.Web.Import;
using Gongkai.Web.Pages;
using Gongkai.Web.Reading;
using Gongkai.Web.Security;
using Gongkai.Web.Uploads;
using Gongkai.Web.Workflow;

var builder = WebApplication.CreateBuilder(args);
ListenAddress.ApplyDefault(builder.WebHost, builder.Configuration);
builder.Services.AddGongkaiDatabase();
builder.Services.AddSingleton(sp => new ReportStore(sp.GetRequiredService<GongkaiDatabase>(), sp.GetRequiredService<TimeProvider>()));
builder.Services.AddGongkaiDemoData();
builder.Services.AddGongkaiAccounts();
builder.Services.AddSingleton<IDocumentReader, CanonicalJsonDocumentReader>();
builder.Services.AddSingleton<IDocumentReader, PublishedDocumentReader>();
builder.Services.AddSingleton<DocumentReaders>();
builder.Services.AddSingleton<ReportAuditing>();
builder.Services.AddSingleton<UploadReader>();
builder.Services.AddSingleton<Gongkai.Web.Rendering.ReportRenderCache>();
builder.Services.AddSingleton(sp => new Gongkai.Web.Dashboards.DashboardBuilder(sp.GetRequiredService<ReportAuditing>().Templates));
builder.Services.AddSingleton<Gongkai.Web.Dashboards.DashboardSource>();
builder.Services.AddGongkaiDataProtection();
builder.Services.AddAntiforgery();
builder.Services.AddOpenApi();
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = Gongkai.Documents.Auditing.AuditJson.Encoder);

var app = builder.Build();
app.UseGongkaiSecurityHeaders();
app.UseGongkaiErrorPages();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.MapOpenApi();
app.MapHomePage();
app.MapReportPages();
app.MapDashboardPages();
app.MapEditorPages();
app.MapEditorApi();
app.MapNextYearApi();
app.MapAuditPage();
app.MapAuditApi();
app.MapReportsApi();
app.MapOpenDataApi();
app.MapLoginPage();
app.MapWorkspacePage();
app.MapWorkflowPages();
app.MapWorkflowApi();
app.MapImportPages();
app.MapHealthCheck();

var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Gongkai.Web");
try
{
    await DatabaseSetup.MigrateAsync(app.Services, logger);
    await DemoData.LoadIfEmptyAsync(app.Services, logger);
    await DemoAccounts.CreateIfNoneAsync(app.Services, Console.Out);
}
catch (StorageException e)
{
    // One Chinese line that says what and where; no stack trace for the person starting the host.
    logger.LogCritical("{Message}", MessageCatalogue.Format(MessageCatalogue.WebStartFailed, e.Message));
    return 1;
}

await app.RunAsync();
return 0;

/// <summary>The entry point; public and partial so that WebApplicationFactory can start it in tests.</summary>
public partial class Program;
