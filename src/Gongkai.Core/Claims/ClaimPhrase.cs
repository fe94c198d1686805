using Gongkai.Model;

namespace Gongkai.Claims;

/// <summary>A phrase of the 情况说明 that states the value of one cell of the tables (本年收入合计 → 公开01表 本年收入合计).</summary>
public sealed record ClaimPhrase(string Phrase, CellRef Cell);
