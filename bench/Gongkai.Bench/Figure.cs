namespace Gongkai.Bench;

/// <summary>One measured figure, printed as "name value unit".</summary>
public sealed record Figure(string Name, double Value, string Unit);
