using Gongkai.Messages;
using Gongkai.Web;

var builder = WebApplication.CreateBuilder(args);
ListenAddress.ApplyDefault(builder.WebHost, builder.Configuration);
builder.Services.AddGongkaiDatabase();

var app = builder.Build();
app.UseGongkaiErrorPages();
app.MapHomePage();
app.MapHealthCheck();

try
{
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (e is not OperationCanceledException)
{
    // The console user gets one Chinese line (a StorageException already says what and where); the details go to the
    // debug log for whoever needs them.
    var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Gongkai.Web");
    logger.LogDebug(e, "Start-up failed");
    logger.LogCritical("{Message}", MessageCatalogue.Format(MessageCatalogue.WebStartFailed, e.Message));
    return 1;
}

/// <summary>The entry point; public and partial so that WebApplicationFactory can start it in tests.</summary>
public partial class Program;
