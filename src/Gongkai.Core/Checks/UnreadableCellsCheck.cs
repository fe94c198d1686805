using Gongkai.Messages;
using Gongkai.Model;

namespace Gongkai.Checks;

/// <summary>
/// Reports every cell a reader found but could not read as a number, so that a rule which then lacks data is never
/// mistaken for one that passed.
/// </summary>
public sealed class UnreadableCellsCheck(string id, Severity severity, string description) : CheckRule(id, severity, description)
{
    /// <inheritdoc />
    public override RuleState Evaluate(CheckContext context, FindingSink sink)
    {
        var found = false;
        foreach (var kind in DisclosureTableKinds.All)
        {
            if (context.Table(kind) is not { } table || !context.HasUnreadableCells(table))
            {
                continue;
            }

            foreach (var row in table.Rows)
            {
                if (!row.HasUnreadableCells)
                {
                    continue;
                }

                foreach (var (column, text) in row.UnreadableCells)
                {
                    found = true;
                    var cell = new CellRef(table.Kind, row.Key, column);
                    var name = context.Naming.Cell(cell);
                    sink.Add(new Finding(Id, Severity, name, MessageCatalogue.Format(MessageCatalogue.UnreadableCell, name, text),
                        text, null, [cell], row.Source));
                }
            }
        }

        return found ? RuleState.Failed : RuleState.Passed;
    }
}
