using Gongkai.Access;
using Gongkai.Storage.Accounts;
using Gongkai.Web.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

public sealed class DemoAccountsTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_first_start_creates_one_account_per_role_for_the_demo_units_and_a_second_start_none()
    {
        await using (var factory = new GongkaiWebFactory(temp.Path))
        {
            using var client = factory.CreateClient();
            var users = await factory.Services.GetRequiredService<UserStore>().ListAsync();
            var units = await factory.Services.GetRequiredService<UnitStore>().ListAsync();

            // The demo units are those of the demo reports (seed 001 at least: 株洲市渌口区人大常委会).
            Assert.Contains(units, u => u.Key == new UnitKey("湖南省株洲市渌口区", "株洲市渌口区人大常委会"));
            Assert.Equal(Enum.GetValues<Role>().Order(), users.Select(u => u.Role).Distinct().Order());
            Assert.Equal(units.Count, users.Count(u => u.Role == Role.UnitFiller));
            var reviewer = Assert.Single(users, u => u.Role == Role.Reviewer);
            Assert.Equal(units.Select(u => u.Id).Order(), reviewer.AssignedUnits.Select(u => u.Id).Order());
            var supervisor = Assert.Single(users, u => u.Role == Role.Supervisor);
            Assert.All(units, u => Assert.StartsWith(supervisor.Region!, u.Region, StringComparison.Ordinal));
        }

        await using (var again = new GongkaiWebFactory(temp.Path))
        {
            using var client = again.CreateClient();
            Assert.Empty(await DemoAccounts.CreateIfNoneAsync(again.Services, TextWriter.Null));
        }
    }

    [Fact]
    public async Task The_configured_demo_password_signs_in_and_never_reaches_the_log()
    {
        var logs = new LogCollector();
        await using var host = new GongkaiWebFactory(temp.Path)
        {
            ConfigureTestServices = s => s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs),
        };
        await using var factory = host.WithWebHostBuilder(b => b.UseSetting(DemoAccounts.PasswordKey, "demo-password-42"));
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        await AccountsWorld.SignInAsync(client, "admin", "demo-password-42", System.Net.HttpStatusCode.Redirect);
        await AccountsWorld.SignInAsync(client, "reviewer", "wrong-password", System.Net.HttpStatusCode.Unauthorized);

        Assert.NotEmpty(logs.Entries);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("demo-password-42", StringComparison.Ordinal) || e.Message.Contains("wrong-password", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("湖南省株洲市渌口区|湖南省衡阳市蒸湘区|湖南省益阳市资阳区", "湖南省")]
    [InlineData("湖南省株洲市渌口区|湖南省株洲市荷塘区", "湖南省株洲市")]
    [InlineData("湖南省株洲市渌口区", "湖南省株洲市渌口区")]
    [InlineData("湖南省衡阳市|湖南省衡东县", "湖南省")]
    [InlineData("湖南省|广东省", "全国")]
    [InlineData("", "全国")]
    public void The_supervisor_region_is_the_shared_whole_division(string regions, string expected) =>
        Assert.Equal(expected, DemoAccounts.SharedRegion(regions.Split('|')));
}
