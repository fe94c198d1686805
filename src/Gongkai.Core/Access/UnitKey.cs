namespace Gongkai.Access;

/// <summary>
/// Names a budget unit the way reports do: its region and its name, both compared exactly (ordinal). A report belongs
/// to a unit when both agree, so a unit of the same name in another region is another unit.
/// </summary>
/// <param name="Region">The region ("" when unknown).</param>
/// <param name="Name">The unit's name.</param>
public readonly record struct UnitKey(string Region, string Name)
{
    /// <summary>区划 + 单位, for logs and test output.</summary>
    public override string ToString() => Region.Length == 0 ? Name : Region + " " + Name;
}
