using System.Globalization;
using Gongkai.Messages;
using Gongkai.Model;

namespace Gongkai.Checks.Expressions;

/// <summary>
/// Parses the small rule language of the rule set files, once, into a <see cref="CompiledComparison"/>:
/// <code>
/// comparison := linear ('=' | '&lt;=' | '&gt;=') linear
/// linear     := ['+'|'-'] atom (('+'|'-') atom)*
/// atom       := number | T[row].col | sum(T[children(p) | classes | coded].col)
/// row        := key['?'] | variable        (key? : an absent row counts as blank)
/// col        := number | variable
/// domain     := rows(T) | coded(T) | parents(T) | classes(T, …) | rowsWith(T, n) | columns(T) | [n, …]
/// </code>
/// T is T01…T09 or S. Errors throw <see cref="FormatException"/> with a Chinese message and the character position.
/// </summary>
public static class RuleExpressionParser
{
    /// <summary>Parses a check with its forEach variables (name → domain text, in nesting order).</summary>
    public static CompiledComparison Parse(string ruleId, string check, IReadOnlyList<KeyValuePair<string, string>> forEach)
    {
        var names = forEach.Select(f => f.Key).ToList();
        var domains = forEach.Select(f => ParseDomain(ruleId, f.Value)).ToList();
        var cursor = new Cursor(ruleId, check, names);
        var left = cursor.Linear();
        var op = cursor.Operator();
        var right = cursor.Linear();
        cursor.End();
        for (var i = 0; i < names.Count; i++)
        {
            if (!domains[i].IsColumnDomain && UsedAsColumn(left, right, i))
            {
                throw cursor.Error(0, $"变量 {names[i]} 取行，却用作栏次");
            }
        }

        return new CompiledComparison(left, op, right, names, domains);
    }

    private static bool UsedAsColumn(IReadOnlyList<Term> left, IReadOnlyList<Term> right, int slot) =>
        left.Concat(right).Any(t => t.Column?.Slot == slot);

    /// <summary>Parses a domain such as <c>rows(T02)</c> or <c>[2, 3, 4, 5]</c>.</summary>
    public static Domain ParseDomain(string ruleId, string text)
    {
        var t = text.Trim();
        if (t.StartsWith('[') && t.EndsWith(']'))
        {
            var numbers = t[1..^1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v
                    : throw new FormatException(MessageCatalogue.Format(MessageCatalogue.RuleExpressionInvalid, ruleId, 1, "栏次列表应为整数：" + text)))
                .ToList();
            return new Domain(DomainKind.Numbers, [], numbers);
        }

        var open = t.IndexOf('(', StringComparison.Ordinal);
        if (open < 0 || !t.EndsWith(')'))
        {
            throw new FormatException(MessageCatalogue.Format(MessageCatalogue.RuleExpressionInvalid, ruleId, 1, "无法识别的取值范围：" + text));
        }

        var function = t[..open].Trim();
        var args = t[(open + 1)..^1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        DisclosureTableKind TableArg(string a) => DisclosureTableKinds.TryParse(a, out var k) ? k
            : throw new FormatException(MessageCatalogue.Format(MessageCatalogue.RuleExpressionInvalid, ruleId, 1, "未知的表：" + a));
        return function switch
        {
            "rows" when args.Length == 1 => new Domain(DomainKind.Rows, [TableArg(args[0])], []),
            "coded" when args.Length == 1 => new Domain(DomainKind.Coded, [TableArg(args[0])], []),
            "parents" when args.Length == 1 => new Domain(DomainKind.Parents, [TableArg(args[0])], []),
            "columns" when args.Length == 1 => new Domain(DomainKind.Columns, [TableArg(args[0])], []),
            "classes" when args.Length >= 1 => new Domain(DomainKind.Classes, args.Select(TableArg).ToList(), []),
            "rowsWith" when args.Length == 2 && int.TryParse(args[1], out var col) =>
                new Domain(DomainKind.RowsWithColumn, [TableArg(args[0])], [col]),
            _ => throw new FormatException(MessageCatalogue.Format(MessageCatalogue.RuleExpressionInvalid, ruleId, 1, "无法识别的取值范围：" + text)),
        };
    }

    private sealed class Cursor(string ruleId, string text, IReadOnlyList<string> variables)
    {
        private int pos;

        public List<Term> Linear()
        {
            var terms = new List<Term>();
            SkipSpace();
            var sign = 1;
            if (Peek() is '+' or '-')
            {
                sign = text[pos] == '-' ? -1 : 1;
                pos++;
            }

            terms.Add(Atom(sign));
            while (true)
            {
                SkipSpace();
                if (Peek() is '+' or '-')
                {
                    sign = text[pos] == '-' ? -1 : 1;
                    pos++;
                    terms.Add(Atom(sign));
                }
                else
                {
                    return terms;
                }
            }
        }

        public ComparisonOperator Operator()
        {
            SkipSpace();
            if (Match("<="))
            {
                return ComparisonOperator.LessOrEqual;
            }

            if (Match(">="))
            {
                return ComparisonOperator.GreaterOrEqual;
            }

            if (Match("="))
            {
                return ComparisonOperator.Equal;
            }

            throw Error(pos, "应为 =、<= 或 >=");
        }

        public void End()
        {
            SkipSpace();
            if (pos < text.Length)
            {
                throw Error(pos, "多余的内容：" + text[pos..]);
            }
        }

        public FormatException Error(int at, string what) =>
            new(MessageCatalogue.Format(MessageCatalogue.RuleExpressionInvalid, ruleId, at + 1, what));

        private Term Atom(int sign)
        {
            SkipSpace();
            var start = pos;
            if (char.IsAsciiDigit(Peek()))
            {
                while (char.IsAsciiDigit(Peek()) || Peek() == '.')
                {
                    pos++;
                }

                return Term.Number(sign, decimal.Parse(text[start..pos], CultureInfo.InvariantCulture));
            }

            var word = Word();
            if (word == "sum")
            {
                Expect('(');
                var table = Table(Word(), start);
                Expect('[');
                var setStart = pos;
                var setName = Word();
                RowSpec? parent = null;
                RowSetKind set;
                switch (setName)
                {
                    case "children":
                        Expect('(');
                        parent = Row();
                        Expect(')');
                        set = RowSetKind.Children;
                        break;
                    case "classes":
                        set = RowSetKind.Classes;
                        break;
                    case "coded":
                        set = RowSetKind.Coded;
                        break;
                    default:
                        throw Error(setStart, "sum 中应为 children(变量)、classes 或 coded");
                }

                Expect(']');
                Expect('.');
                var column = Column();
                Expect(')');
                return Term.Sum(sign, table, set, parent, column);
            }

            var kind = Table(word, start);
            Expect('[');
            var row = Row();
            Expect(']');
            Expect('.');
            return Term.Cell(sign, kind, row, Column());
        }

        private RowSpec Row()
        {
            SkipSpace();
            var word = Word();
            var slot = IndexOfVariable(word);
            var optional = false;
            if (Peek() == '?')
            {
                optional = true;
                pos++;
            }

            return slot >= 0 ? new RowSpec(null, slot, optional) : new RowSpec(word, -1, optional);
        }

        private ColumnSpec Column()
        {
            SkipSpace();
            var start = pos;
            var word = Word();
            if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return new ColumnSpec(n, -1);
            }

            var slot = IndexOfVariable(word);
            return slot >= 0 ? new ColumnSpec(0, slot) : throw Error(start, "栏次应为数字或变量：" + word);
        }

        private DisclosureTableKind Table(string word, int at) =>
            DisclosureTableKinds.TryParse(word, out var kind) && word.Length <= 3 ? kind : throw Error(at, "应为表代号 T01…T09 或 S，而不是“" + word + "”");

        private int IndexOfVariable(string word)
        {
            for (var i = 0; i < variables.Count; i++)
            {
                if (variables[i] == word)
                {
                    return i;
                }
            }

            return -1;
        }

        private string Word()
        {
            SkipSpace();
            var start = pos;
            while (pos < text.Length && (char.IsAsciiLetterOrDigit(text[pos]) || text[pos] == '_'))
            {
                pos++;
            }

            return pos > start ? text[start..pos] : throw Error(start, "此处应为名称或数字");
        }

        private void Expect(char c)
        {
            SkipSpace();
            if (Peek() != c)
            {
                throw Error(pos, $"此处应为“{c}”");
            }

            pos++;
        }

        private bool Match(string s)
        {
            if (string.CompareOrdinal(text, pos, s, 0, s.Length) == 0)
            {
                pos += s.Length;
                return true;
            }

            return false;
        }

        private char Peek() => pos < text.Length ? text[pos] : '\0';

        private void SkipSpace()
        {
            while (pos < text.Length && char.IsWhiteSpace(text[pos]))
            {
                pos++;
            }
        }
    }
}
