namespace Gongkai.Access;

/// <summary>
/// What a signed-in user is there to do. Stored as the member name (stable English codes); the pages show the Chinese
/// names. The public (no login) has no role at all: it is the absence of an <see cref="Actor"/>.
/// </summary>
public enum Role
{
    /// <summary>单位填报: compiles, edits and submits the reports of its own unit only.</summary>
    UnitFiller,

    /// <summary>审核 (a finance bureau): reviews, returns, approves and publishes the reports of the units assigned to it.</summary>
    Reviewer,

    /// <summary>人大监督 (a People's Congress budget committee): reads and comments on every unit of its region; never edits.</summary>
    Supervisor,

    /// <summary>管理员: users, units, catalogues and rule sets; reads every report but takes no part in the workflow.</summary>
    Administrator,
}
