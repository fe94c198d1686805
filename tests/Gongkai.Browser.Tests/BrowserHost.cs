using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests;

/// <summary>
/// The real web app on Kestrel at a free loopback port, with a fresh data directory and the seeds as demo data, and
/// Debian's chromium driven by Playwright (never a downloaded browser). Shared by the tests of one class.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    /// <summary>The browser Playwright drives.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>How to install it.</summary>
    public const string Install = "sudo apt-get install -y --no-install-recommends chromium fonts-noto-cjk";

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "gongkai-browser-" + Guid.NewGuid().ToString("N"));
    private Factory? factory;
    private IPlaywright? playwright;

    /// <summary>The password of every demo account in these tests.</summary>
    public const string DemoPassword = "Browser-Test-2026";

    /// <summary>The host's services (to set up data a flow needs), or null without a browser.</summary>
    public IServiceProvider? Services => factory?.Services;

    /// <summary>The browser, or null when chromium is not installed (outside CI).</summary>
    public IBrowser? Browser { get; private set; }

    /// <summary>The site's address, e.g. http://127.0.0.1:41234.</summary>
    public string BaseAddress { get; private set; } = "";

    /// <summary>The folder holding Gongkai.slnx.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>../shared/seeds beside the repository.</summary>
    public static string Seeds => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "seeds"));

    /// <summary>Where the screenshots of the main pages are kept (committed).</summary>
    public static string Screenshots => Path.Combine(RepositoryRoot, "docs", "screenshots");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "chromium is missing under CI=true. Install: " + Install);
            Console.Error.WriteLine("note: browser tests skipped: chromium is not installed. Install: " + Install);
            return;
        }

        factory = new Factory(dataDirectory);
        factory.UseKestrel(0);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A new page of a new context (its own cookies), 1280×900, Chinese locale.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress, Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, AcceptDownloads = true,
        });
        // The machine running the tests may be busy (builds beside them): wait longer than Playwright's 30 s default.
        context.SetDefaultTimeout(90_000);
        return await context.NewPageAsync();
    }

    /// <summary>Writes a screenshot of the page to docs/screenshots/{name}.png.</summary>
    public static async Task ScreenshotAsync(IPage page, string name, bool fullPage = false)
    {
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = fullPage });
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary directory left behind is harmless.
        }
    }

    private sealed class Factory(string data) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Gongkai:DataDirectory", data);
            builder.UseSetting("Gongkai:SeedDirectory", Seeds);
            builder.UseSetting("ConnectionStrings:Gongkai", "");
            builder.UseSetting("Gongkai:DemoPassword", DemoPassword);
        }
    }
}
