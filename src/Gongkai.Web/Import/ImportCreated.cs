namespace Gongkai.Web.Import;

/// <summary>The answer of POST /api/reports/import.</summary>
/// <param name="Id">The draft's number.</param>
/// <param name="UnitName">Its unit.</param>
/// <param name="Year">Its year.</param>
/// <param name="Replaced">Whether an existing draft was replaced (its history records the changes).</param>
/// <param name="Errors">Error findings of the imported draft.</param>
/// <param name="Warnings">Warning findings of the imported draft.</param>
/// <param name="Edit">The editor's address.</param>
public sealed record ImportCreated(long Id, string UnitName, int Year, bool Replaced, int Errors, int Warnings, string Edit);
