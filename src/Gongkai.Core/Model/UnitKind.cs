namespace Gongkai.Model;

/// <summary>The legal kind of a budget unit; some rules (机关运行经费) apply to administrative units only.</summary>
public enum UnitKind
{
    /// <summary>Not stated.</summary>
    Unknown,

    /// <summary>行政单位.</summary>
    Administrative,

    /// <summary>参照公务员法管理的事业单位.</summary>
    CivilServiceManagedInstitution,

    /// <summary>事业单位.</summary>
    PublicInstitution,
}
