using Microsoft.Extensions.Configuration;

namespace Gongkai.Web.Tests;

public sealed class ListenAddressTests
{
    [Fact]
    public void Default_is_loopback_port_5080()
    {
        Assert.Equal("http://127.0.0.1:5080", ListenAddress.Default);
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("urls", "http://0.0.0.0:8080", true)]
    [InlineData("http_ports", "8080", true)]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://localhost:9000", true)]
    [InlineData("urls", "", false)]
    [InlineData("Gongkai:DataDirectory", "/srv/gongkai", false)]
    public void An_address_in_configuration_wins_over_the_default(string? key, string? value, bool configured)
    {
        var settings = new Dictionary<string, string?>();
        if (key is not null)
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        Assert.Equal(configured, ListenAddress.IsConfigured(configuration));
    }
}
