using Gongkai.Model;

namespace Gongkai.Documents.Reading;

/// <summary>
/// A table found in a document that the disclosure model does not hold (a 绩效自评表, a 绩效评价基础数据表…), kept as
/// its title and grid of lines so that later checks can read it with source positions.
/// </summary>
/// <param name="Title">The title line printed above it (or the sheet name), as printed.</param>
/// <param name="Position">Where it starts.</param>
/// <param name="Rows">Its rows, each with its cells and position.</param>
public sealed record RawTable(string Title, SourcePosition Position, IReadOnlyList<SourceLine> Rows);
