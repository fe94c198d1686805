namespace Gongkai.Documents.Reading.Lattice;

/// <summary>
/// A straight table border on a PDF page, in points from the top left: horizontal (<see cref="From"/> and
/// <see cref="To"/> are x, <see cref="At"/> is y) or vertical (From/To are y, At is x).
/// </summary>
internal readonly record struct Ruling(bool Horizontal, double At, double From, double To)
{
    /// <summary>Whether the ruling passes <paramref name="position"/> along its length, with a tolerance for borders that stop short.</summary>
    public bool Spans(double position, double tolerance) => position >= From - tolerance && position <= To + tolerance;
}
