using Gongkai.Storage.Accounts;

namespace Gongkai.Storage.Tests.Accounts;

public sealed class PasswordHasherTests
{
    [Fact]
    public void A_hash_verifies_its_password_only_and_salts_differ()
    {
        var first = PasswordHasher.Hash("渌口区-2020-口令");
        var second = PasswordHasher.Hash("渌口区-2020-口令");

        Assert.True(PasswordHasher.Verify("渌口区-2020-口令", first));
        Assert.False(PasswordHasher.Verify("渌口区-2020-口令 ", first));
        Assert.False(PasswordHasher.Verify("", first));
        Assert.NotEqual(first, second);
        var parts = first.Split('$');
        Assert.Equal("pbkdf2-sha256", parts[0]);
        Assert.True(int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) >= 100_000);
        Assert.Equal(16, Convert.FromBase64String(parts[2]).Length);
        Assert.Equal(32, Convert.FromBase64String(parts[3]).Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain-text-password")]
    [InlineData("pbkdf2-sha256$abc$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$0$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$1000$not base64!$AAAA")]
    [InlineData("md5$1000$AAAA$AAAA")]
    public void A_malformed_stored_hash_never_verifies(string stored) =>
        Assert.False(PasswordHasher.Verify("plain-text-password", stored));
}
