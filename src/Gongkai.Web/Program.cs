using Gongkai.Messages;
using Gongkai.Storage;
using Gongkai.Web;

var builder = WebApplication.CreateBuilder(args);
ListenAddress.ApplyDefault(builder.WebHost, builder.Configuration);
builder.Services.AddGongkaiDatabase();

var app = builder.Build();
app.UseGongkaiErrorPages();
app.MapHomePage();
app.MapHealthCheck();

var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Gongkai.Web");
try
{
    await DatabaseSetup.MigrateAsync(app.Services, logger);
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
