namespace Gongkai.Checks;

/// <summary>How serious a finding is. Order matters: a higher value is more serious.</summary>
public enum Severity
{
    /// <summary>For information, such as a rounding (尾数) difference within tolerance.</summary>
    Notice = 0,

    /// <summary>Probably wrong or incomplete; a reviewer should look.</summary>
    Warning = 1,

    /// <summary>A figure is wrong.</summary>
    Error = 2,
}
