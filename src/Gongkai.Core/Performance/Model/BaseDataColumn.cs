namespace Gongkai.Performance;

/// <summary>The year columns of the 经费控制情况 block of a 绩效评价基础数据表.</summary>
public enum BaseDataColumn
{
    /// <summary>上年决算数.</summary>
    PriorFinal,

    /// <summary>本年预算数.</summary>
    Budget,

    /// <summary>本年决算数.</summary>
    Final,
}
