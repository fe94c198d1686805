namespace Gongkai.Access;

/// <summary>What someone may try to do with one report.</summary>
public enum ReportAction
{
    /// <summary>Read the report (page, JSON, download).</summary>
    Read,

    /// <summary>Read its change history and the comments on it.</summary>
    ReadHistory,

    /// <summary>Add a comment (审核意见, 监督意见).</summary>
    Comment,

    /// <summary>Save a new version of its document.</summary>
    Edit,

    /// <summary>上报: Draft or Returned → Submitted.</summary>
    Submit,

    /// <summary>退回: Submitted → Returned, with a comment.</summary>
    Return,

    /// <summary>审核通过: Submitted → Approved.</summary>
    Approve,

    /// <summary>公开: Approved → Published.</summary>
    Publish,
}
