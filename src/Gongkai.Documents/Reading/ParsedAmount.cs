namespace Gongkai.Documents.Reading;

/// <summary>A printed cell read as an amount: its kind and, for a number, its value with the printed scale.</summary>
/// <param name="Kind">Blank, number or text.</param>
/// <param name="Value">The number (0 unless <paramref name="Kind"/> is <see cref="AmountTextKind.Number"/>).</param>
public readonly record struct ParsedAmount(AmountTextKind Kind, decimal Value);
