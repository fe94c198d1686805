namespace Gongkai.Synthetic;

/// <summary>What <see cref="SyntheticErrorInjector"/> injected: the kind, the rule that must find it, where (1-based line) and the text before and after.</summary>
/// <param name="Kind">The kind of error.</param>
/// <param name="RuleId">The check rule that reports it.</param>
/// <param name="Line">The line changed.</param>
/// <param name="Original">The line as written.</param>
/// <param name="Injected">The line with the error.</param>
public sealed record InjectedError(SyntheticErrorKind Kind, string RuleId, int Line, string Original, string Injected);
