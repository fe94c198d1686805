namespace Gongkai.Performance;

/// <summary>
/// An amount the report's prose states (工资福利支出902.66万元，占总支出的0.0%，用于…): the name, the amount in 万元,
/// the share as printed (in percent, keeping its printed decimals) and what it was used for, in the unit's words.
/// </summary>
public sealed record NarrativeAmount(string Name, decimal Amount, decimal? PrintedShare = null, string? Use = null, int? Line = null);
