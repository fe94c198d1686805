using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Gongkai.Access;
using Gongkai.Messages;
using Gongkai.Storage.Accounts;
using Gongkai.Storage.Reports;

namespace Gongkai.Web.Demo;

/// <summary>
/// Demo accounts for a first start: when no account exists, one per role — a unit filler for each unit whose reports
/// are in the database (unit1, unit2, …), a reviewer assigned to all of them, a supervisor for the region they share,
/// and an administrator — with random passwords (or Gongkai:DemoPassword) printed once to the console. Passwords are
/// never logged.
/// </summary>
internal static class DemoAccounts
{
    /// <summary>Configuration key of one password for every demo account (browser tests); random when absent.</summary>
    public const string PasswordKey = "Gongkai:DemoPassword";

    private const string PasswordAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Creates the accounts when none exists and prints them; does nothing otherwise.</summary>
    /// <returns>The accounts created with their passwords (empty when accounts existed).</returns>
    public static async Task<IReadOnlyList<(UserRecord User, string Password)>> CreateIfNoneAsync(
        IServiceProvider services, TextWriter console, CancellationToken cancellationToken = default)
    {
        var users = services.GetRequiredService<UserStore>();
        if (await users.CountAsync(cancellationToken) > 0)
        {
            return [];
        }

        var configured = services.GetRequiredService<IConfiguration>()[PasswordKey];
        string Password() => string.IsNullOrEmpty(configured) ? RandomPassword() : configured;

        var units = services.GetRequiredService<UnitStore>();
        var reports = await services.GetRequiredService<ReportStore>().ListAsync(null, cancellationToken);
        var demoUnits = new List<UnitRecord>();
        foreach (var key in reports.Select(r => new UnitKey(r.Region, r.UnitName)).Distinct())
        {
            demoUnits.Add(await units.EnsureAsync(key, cancellationToken));
        }

        var created = new List<(UserRecord, string)>();
        async Task Add(NewUser user)
        {
            var password = Password();
            created.Add((await users.CreateAsync(user, password, cancellationToken), password));
        }

        await Add(new NewUser("admin", "演示管理员", Role.Administrator));
        await Add(new NewUser("reviewer", "演示审核员（财政局）", Role.Reviewer, AssignedUnitIds: demoUnits.Select(u => u.Id).ToList()));
        await Add(new NewUser("supervisor", "演示人大监督", Role.Supervisor, Region: SharedRegion(demoUnits.Select(u => u.Region).ToList())));
        for (var i = 0; i < demoUnits.Count; i++)
        {
            await Add(new NewUser(
                "unit" + (i + 1).ToString(CultureInfo.InvariantCulture), demoUnits[i].Name + "填报员", Role.UnitFiller, UnitId: demoUnits[i].Id));
        }

        var text = new StringBuilder();
        text.AppendLine(MessageCatalogue.DemoAccountsHeading);
        foreach (var (user, password) in created)
        {
            var scope = user.Unit?.Name ?? user.Region ?? string.Join("、", user.AssignedUnits.Select(u => u.Name));
            text.AppendLine(MessageCatalogue.Format(MessageCatalogue.DemoAccountLine, RoleNames.Of(user.Role), user.Login, password, scope));
        }

        if (demoUnits.Count == 0)
        {
            text.AppendLine(MessageCatalogue.DemoAccountsNone);
        }

        await console.WriteAsync(text.ToString());
        await console.FlushAsync(cancellationToken);
        return created;
    }

    /// <summary>
    /// The region the units share: their longest common beginning, cut back to the last whole division (省, 市, 区, 县,
    /// 州, 盟, 旗), e.g. 湖南省 for 湖南省株洲市渌口区 and 湖南省衡阳市蒸湘区; 全国 when they share none.
    /// </summary>
    public static string SharedRegion(IReadOnlyList<string> regions)
    {
        var known = regions.Where(r => r.Length > 0).ToList();
        if (known.Count == 0)
        {
            return MessageCatalogue.DemoRegionAll;
        }

        var prefix = known[0];
        foreach (var region in known.Skip(1))
        {
            var n = 0;
            while (n < prefix.Length && n < region.Length && prefix[n] == region[n])
            {
                n++;
            }

            prefix = prefix[..n];
        }

        if (known.Any(r => r.Length != prefix.Length))
        {
            var cut = prefix.LastIndexOfAny(['省', '市', '区', '县', '州', '盟', '旗']);
            prefix = cut < 0 ? "" : prefix[..(cut + 1)];
        }

        return prefix.Length == 0 ? MessageCatalogue.DemoRegionAll : prefix;
    }

    private static string RandomPassword() =>
        string.Create(12, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = PasswordAlphabet[RandomNumberGenerator.GetInt32(PasswordAlphabet.Length)];
            }
        });
}
