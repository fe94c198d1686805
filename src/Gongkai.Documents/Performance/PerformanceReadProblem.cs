namespace Gongkai.Documents.Performance;

/// <summary>A part of a performance document that could not be read (the line it is on and a Chinese message); never dropped silently.</summary>
public sealed record PerformanceReadProblem(int Line, string Message);
