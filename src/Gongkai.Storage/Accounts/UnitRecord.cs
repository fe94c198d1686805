using Gongkai.Access;

namespace Gongkai.Storage.Accounts;

/// <summary>One stored budget unit.</summary>
/// <param name="Id">Its number in the store.</param>
/// <param name="Region">Its region ("" when unknown), as reports name it.</param>
/// <param name="Name">Its name, as reports name it.</param>
/// <param name="CreatedAt">When it was stored (UTC).</param>
public sealed record UnitRecord(long Id, string Region, string Name, DateTimeOffset CreatedAt)
{
    /// <summary>The key reports and the access policy match it by.</summary>
    public UnitKey Key => new(Region, Name);
}
