namespace Gongkai.Model;

/// <summary>The unit a document prints its amounts in. The model always holds 万元; this records what was printed.</summary>
public enum AmountUnit
{
    /// <summary>万元 (the usual unit of 决算 tables).</summary>
    Wan,

    /// <summary>元 (some provinces publish budgets in 元).</summary>
    Yuan,
}
