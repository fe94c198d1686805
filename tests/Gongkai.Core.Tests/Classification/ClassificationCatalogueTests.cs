using Gongkai.Classification;

namespace Gongkai.Core.Tests.Classification;

public sealed class ClassificationCatalogueTests
{
    private static readonly ClassificationCatalogue BuiltIn = ClassificationCatalogue.BuiltIn;

    [Fact]
    public void BuiltIn_holds_every_functional_code_printed_in_seed_001_table_02_verified_and_with_its_name()
    {
        var printed = SeedTables.CodedRows001("公开 02 表");

        // 201, 20101, 2010101, 2010102, 2010104, 2010106, 2010107, 221, 22102, 2210201 as counted by hand.
        Assert.Equal(10, printed.Count);
        foreach (var (code, name) in printed)
        {
            var entry = BuiltIn.Find(ClassificationScheme.Functional, code, 2020);
            Assert.NotNull(entry);
            Assert.True(ClassificationNames.Matches(name, entry.Name), $"{code}: printed {name}, catalogue {entry.Name}");
            Assert.True(entry.Verified, code);
        }
    }

    [Fact]
    public void BuiltIn_holds_every_economic_code_printed_in_seed_001_table_06()
    {
        var printed = SeedTables.EconomicRows001();

        Assert.Equal(80, printed.Count); // 6 classes and 74 款, counted in the seed
        foreach (var (code, name) in printed)
        {
            var entry = BuiltIn.Find(ClassificationScheme.DepartmentEconomic, code, 2020);
            Assert.NotNull(entry);
            Assert.Equal(name, entry.Name);
            Assert.True(entry.Verified, code);
        }
    }

    [Theory]
    [InlineData(ClassificationScheme.Functional, "201,202,203,204,205,206,207,208,210,211,212,213,214,215,216,217,219,220,221,222,224,227,229,230,231,232,233")]
    [InlineData(ClassificationScheme.DepartmentEconomic, "301,302,303,307,309,310,311,312,313,399")]
    [InlineData(ClassificationScheme.GovernmentEconomic, "501,502,503,504,505,506,507,508,509,510,511,512,513,514,599")]
    public void BuiltIn_holds_exactly_these_classes(ClassificationScheme scheme, string classes) =>
        Assert.Equal(
            classes.Split(','),
            BuiltIn.Entries.Where(e => e.Scheme == scheme && e.Level == ClassificationLevel.Class).Select(e => e.Code).Order(StringComparer.Ordinal));

    [Fact]
    public void Inferred_rows_are_not_verified()
    {
        Assert.False(BuiltIn.Find(ClassificationScheme.Functional, "2010103", 2020)!.Verified); // 机关服务, not in any seed
        Assert.False(BuiltIn.Find(ClassificationScheme.Functional, "206", 2020)!.Verified); // name printed on 公开01表 without its code
        Assert.False(BuiltIn.Find(ClassificationScheme.DepartmentEconomic, "309", 2020)!.Verified);
        Assert.Equal("general knowledge of 2020 政府收支分类科目, unverified", BuiltIn.Find(ClassificationScheme.Functional, "212", 2020)!.Basis);
    }

    [Fact]
    public void Parent_and_children()
    {
        Assert.Equal("人大事务", BuiltIn.Parent(ClassificationScheme.Functional, "2010107", 2020)!.Name);
        Assert.Equal("一般公共服务支出", BuiltIn.Parent(ClassificationScheme.Functional, "20101", 2020)!.Name);
        Assert.Null(BuiltIn.Parent(ClassificationScheme.Functional, "201", 2020));
        Assert.Equal(
            ["2010101", "2010102", "2010103", "2010104", "2010105", "2010106", "2010107", "2010108", "2010109", "2010150", "2010199"],
            BuiltIn.Children(ClassificationScheme.Functional, "20101", 2020).Select(e => e.Code));
        Assert.Equal(["30701", "30702"], BuiltIn.Children(ClassificationScheme.DepartmentEconomic, "307", 2020).Select(e => e.Code));
        Assert.Empty(BuiltIn.Children(ClassificationScheme.Functional, "307", 2020));
    }

    [Fact]
    public void FindByName_maps_the_expenditure_labels_of_seed_001_table_01_to_classes()
    {
        // The 支出 side of 公开01表: label in field 3, 行次 in field 4 (lines 14–20 are the classes).
        var labels = SeedTables.Table001("公开 01 表")
            .Where(f => f.Length > 4 && int.TryParse(f[4], out var line) && line is >= 14 and <= 20)
            .Select(f => f[3])
            .ToList();

        var codes = labels.Select(l => BuiltIn.FindByName(ClassificationScheme.Functional, l, 2020, ClassificationLevel.Class)?.Code);

        Assert.Equal(["201", "202", "203", "204", "205", "206", "221"], codes);
    }

    [Theory]
    [InlineData("七、住房保障支出", null, "221")]
    [InlineData("一般公共服务（类）", null, "201")]
    [InlineData("人大代表履职能力提 升", null, "2010107")]
    [InlineData("其他支出", ClassificationLevel.Class, "229")]
    [InlineData("其他支出", ClassificationLevel.Item, "2299999")]
    [InlineData("其他支出", null, null)] // 229, 22999 and 2299999 share the name
    [InlineData("一般公共预算服务(类)", null, null)]
    [InlineData("住房保障支出", ClassificationLevel.Section, null)]
    public void FindByName(string printed, ClassificationLevel? level, string? code) =>
        Assert.Equal(code, BuiltIn.FindByName(ClassificationScheme.Functional, printed, 2020, level)?.Code);

    [Fact]
    public void FindAllByName_lists_every_level_sharing_a_name()
    {
        Assert.Equal(["229", "22999", "2299999"], BuiltIn.FindAllByName(ClassificationScheme.Functional, "其他支出", 2020).Select(e => e.Code));
        Assert.Equal(["30212"], BuiltIn.FindAllByName(ClassificationScheme.DepartmentEconomic, "因公出国(境)费用", 2020).Select(e => e.Code));
    }

    [Fact]
    public void Merge_lets_later_catalogues_override_and_keeps_the_rest()
    {
        var user = new ClassificationCatalogue(
        [
            new ClassificationEntry(ClassificationScheme.Functional, "2010108", "代表工作（新）", ClassificationLevel.Item, "20101", true),
            new ClassificationEntry(ClassificationScheme.Functional, "2010505", "专项统计业务", ClassificationLevel.Item, "20105", true, 2021),
        ]);

        var merged = ClassificationCatalogue.Merge(BuiltIn, user);

        Assert.Equal("代表工作（新）", merged.Find(ClassificationScheme.Functional, "2010108", 2020)!.Name);
        Assert.True(merged.Find(ClassificationScheme.Functional, "2010108", 2020)!.Verified);
        Assert.Null(merged.FindByName(ClassificationScheme.Functional, "代表工作", 2020)); // the replaced name finds nothing
        Assert.Equal("2010108", merged.FindByName(ClassificationScheme.Functional, "代表工作（新）", 2020)!.Code);
        Assert.Null(merged.Find(ClassificationScheme.Functional, "2010505", 2020)); // from 2021 only
        Assert.NotNull(merged.Find(ClassificationScheme.Functional, "2010505", 2021));
        Assert.Equal("行政运行", merged.Find(ClassificationScheme.Functional, "2010101", 2020)!.Name);
        Assert.Equal(BuiltIn.Entries.Count() + 2, merged.Entries.Count());

        // Order matters: the built-in list merged last wins back.
        Assert.Equal("代表工作", ClassificationCatalogue.Merge(user, BuiltIn).Find(ClassificationScheme.Functional, "2010108", 2020)!.Name);
    }

    [Fact]
    public void Scheme_from_file_name()
    {
        Assert.True(ClassificationSchemes.TryFromFileName("catalogues/department-economic.csv", out var scheme));
        Assert.Equal(ClassificationScheme.DepartmentEconomic, scheme);
        Assert.True(ClassificationSchemes.TryFromFileName(@"C:\x\Functional.xlsx", out scheme));
        Assert.Equal(ClassificationScheme.Functional, scheme);
        Assert.False(ClassificationSchemes.TryFromFileName("catalogues/economic.csv", out _));
    }
}
