using Gongkai.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Gongkai.Web.Security;

/// <summary>
/// The keys behind the anti-forgery tokens live in the data directory (keys/), beside the database, so that they
/// survive a restart and go with a backup, rather than in the profile of whoever started the host.
/// </summary>
internal static class DataProtectionSetup
{
    /// <summary>Registers data protection with its key ring under the data directory.</summary>
    public static IServiceCollection AddGongkaiDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Gongkai");
        services.AddOptions<KeyManagementOptions>()
            .Configure<GongkaiDatabase, ILoggerFactory>((options, database, loggers) =>
                options.XmlRepository = new FileSystemXmlRepository(
                    new DirectoryInfo(Path.Combine(database.DataDirectory, "keys")), loggers));
        return services;
    }
}
