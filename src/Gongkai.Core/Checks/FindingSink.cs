namespace Gongkai.Checks;

/// <summary>Collects findings during a run; rules report through it so that the passing path allocates nothing.</summary>
public sealed class FindingSink
{
    private readonly List<Finding> findings = [];

    /// <summary>The findings so far.</summary>
    public IReadOnlyList<Finding> Findings => findings;

    /// <summary>Adds a finding.</summary>
    public void Add(Finding finding) => findings.Add(finding);
}
