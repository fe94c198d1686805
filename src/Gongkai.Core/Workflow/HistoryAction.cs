namespace Gongkai.Workflow;

/// <summary>What a history entry records. Stored as the member name.</summary>
public enum HistoryAction
{
    /// <summary>创建: the report was stored for the first time.</summary>
    Create,

    /// <summary>修改: one changed cell or reason text of a save.</summary>
    Edit,

    /// <summary>上报.</summary>
    Submit,

    /// <summary>退回 (with the reviewer's comment).</summary>
    Return,

    /// <summary>审核通过.</summary>
    Approve,

    /// <summary>公开.</summary>
    Publish,
}
