using Gongkai.Messages;

namespace Gongkai.Access;

/// <summary>The Chinese names of the roles, as the pages show them.</summary>
public static class RoleNames
{
    /// <summary>单位填报, 审核, 人大监督 or 管理员.</summary>
    public static string Of(Role role) => role switch
    {
        Role.UnitFiller => MessageCatalogue.RoleUnitFiller,
        Role.Reviewer => MessageCatalogue.RoleReviewer,
        Role.Supervisor => MessageCatalogue.RoleSupervisor,
        _ => MessageCatalogue.RoleAdministrator,
    };
}
