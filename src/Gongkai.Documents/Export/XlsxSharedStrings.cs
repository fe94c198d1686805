using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Documents.Export;

/// <summary>The shared-string table of a workbook being written: each distinct text once.</summary>
internal sealed class XlsxSharedStrings
{
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private readonly List<string> texts = [];

    /// <summary>The index of a text, added when new.</summary>
    public int Index(string text)
    {
        if (!index.TryGetValue(text, out var i))
        {
            i = texts.Count;
            index[text] = i;
            texts.Add(text);
        }

        return i;
    }

    /// <summary>The table element.</summary>
    public SharedStringTable Build()
    {
        var table = new SharedStringTable { Count = (uint)texts.Count, UniqueCount = (uint)texts.Count };
        foreach (var text in texts)
        {
            // Keep leading and trailing spaces as written.
            table.Append(new SharedStringItem(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
        }

        return table;
    }
}
