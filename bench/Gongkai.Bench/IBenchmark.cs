namespace Gongkai.Bench;

/// <summary>A benchmark of the program: a name and the figures it measures.</summary>
public interface IBenchmark
{
    /// <summary>The name used with --only.</summary>
    string Name { get; }

    /// <summary>Measures; <paramref name="quick"/> shortens the run.</summary>
    IEnumerable<Figure> Run(bool quick);
}
