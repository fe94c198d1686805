using System.Text.RegularExpressions;

namespace Gongkai.Documents.Reading;

/// <summary>
/// The unit's name and region when no cover, title, 部门 field or 单位名称 cell states them. A report that only names
/// itself the short way (区人大常委会不断…, 区人大常委会党组…) is completed with the place the text names most (蒸湘区…):
/// the unit is the one that stands as the subject of its own sentences, and the place is the one its text keeps
/// naming. The region is the place part of a full name (株洲市渌口区人大常委会 → 株洲市渌口区).
/// </summary>
public static partial class UnitNameInference
{
    // A place candidate must be named this often, and clearly more often than any other, to be taken as the unit's.
    private const int PlaceMinimumCount = 5;

    private static readonly HashSet<string> NotPlaces = ["行政区", "全区", "城区", "园区", "社区", "辖区", "景区", "片区", "新区"];

    /// <summary>
    /// The full name made of the short self-reference at the start of sentences and the dominant place, or null when
    /// either is missing or ambiguous.
    /// </summary>
    public static string? FromSelfReference(IEnumerable<string> texts)
    {
        var subjects = new Dictionary<string, int>(StringComparer.Ordinal);
        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (Match m in SentenceSubject().Matches(text))
            {
                var key = m.Groups["name"].Value;
                subjects[key] = subjects.GetValueOrDefault(key) + 1;
            }

            foreach (Match m in Place().Matches(text))
            {
                var key = m.Value;
                if (!NotPlaces.Contains(key) && !NotPlaces.Contains(key[1..]))
                {
                    places[key] = places.GetValueOrDefault(key) + 1;
                }
            }
        }

        var subject = Dominant(subjects, 1);
        var place = Dominant(places, PlaceMinimumCount);
        if (subject is null || place is null || place[^1] != subject[0])
        {
            return null;
        }

        return place + subject[1..];
    }

    /// <summary>The region part of a unit's full name (everything up to its last 省/市/州/盟/区/县/旗 before the organisation), or null.</summary>
    public static string? RegionOf(string? unitName)
    {
        if (string.IsNullOrWhiteSpace(unitName))
        {
            return null;
        }

        var m = RegionPrefix().Match(unitName);
        return m.Success && m.Length > 0 && m.Length < unitName.Length ? m.Value : null;
    }

    private static string? Dominant(Dictionary<string, int> counts, int minimum)
    {
        var ordered = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(2).ToList();
        if (ordered.Count == 0 || ordered[0].Value < minimum)
        {
            return null;
        }

        return ordered.Count == 1 || ordered[0].Value >= 2 * ordered[1].Value ? ordered[0].Key : null;
    }

    // A level character and an organisation word at the start of a sentence, clause or numbered item: the report's subject.
    [GeneratedRegex(@"(?:^|[。；！\n]|^\s*[0-9一二三四五六七八九十]{1,3}[、.．]\s*)(?<name>[区县市][\u4e00-\u9fff]{1,10}?(?:常委会|委员会|人民政府|政府|局|院|办公室|中心))(?![\u4e00-\u9fff]{0,2}(?:工作报告|报告))")]
    private static partial Regex SentenceSubject();

    // Two Chinese characters then a level character and more text: 蒸湘区财政局, 资阳区人大. Function words that end up
    // in front of 区 (审议了区…) are spread over many pairs; the dominance rule leaves them out.
    [GeneratedRegex(@"[\u4e00-\u9fff]{2}[区县](?=[\u4e00-\u9fff])")]
    private static partial Regex Place();

    [GeneratedRegex(@"^(?:[\u4e00-\u9fff]{2,7}?(?:省|自治区))?(?:[\u4e00-\u9fff]{2,7}?(?:市|州|盟))?(?:[\u4e00-\u9fff]{1,6}?(?:区|县|旗|市))?")]
    private static partial Regex RegionPrefix();
}
