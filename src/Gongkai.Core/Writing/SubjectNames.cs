using Gongkai.Classification;
using Gongkai.Model;

namespace Gongkai.Writing;

/// <summary>
/// Subject names for the 情况说明, taken from the report's own tables so that text and tables cannot disagree:
/// 一般公共服务（类）人大事务（款）行政运行（项）. A 类 drops its last 支出 (一般公共服务支出 → 一般公共服务（类）) as the
/// template sentences do; 款 and 项 are printed as the table prints them.
/// </summary>
public static class SubjectNames
{
    private const string Expenditure = "支出";

    /// <summary>
    /// The printed name of a functional code: the label of the first table holding the code, else the catalogue's
    /// name, else the code itself. Numbering (七、), spaces and half-width brackets are cleaned.
    /// </summary>
    public static string Name(string code, int year, params DisclosureTable?[] tables)
    {
        foreach (var table in tables)
        {
            if (table?.Find(code)?.Label is { Length: > 0 } label)
            {
                return ClassificationNames.Normalize(label);
            }
        }

        return ClassificationCatalogue.BuiltIn.Find(ClassificationScheme.Functional, code, year)?.Name ?? code;
    }

    /// <summary>一般公共服务支出 → 一般公共服务（类）.</summary>
    public static string Class(string name) =>
        (name.EndsWith(Expenditure, StringComparison.Ordinal) && name.Length > Expenditure.Length
            ? name[..^Expenditure.Length]
            : name) + "（类）";

    /// <summary>The 类（类）款（款）项（项） chain of a functional code of 3, 5 or 7 digits.</summary>
    public static string Chain(string code, int year, params DisclosureTable?[] tables)
    {
        var text = Class(Name(code[..3], year, tables));
        if (code.Length >= 5)
        {
            text += Name(code[..5], year, tables) + "（款）";
        }

        if (code.Length >= 7)
        {
            text += Name(code, year, tables) + "（项）";
        }

        return text;
    }
}
